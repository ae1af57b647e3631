import DuizhaoText
import Foundation

/// Turns a ``Document`` into an ``AnnotatedDocument``: places glossary terms (one token per
/// term), adds pinyin and glosses to tokens, finds quantities and candidate terms, writes
/// an English line for every sentence and heading, and builds the term table.
///
/// Holds ICU objects: not thread-safe; give each thread its own annotator.
public final class Annotator {
    /// What the annotator knows besides the document.
    public var context: AnnotationContext
    private let transcriber: PinyinTranscriber
    private let wordSegmenter: WordSegmenter
    private let quantityExtractor = QuantityExtractor()
    /// Pinyin and glosses of words, over the context's tables (a new memo each time: the
    /// context may have changed).
    private var wordFacts: WordFacts {
        WordFacts(transcriber: transcriber, senses: context.english.senses, glosser: context.glosser)
    }
    /// The built-in gloss line, over the context's tables.
    private var glossTranslator: GlossTranslator { GlossTranslator(lexicon: context.english) }
    /// Documents with at least twice this many sentences are annotated on several cores.
    var parallelSentences = 2_000

    /// Creates an annotator; opens ICU's Han-Latin transform and word iterator.
    public init(context: AnnotationContext = AnnotationContext()) throws {
        self.context = context
        transcriber = try PinyinTranscriber()
        wordSegmenter = try WordSegmenter()
    }

    /// Annotates `document` with the terms the context's matcher finds (none without one).
    public func annotate(_ document: Document) throws -> AnnotatedDocument {
        let matches = try context.matcher?.matches(in: document) ?? []
        return try annotate(document, matches: matches)
    }

    /// Annotates `document` with the given term matches. Overlapping matches are resolved
    /// leftmost-longest (then by confidence); a match that does not lie within one sentence
    /// is left out. A match naming an entry the glossary lacks is an error.
    public func annotate(_ document: Document, matches: [TermMatch]) throws -> AnnotatedDocument {
        try annotate(document, matches: matches, candidatesFrom: document).document
    }

