import DuizhaoText
import Foundation

/// Finds glossary terms in documents: leftmost-longest, non-overlapping, deterministic,
/// over folded text (Traditional, full-width and quoted forms match), with each match's
/// edges checked against ICU's word boundaries.
///
/// A match is reported as a span of the original text with the form that matched and a
/// boundary confidence. By default a two-character term whose edges both fall inside ICU
/// words is dropped (人才 in 个人才能), and a `match: strict` entry needs both edges on
/// boundaries. Two kinds of match are never terms: one that starts right after a Chinese
/// numeral when the term itself starts with one (千万工程 in 百千万工程, a longer
/// numeric abbreviation), and, with a dictionary ``lexicon``, one whose edge falls inside a
/// word the dictionary confirms (国家安全部 in 国家安全部门, 新动能 in 创新动能). When the
/// longest term at a position is dropped, shorter ones starting there are tried before
/// moving on.
///
/// Holds a ``TextFolder`` (ICU): not thread-safe; share the ``TermIndex`` and give each
/// thread its own matcher.
public final class TermMatcher {
    /// What the matcher accepts.
    public struct Options: Sendable {
        /// Drop low-confidence matches of terms no longer than ``shortTermLength``.
        var suppressShortLowConfidence = true
        /// The length (in folded characters) up to which a term counts as short.
        var shortTermLength = 2
        /// The lowest confidence kept.
        var minimumConfidence: TermMatch.Confidence = .low

        /// The default options.
        public init() {}
    }

    /// The index matched against.
    public let index: TermIndex
    /// What the matcher accepts.
    public var options: Options
    /// The dictionary words that confirm word boundaries (CC-CEDICT's headwords); nil to judge
    /// by ICU's words alone.
    public let lexicon: LexiconSegmenter?
    private let folder: TextFolder
    private var segmenter: Segmenter?
    private var folded = FoldedText()

    /// A matcher over a built index; `lexicon` confirms words (see ``lexicon``).
    public init(index: TermIndex, options: Options = Options(), lexicon: LexiconSegmenter? = nil) throws {
        self.index = index
        self.options = options
        self.lexicon = lexicon
        self.folder = try TextFolder()
    }

    /// Builds the index of `glossary` and a matcher over it.
    public init(glossary: Glossary, options: Options = Options(), lexicon: LexiconSegmenter? = nil) throws {
        let folder = try TextFolder()
        self.index = TermIndex(glossary: glossary, folder: folder)
        self.options = options
        self.lexicon = lexicon
        self.folder = folder
    }

    /// A matcher over the same index, options and lexicon, with its own ICU folder: for
    /// another thread.
    package func forAnotherThread() throws -> TermMatcher {
        try TermMatcher(index: index, options: options, lexicon: lexicon)
    }

    /// The glossary matched against.
    public var glossary: Glossary { index.glossary }

    /// The entry with `id`.
    public func entry(id: String) -> GlossaryEntry? { index.glossary.entry(id: id) }

    /// The terms of every sentence of `document`, in document order, spans in document
    /// coordinates. Long documents are split into runs of sentences matched on every core
    /// (the index is shared; each other thread gets its own matcher). `words`, when given, are
    /// the document's sentences re-segmented by the matcher's ``lexicon``, which a caller that
    /// needs them too has made already.
    public func matches(in document: Document, words: [Sentence]? = nil) -> [TermMatch] {
        let sentences = document.sentences
        let workers = Parallel.workers(items: sentences.count, itemsPerWorker: parallelSentences)
        let runs = Parallel.runs(sentences.indices, parts: workers)
        guard runs.count > 1, let helpers = try? (1..<runs.count).map({ _ in try forAnotherThread() }) else {
            return MatchBuffer.joined([matches(in: sentences[...], words: words)])
        }
        nonisolated(unsafe) let matchers = [self] + helpers
        return MatchBuffer.joined(
            Parallel.map(runs) { worker, run in matchers[worker].matches(in: sentences[run], words: words) })
    }

    /// The sentence count from which ``matches(in:)-(Document)`` uses every core.
    var parallelSentences = 4_000