    /// `annotate(_:matches:)`, with candidate terms found in `candidateSource` (the same
    /// document before lexicon re-segmentation, as ingestion gives it), and the candidate
    /// list they were placed from, which the batch report takes.
    package func annotate(
        _ document: Document, matches glossaryMatches: [TermMatch], candidatesFrom candidateSource: Document
    ) throws -> (document: AnnotatedDocument, candidates: TermCandidateList) {
        let scalars = Array(document.text.unicodeScalars)
        // The terms the document defines for itself: matched like glossary terms, and
        // preferred to a glossary term on the same span.
        let local = try DocumentTerms(
            definitions: definitions(of: document), in: document, lexicon: (context.matcher as? TermMatcher)?.lexicon
        ) { [self] phrase in english(of: phrase, source: document.source) }
        let localEntries = Dictionary(local.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let matches = glossaryMatches + local.matches
        var entries: [String: GlossaryEntry] = localEntries
        for match in matches {
            guard match.span.end <= scalars.count else {
                throw AnnotationError.matchOutOfRange(
                    path: document.source.path, entryID: match.entryID, span: match.span, textLength: scalars.count)
            }
            if entries[match.entryID] == nil {
                guard !DocumentTerms.isLocal(match.entryID), let entry = context.glossary.entry(id: match.entryID)
                else {
                    throw AnnotationError.unknownEntry(
                        path: document.source.path, entryID: match.entryID, span: match.span)
                }
                entries[match.entryID] = entry
            }
        }
        let chosen = Self.resolveOverlaps(matches)
        let glossTranslator = self.glossTranslator
        nonisolated(unsafe) let words = wordFacts
        let translator: any Translator = context.translator ?? glossTranslator

        // The matches and section of each sentence.
        var owned: [[TermMatch]] = []
        owned.reserveCapacity(document.sentences.count)
        var matchIndex = 0
        for sentence in document.sentences {
            while matchIndex < chosen.count, chosen[matchIndex].span.start < sentence.span.start { matchIndex += 1 }
            var own: [TermMatch] = []
            var next = matchIndex
            while next < chosen.count, chosen[next].span.start < sentence.span.end {
                if sentence.span.contains(chosen[next].span) { own.append(chosen[next]) }
                next += 1
            }
            matchIndex = next
            owned.append(own)
        }
        func section(of sentence: Sentence) -> String? {
            document.paragraphs.indices.contains(sentence.paragraph)
                ? document.paragraphs[sentence.paragraph].section : nil
        }

        // The terms the sentences will hold, and where the sentences lie: what the candidate
        // finder needs of the annotation, known before it.
        let matchedTerms = owned.joined().compactMap { match in
            entries[match.entryID].map {
                AnnotatedTerm(
                    match: match, entry: $0, surface: String(scalars: scalars[match.span.start..<match.span.end]))
            }
        }
        let sentenceSpans = document.sentences.map(\.span)
        let known = context.knownTerms
        @Sendable func candidates(
            from evidence: TermCandidateFinder
        ) -> (
            list: TermCandidateList, placed: [CandidateTerm]
        ) {
            DocumentCandidates.find(
                evidence: evidence, in: candidateSource, terms: matchedTerms, sentenceSpans: sentenceSpans,
                known: known)
        }

        // Sentences, with their gloss lines: large documents are annotated on every core (each
        // worker with its own pinyin and gloss caches), the first two workers finding the
        // candidate terms' evidence before they join in (it needs no annotated sentence).
        let workers = Parallel.workers(items: document.sentences.count, itemsPerWorker: parallelSentences)
        var sentences: [AnnotatedSentence]
        var found: (list: TermCandidateList, placed: [CandidateTerm])
        if workers <= 1 {
            sentences = []
            sentences.reserveCapacity(document.sentences.count)
            for (index, sentence) in document.sentences.enumerated() {
                var annotated = Self.annotateSentence(
                    sentence, section: section(of: sentence), matches: owned[index], entries: entries, scalars: scalars,
                    glossary: context.glossary, words: words, quantities: quantityExtractor)
                annotated.english = glossTranslator.english(for: annotated, words: words)
                sentences.append(annotated)
            }
            found = candidates(from: DocumentCandidates.evidence(of: candidateSource))
        } else {
            let placeholder = AnnotatedSentence(
                index: 0, paragraph: 0, section: nil, span: TextSpan(start: 0, end: 0), text: "", tokens: [], terms: [],
                quantities: [], english: EnglishLine(text: "", origin: .gloss))
            sentences = Array(repeating: placeholder, count: document.sentences.count)
            // Shared read-only by the workers: the glossary and the value-type helpers.
            nonisolated(unsafe) let glossary = context.glossary
            let extractor = quantityExtractor, gloss = glossTranslator
            let sections = document.sentences.map(section(of:))
            let owned = owned, entries = entries
            let chunks = Parallel.Chunks(count: sentences.count, size: 256)
            // The candidates' evidence in two halves, one for each of the first two workers;
            // the one that finishes second ranks and places the candidates.
            let halves = LockedValue<(observations: TermCandidateFinder?, sequences: TermCandidateFinder.Sequences?)>(
                (nil, nil))
            let gathered = LockedValue<(list: TermCandidateList, placed: [CandidateTerm])?>(nil)
            @Sendable func complete(
                observations: TermCandidateFinder? = nil, sequences: TermCandidateFinder.Sequences? = nil
            ) {
                let both = halves.withLock { halves -> (TermCandidateFinder, TermCandidateFinder.Sequences)? in
                    if let observations { halves.observations = observations }
                    if let sequences { halves.sequences = sequences }
                    guard let observations = halves.observations, let sequences = halves.sequences else { return nil }
                    return (observations, sequences)
                }
                if let (observations, sequences) = both {
                    let found = candidates(from: observations.adding(sequences))
                    gathered.withLock { $0 = found }
                }
            }
            try sentences.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let output = buffer
                try Parallel.forEachWorker(workers) { worker in
                    if worker == 0 { complete(observations: DocumentCandidates.observations(of: candidateSource)) }
                    if worker == 1 { complete(sequences: DocumentCandidates.sequences(of: candidateSource)) }
                    let ownWords = try words.forAnotherThread()
                    while let run = chunks.claim() {
                        for index in run {
                            var annotated = Self.annotateSentence(
                                document.sentences[index], section: sections[index], matches: owned[index],
                                entries: entries, scalars: scalars,
                                glossary: glossary, words: ownWords, quantities: extractor)
                            annotated.english = gloss.english(for: annotated, words: ownWords)
                            output[index] = annotated
                        }
                    }
                }
            }
            // Workers 0 and 1 always run, and make both halves before anything that can throw.
            found = gathered.withLock { $0! }
        }

        // Translations: the translator sees every sentence first (to work in batches), then
        // answers sentence by sentence; the gloss stays where it has no answer.
        // Headings that are only part of a sentence are translated on their own, so they are
        // prepared with the sentences.
        let headingParts = document.sections.map { headingPart(of: $0, sentences: sentences) }
        if let chosen = context.translator {
            try chosen.prepare(sentences + headingParts.compactMap { $0 })
            for index in sentences.indices {
                if let line = try chosen.english(for: sentences[index]) { sentences[index].english = line }
            }
        }

        let sections = try zip(document.sections, headingParts).map {
            try annotateSection($0, part: $1, sentences: sentences, translator: translator)
        }
        let terms = termTable(sentences: sentences, entries: entries)
        let candidates = found.placed.map { candidate in
            var candidate = candidate; candidate.pinyin = transcriber.pinyin(candidate.text); return candidate
        }
        let annotated = AnnotatedDocument(
            source: document.source, metadata: document.metadata,
            metadataEnglish: metadataEnglish(document, sentences: sentences),
            resources: context.resources, text: document.text, removed: document.removed, sections: sections,
            paragraphs: document.paragraphs, sentences: sentences, terms: terms, candidateTerms: candidates)
        return (annotated, found.list)
    }

    /// Leftmost-longest non-overlapping matches, in text order; on the same span a term the
    /// document defines for itself wins over a glossary term.
    static func resolveOverlaps(_ matches: [TermMatch]) -> [TermMatch] {
        let sorted = matches.sorted { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.span.length != b.span.length { return a.span.length > b.span.length }
            let aLocal = DocumentTerms.isLocal(a.entryID), bLocal = DocumentTerms.isLocal(b.entryID)
            if aLocal != bLocal { return aLocal }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return a.entryID < b.entryID
        }
        var chosen: [TermMatch] = []
        for match in sorted where match.span.length > 0 {
            if let last = chosen.last, last.span.end > match.span.start { continue }
            chosen.append(match)
        }
        return chosen
    }

    // MARK: Sentences

    private static func annotateSentence(
        _ sentence: Sentence, section: String?, matches: [TermMatch], entries: [String: GlossaryEntry],
        scalars: [Unicode.Scalar],
        glossary: any TermLookup, words: WordFacts, quantities quantityExtractor: QuantityExtractor
    ) -> AnnotatedSentence {
        func text(_ span: TextSpan) -> String { String(scalars: scalars[span.start..<span.end]) }
        var previousIsNumber = false
        let aligned = Self.align(sentence.tokens, to: matches).map { token -> AnnotatedToken in
            defer {
                if token.kind != .whitespace {
                    previousIsNumber =
                        token.kind == .number
                        || (!token.text.isEmpty && token.text.allSatisfy(ChineseNumeral.isNumeralCharacter))
                }
            }
            // Tokens keep their text; only tokens split at a term edge need theirs rebuilt.
            let tokenText = token.text.isEmpty ? text(token.span) : token.text
            let facts = words.facts(of: tokenText, afterNumber: previousIsNumber)
            if token.kind == .term, let id = token.entryID, let entry = entries[id] ?? glossary.entry(id: id) {
                return AnnotatedToken(
                    text: tokenText, span: token.span, kind: .term, pinyin: facts.pinyin, gloss: entry.en,
                    glossLayer: .glossary, entryID: id)
            }
            let kind: Token.Kind = token.kind == .term ? .ideographic : token.kind
            return AnnotatedToken(
                text: tokenText, span: token.span, kind: kind, pinyin: facts.pinyin, gloss: facts.gloss,
                glossLayer: facts.layer)
        }
        let tokens = PersonNames.mark(aligned)
        let terms = matches.compactMap { match in
            entries[match.entryID].map { AnnotatedTerm(match: match, entry: $0, surface: text(match.span)) }
        }
        let quantities = quantityExtractor.quantities(in: sentence.text, offset: sentence.span.start).filter {
            quantity in
            !matches.contains { $0.span.overlaps(quantity.span) }
        }
        let placeholder = EnglishLine(text: "", origin: .gloss)
        return AnnotatedSentence(
            index: sentence.index, paragraph: sentence.paragraph, section: section, span: sentence.span,
            text: sentence.text,
            tokens: tokens, terms: terms, quantities: quantities, english: placeholder)
    }