    /// The terms of `sentences`; `words` are all the document's sentences re-segmented.
    private func matches(in sentences: ArraySlice<Sentence>, words: [Sentence]?) -> MatchBuffer {
        var result = MatchBuffer(capacity: sentences.reduce(0) { $0 + $1.span.length })
        for index in sentences.indices { append(sentences[index], words: words?[index].tokens, to: &result) }
        return result
    }

    /// The terms of one sentence, judged against its tokens. `words`, when given, are its
    /// tokens re-segmented by the matcher's ``lexicon`` (``LexiconSegmenter/resegment(_:)``):
    /// a caller that needs them too makes them once.
    public func matches(in sentence: Sentence, words: [Token]? = nil) -> [TermMatch] {
        var result = MatchBuffer(capacity: sentence.span.length)
        append(sentence, words: words, to: &result)
        return MatchBuffer.joined([result])
    }

    /// Appends the terms of `sentence` (judged with `words`, as above) to `result`.
    private func append(_ sentence: Sentence, words: [Token]?, to result: inout MatchBuffer) {
        scan(sentence.text, base: sentence.span.start, into: &result) { [lexicon] in
            WordBoundaries(sentence: sentence, lexicon: lexicon, words: words)
        }
    }

    /// The terms of plain text, segmented into sentences and words with ICU first; spans
    /// are scalar offsets into `text`.
    public func matches(in text: String) throws -> [TermMatch] {
        if segmenter == nil { segmenter = try Segmenter() }
        return try segmenter!.sentences(of: text, paragraphs: []).flatMap { matches(in: $0) }
    }

    /// The terms of `text` without word segmentation: every edge counts as a word boundary,
    /// so every match is `high`. For text already known to be one term list, and for
    /// measuring the automaton alone.
    public func scan(_ text: String) -> [TermMatch] {
        var result = MatchBuffer(capacity: text.unicodeScalars.count)
        scan(text, base: 0, into: &result) { WordBoundaries(everywhereIn: text.unicodeScalars.count) }
        return MatchBuffer.joined([result])
    }

    /// The terms of `text`, which starts at document offset `base`, judged against `boundaries`.
    func scan(_ text: String, boundaries: WordBoundaries, base: Int) -> [TermMatch] {
        var result = MatchBuffer(capacity: text.unicodeScalars.count)
        scan(text, base: base, into: &result) { boundaries }
        return MatchBuffer.joined([result])
    }