    /// The tokens split at term edges, and the tokens of each term merged into one token of
    /// kind `term`. A no-op for tokens a glossary overlay has already merged.
    static func align(_ tokens: [Token], to matches: [TermMatch]) -> [Token] {
        guard !matches.isEmpty else { return tokens }
        var result: [Token] = []
        var emitted = [Bool](repeating: false, count: matches.count)
        var next = 0
        func emitTerm(_ index: Int) {
            guard !emitted[index] else { return }
            emitted[index] = true
            let match = matches[index]
            result.append(Token(text: match.surface, span: match.span, kind: .term, entryID: match.entryID))
        }
        for token in tokens {
            var position = token.span.start
            while position < token.span.end {
                while next < matches.count, matches[next].span.end <= position {
                    emitTerm(next)
                    next += 1
                }
                if next < matches.count, matches[next].span.start <= position {
                    emitTerm(next)
                    position = min(token.span.end, matches[next].span.end)
                    continue
                }
                let end = next < matches.count ? min(token.span.end, matches[next].span.start) : token.span.end
                if position == token.span.start && end == token.span.end {
                    result.append(token)
                } else {
                    let kind: Token.Kind = token.kind == .term ? .ideographic : token.kind
                    result.append(Token(text: "", span: TextSpan(start: position, end: end), kind: kind))
                }
                position = end
            }
        }
        for index in next..<matches.count { emitTerm(index) }
        return result
    }

    // MARK: Sections

    /// The sentences that overlap `section`, found by binary search (sentences are in text
    /// order) instead of a scan per section.
    private func sentences(of section: Section, in sentences: [AnnotatedSentence]) -> ArraySlice<AnnotatedSentence> {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].span.end <= section.span.start { low = middle + 1 } else { high = middle }
        }
        return sentences[low...].prefix { $0.span.start <= section.span.end }
    }

    /// The heading of `section` as a sentence of its own when it is only part of the sentence
    /// that holds it; nil when the heading is a whole sentence or empty.
    private func headingPart(of section: Section, sentences: [AnnotatedSentence]) -> AnnotatedSentence? {
        let heading = section.headingSpan
        guard heading.length > 0,
            let host = self.sentences(of: section, in: sentences).first(where: { $0.span.contains(heading) }),
            host.span != heading
        else { return nil }
        return AnnotatedSentence(
            index: host.index, paragraph: host.paragraph, section: section.id, span: heading, text: section.heading,
            tokens: host.tokens.filter { heading.contains($0.span) },
            terms: host.terms.filter { heading.contains($0.span) },
            quantities: host.quantities.filter { heading.contains($0.span) },
            english: EnglishLine(text: "", origin: .gloss))
    }

    private func annotateSection(
        _ section: Section, part: AnnotatedSentence?, sentences: [AnnotatedSentence], translator: any Translator
    ) throws -> AnnotatedSection {
        var ids: [String] = []
        var seen = Set<String>()
        let relevant = self.sentences(of: section, in: sentences)
        for sentence in relevant where section.span.overlaps(sentence.span) || sentence.span.start == section.span.start
        {
            for term in sentence.terms where section.span.contains(term.span) && !seen.contains(term.entryID) {
                seen.insert(term.entryID)
                ids.append(term.entryID)
            }
        }
        let heading = section.headingSpan
        var english = EnglishLine(text: "", origin: .gloss)
        if let part {
            english = try translator.english(for: part) ?? english
        } else if heading.length > 0, let host = relevant.first(where: { $0.span == heading }) {
            english = host.english
        }
        return AnnotatedSection(section, english: english, terms: ids)
    }

    // MARK: Term table

    private func termTable(sentences: [AnnotatedSentence], entries: [String: GlossaryEntry]) -> [TermSummary] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var where_: [String: [Int]] = [:]
        for sentence in sentences {
            for term in sentence.terms {
                if counts[term.entryID] == nil { order.append(term.entryID) }
                counts[term.entryID, default: 0] += 1
                if where_[term.entryID]?.last != sentence.index {
                    where_[term.entryID, default: []].append(sentence.index)
                }
            }
        }
        return order.compactMap { id in
            guard let entry = entries[id], let list = where_[id] else { return nil }
            return TermSummary(
                entry: entry, pinyin: transcriber.pinyin(entry.zh), count: counts[id] ?? 0, firstSentence: list[0],
                sentences: list)
        }
    }

    // MARK: Metadata

    private func metadataEnglish(_ document: Document, sentences: [AnnotatedSentence]) -> MetadataEnglish {
        var result = MetadataEnglish()
        if let title = document.metadata.title {
            // An English title only from the title formulas or a translation: a gloss is not a title.
            let formula = TitleEnglish(formulas: context.english.formulas) { [self] in
                glossaryRendering($0, source: document.source)
            }
            if let built = formula.english(for: title) {
                result.title = built
            } else if let sentence = sentences.first(where: { $0.text == title }), sentence.english.origin != .gloss {
                result.title = sentence.english
            }
        }
        result.source = document.metadata.source.flatMap { glossLine($0, source: document.source) }
        result.author = document.metadata.author.flatMap { names($0, source: document.source) }
        result.editor = document.metadata.editor.flatMap { names($0, source: document.source) }
        result.documentNumber = document.metadata.documentNumber.flatMap(Self.documentNumber)
        return result
    }

    /// The document number ingestion read (`metadata.documentNumber`) in English, with the
    /// number as written as its provider; nil when it is not of the 〔year〕N号 form.
    static func documentNumber(_ written: String) -> EnglishLine? {
        let scalars = Array(written.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard let (end, english) = LinePhraseFinder.documentNumber(scalars, at: 0), end == scalars.count else {
            return nil
        }
        return EnglishLine(text: english, origin: .formula, provider: written)
    }

    /// The glossary rendering of `phrase` when the phrase is exactly one glossary term.
    func glossaryRendering(_ phrase: String, source: SourceInfo) -> String? {
        guard let sentence = annotatedPiece(phrase, source: source), sentence.tokens.count == 1,
            sentence.tokens[0].kind == .term
        else { return nil }
        return sentence.tokens[0].gloss
    }

    /// A gloss line for text outside the document's sentences (metadata): its words,
    /// glossary terms the matcher finds in it, dictionary senses and pinyin; nil when the
    /// text has no Han characters.
    func glossLine(_ text: String, source: SourceInfo) -> EnglishLine? {
        annotatedPiece(text, source: source).flatMap { try? glossTranslator.english(for: $0) }
    }

    /// The definitions of `document`: those ingestion read (a 名词解释 appendix) and the
    /// abbreviations its text introduces.
    func definitions(of document: Document) -> [DocumentDefinition] {
        let given = Set(document.definitions.map(\.term))
        return document.definitions + AbbreviationFinder().definitions(in: document).filter { !given.contains($0.term) }
    }

    /// The English of a phrase outside the sentences (a full form): the rendering of the
    /// glossary entry that covers it wholly, else its gloss; nil without Han characters.
    func english(of phrase: String, source: SourceInfo) -> (text: String, entry: GlossaryEntry?)? {
        guard let sentence = annotatedPiece(phrase, source: source) else { return nil }
        if sentence.terms.count == 1, let term = sentence.terms.first, term.span == sentence.span,
            let entry = context.glossary.entry(id: term.entryID)
        {
            return (entry.en, entry)
        }
        return (glossTranslator.gloss(sentence), nil)
    }

    /// Text outside the document's sentences (metadata, full forms) annotated as one sentence:
    /// its words, the glossary terms the matcher finds in it, senses and pinyin; nil without Han
    /// characters.
    func annotatedPiece(_ text: String, source: SourceInfo) -> AnnotatedSentence? {
        guard text.unicodeScalars.contains(where: \.isHan) else { return nil }
        guard let tokens = try? wordSegmenter.tokens(in: UTF16Text(text)) else { return nil }
        let span = TextSpan(start: 0, end: text.unicodeScalars.count)
        let sentence = Sentence(index: 0, paragraph: 0, span: span, text: text, tokens: tokens)
        let paragraph = Paragraph(
            index: 0, role: .body, span: span, line: 1, section: nil, enumerations: [], duplicateOf: nil)
        let piece = Document(
            source: source, metadata: Metadata(), text: text, removed: [], sections: [], paragraphs: [paragraph],
            sentences: [sentence])
        var entries: [String: GlossaryEntry] = [:]
        let found = ((try? context.matcher?.matches(in: piece)) ?? []).filter { match in
            guard span.contains(match.span), let entry = context.glossary.entry(id: match.entryID) else { return false }
            entries[entry.id] = entry
            return true
        }
        return Self.annotateSentence(
            sentence, section: nil, matches: Self.resolveOverlaps(found), entries: entries,
            scalars: Array(text.unicodeScalars),
            glossary: context.glossary, words: wordFacts, quantities: quantityExtractor)
    }

    /// An author or editor field: personal names (two to four Han characters each) in
    /// pinyin, anything else (编写组, an office) glossed.
    func names(_ text: String, source: SourceInfo) -> EnglishLine? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "，" || $0 == "," || $0 == "\u{3000}" })
        let personal = parts.allSatisfy { part in
            let scalars = part.unicodeScalars
            return !scalars.contains(where: \.isHan) || (2...4).contains(scalars.count) && scalars.allSatisfy(\.isHan)
        }
        return personal ? transliterateNames(text) : glossLine(text, source: source)
    }

    /// Personal names in pinyin, surname first (`王小明` → `Wang Xiaoming`); nil without Han
    /// characters. ICU's readings: surnames with special readings may come out wrong.
    func transliterateNames(_ text: String) -> EnglishLine? {
        guard text.unicodeScalars.contains(where: \.isHan) else { return nil }
        let names = text.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "，" || $0 == "," || $0 == "\u{3000}" })
        let written = names.map { name -> String in
            guard name.unicodeScalars.allSatisfy(\.isHan), let pinyin = transcriber.pinyin(String(name)) else {
                return String(name)
            }
            let syllables = PinyinTranscriber.stripTones(pinyin).split(separator: " ").map(String.init)
            guard let surname = syllables.first else { return String(name) }
            let given = syllables.dropFirst().joined()
            return ([surname.capitalized] + (given.isEmpty ? [] : [given.capitalized])).joined(separator: " ")
        }
        return EnglishLine(text: written.joined(separator: ", "), origin: .transliteration, provider: "ICU Han-Latin")
    }
}