    /// `scan(_:boundaries:base:)` that asks for the boundaries only when a candidate is found,
    /// and appends the matches to `result`.
    private func scan(
        _ text: String, base: Int, into result: inout MatchBuffer, boundaries makeBoundaries: () -> WordBoundaries
    ) {
        var folded = self.folded
        self.folded = FoldedText()
        defer { self.folded = folded }
        folder.fold(text, into: &folded)
        guard !folded.scalars.isEmpty else { return }
        var boundaries: WordBoundaries?
        var candidates: [(end: Int, value: Int32, length: Int32)] = []
        let keys = index.keys
        let first = result.count
        let automaton = index.automaton
        let isPlain = folded.changedCount == 0
        folded.scalars.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < buffer.count {
                guard isPlain || folded.isStart(position) else { position += 1; continue }
                if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
                automaton.forEachKey(in: buffer, startingAt: position) { end, value in
                    // The key's record is read here, during the walk, so that its likely cache
                    // miss overlaps the walk's next steps instead of stalling the evaluation.
                    if isPlain || folded.isEnd(end) { candidates.append((end, value, keys[Int(value)].foldedLength)) }
                }
                var next = position + 1
                for candidate in candidates.reversed() {
                    if boundaries == nil { boundaries = makeBoundaries() }
                    let floor = result.count > first ? result.lastEnd - base : 0
                    if let match = evaluate(
                        position, candidate.end, candidate.value, candidate.length, buffer, folded, boundaries!, base,
                        floor)
                    {
                        result.append(match)
                        next = candidate.end
                        break
                    }
                }
                position = next
            }
        }
    }

    private func evaluate(
        _ start: Int, _ end: Int, _ value: Int32, _ length: Int32, _ folded: UnsafeBufferPointer<UInt32>,
        _ text: FoldedText, _ boundaries: WordBoundaries, _ base: Int, _ floor: Int
    ) -> TermMatch? {
        // A Latin key does not match inside a Latin word (GDP in GDPR).
        if start > 0, Self.isASCIIAlphanumeric(folded[start]), Self.isASCIIAlphanumeric(folded[start - 1]) {
            return nil
        }
        if end < folded.count, Self.isASCIIAlphanumeric(folded[end - 1]), Self.isASCIIAlphanumeric(folded[end]) {
            return nil
        }
        // Where folding changed nothing, folded offsets are original ones; where it removed
        // nothing, the range holds no quotation mark to balance.
        let original = text.originals
        var range = text.changedCount == 0 ? start..<end : text.originalRange(start, end)
        let isUnchanged = text.isUnchanged(range)
        if !isUnchanged, text.changes[range].contains(.removed) {
            range = QuoteBalancer.balance(range, in: original, floor: floor)
        }
        // A numeric abbreviation does not start inside a longer one (千万工程 in 百千万工程): a
        // numeral written directly before it. (Digits before a digit are the Latin rule above.)
        if range.lowerBound > 0, Self.isChineseNumeral(folded[start]),
            Self.isChineseNumeral(original[range.lowerBound - 1])
        {
            return nil
        }
        let span = TextSpan(start: base + range.lowerBound, end: base + range.upperBound)
        // An edge inside a word the dictionary confirms: part of a longer word, not a term.
        if boundaries.cutsWord(span) { return nil }
        let confidence = boundaries.confidence(of: span)
        if confidence < options.minimumConfidence { return nil }
        // The key's record is read field by field: a copy of it retained and released both
        // its strings.
        let key = Int(value)
        if options.suppressShortLowConfidence, confidence == .low, length <= options.shortTermLength { return nil }
        // Text that folding left as it was spells the key; when the first form is written as
        // the key, the text is that form as written (the common case, answered from the key's
        // record alone).
        if index.keys[key].isWrittenAsKey, isUnchanged {
            if index.keys[key].isStrict, confidence != .high { return nil }
            return TermMatch(
                surface: index.keys[key].text, span: span, entryID: index.keys[key].entryID,
                form: index.keys[key].isHeadword ? .headword : .variant, confidence: confidence)
        }

        // The surface is usually one of the glossary's forms as written: compare scalars and
        // share that form's string instead of building a new one for each match.
        let forms = index.forms[Int(value)]
        let written = original[range]
        let surface: String
        let chosen: TermIndex.Form
        let form: TermMatch.Form
        if let exact = forms.first(where: { $0.text.unicodeScalars.lazy.map(\.value).elementsEqual(written) }) {
            surface = exact.text
            chosen = exact
            form = exact.isHeadword ? .headword : .variant
        } else {
            surface = String(String.UnicodeScalarView(written.compactMap(Unicode.Scalar.init)))
            chosen = forms[0]
            let changes = text.changes[range]
            if changes.contains(.traditional) {
                form = .traditional
            } else if changes.contains(.removed) {
                form = .quoteFolded
            } else if changes.contains(.width) {
                form = .widthFolded
            } else {
                // The text is plain; the glossary's form was the one folded (GDP for gdp).
                let keyChanges = folder.fold(chosen.text).changes
                if keyChanges.contains(.traditional) {
                    form = .traditional
                } else if keyChanges.contains(.removed) {
                    form = .quoteFolded
                } else if keyChanges.contains(.width) {
                    form = .widthFolded
                } else {
                    form = chosen.isHeadword ? .headword : .variant
                }
            }
        }
        if index.isStrict[chosen.entry], confidence != .high { return nil }
        return TermMatch(
            surface: surface, span: span, entryID: index.entryIDs[chosen.entry], form: form, confidence: confidence)
    }

    /// True for a character Chinese numbers and numeric abbreviations are written with (一,
    /// 十, 百, 千, 万, 亿, 两, 双…).
    @inline(__always)
    static func isChineseNumeral(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return ChineseNumeral.isNumeralScalar(scalar) || largeNumerals.contains(value)
    }

    /// Numerals beyond ``ChineseNumeral``'s digits and units, Simplified and Traditional (a
    /// scan of seven values: asked for nearly every match, a set's hashing cost more).
    static let largeNumerals = "万亿双萬億雙兩".unicodeScalars.map(\.value)

    @inline(__always)
    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }
}
