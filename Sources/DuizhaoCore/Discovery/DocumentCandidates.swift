/// The new-term candidates of one document: ``TermCandidateFinder`` run on the document alone,
/// leaving out the known phrases and every glossary term matched in the document, the best
/// ``limit`` kept, each one the text holds as written. The one list both the document's annotation (its brief) and the batch
/// report take, so they name the same candidates.
public enum DocumentCandidates {
    /// The most candidates listed for one document; `duizhao terms` lists more.
    public static let limit = 25

    /// The candidates of `document`, best first, and each placed at its first occurrence in
    /// the sentence that holds it. `sentences` are its annotated sentences, whose matched
    /// glossary terms (as written and as headwords) are not new; `known` are phrases known
    /// besides them (the glossary's headwords and variants, `--known` lists). A candidate the
    /// text does not hold as written (“双创”示范基地 gives 双创示范基地) is left out of both, since
    /// the brief could not point at it.
    public static func find(
        in document: Document, sentences: [AnnotatedSentence], known: KnownTerms?
    ) -> (list: TermCandidateList, placed: [CandidateTerm]) {
        find(
            evidence: evidence(of: document), in: document, terms: sentences.flatMap(\.terms),
            sentenceSpans: sentences.map(\.span), known: known)
    }

    /// The evidence for candidates in `document`: the part of ``find(in:sentences:known:)``
    /// that needs no annotated sentence, so it can run beside their annotation.
    package static func evidence(of document: Document) -> TermCandidateFinder {
        var finder = TermCandidateFinder()
        finder.add(document)
        return finder
    }

    /// ``evidence(of:)`` in two halves for two workers: the first finds the detectors'
    /// phrases, the second counts the recurring combinations; whichever finishes second
    /// joins them (``TermCandidateFinder/adding(_:)``). Each reads the document's text itself.
    static func observations(of document: Document) -> TermCandidateFinder {
        var finder = TermCandidateFinder()
        finder.addObservations(of: document, in: DiscoveryText(document))
        return finder
    }

    /// The second half of ``evidence(of:)`` (see ``observations(of:)``).
    static func sequences(of document: Document) -> TermCandidateFinder.Sequences {
        TermCandidateFinder.Sequences(DiscoveryText(document))
    }

    /// ``find(in:sentences:known:)`` with the document's evidence already gathered, and of
    /// its annotated sentences only what the candidates need: the glossary terms matched in
    /// them, in order, and their spans (so the annotator can find the candidates beside the
    /// sentences' annotation, not after it).
    ///
    /// Only occurrences outside the glossary terms matched in the document count: 互联网
    /// inside a matched 互联网+ is that term, not a new one. A candidate with no occurrence
    /// of its own is left out, and each candidate is counted and placed by its own
    /// occurrences.
    package static func find(
        evidence finder: TermCandidateFinder, in document: Document, terms: [AnnotatedTerm],
        sentenceSpans spans: [TextSpan], known: KnownTerms?
    ) -> (list: TermCandidateList, placed: [CandidateTerm]) {
        let matched = Set(terms.flatMap { [$0.surface, $0.headword] })
        var list = finder.result { known?.contains($0) == true || matched.contains($0) }
        let search = ScalarSearch(document.text)
        // Which matched term covers each offset (0: none), to tell an occurrence inside one.
        var coveringTerm = [Int32](repeating: 0, count: search.scalars.count)
        for (index, term) in terms.enumerated() where term.span.end <= coveringTerm.count {
            for offset in term.span.start..<term.span.end { coveringTerm[offset] = Int32(index + 1) }
        }
        let needles = list.candidates.map { Array($0.text.unicodeScalars) }
        let starts = search.starts(ofEach: needles)
        var own: [(candidate: TermCandidate, first: TextSpan)] = []
        for ((candidate, needle), occurrences) in zip(zip(list.candidates, needles), starts) {
            // A candidate the text does not hold as written has no occurrence and is left out.
            let free = occurrences.filter { start in
                let term = coveringTerm[start]
                return term == 0 || coveringTerm[start + needle.count - 1] != term
            }
            guard let first = free.first else { continue }
            var counted = candidate
            if free.count < occurrences.count { counted.frequency = free.count }
            own.append((counted, TextSpan(start: first, end: first + needle.count)))
        }
        let firstSpan = Dictionary(own.map { ($0.candidate.text, $0.first) }, uniquingKeysWith: { a, _ in a })
        list.candidates = Array(TermCandidateList.rank(own.map(\.candidate)).prefix(limit))
        let placed = list.candidates.map { candidate in
            let span = firstSpan[candidate.text]!
            let sentence = spans.firstIndex { $0.contains(span) } ?? spans.firstIndex { $0.overlaps(span) } ?? 0
            let strongest = candidate.reasons.max { ($0.weight, -$0.order) < ($1.weight, -$1.order) } ?? .quoted
            return CandidateTerm(
                text: candidate.text, kind: strongest, reasons: candidate.reasons, count: candidate.frequency,
                span: span, firstSentence: sentence, pinyin: nil, fullForm: candidate.fullForm)
        }
        return (list, placed)
    }
}
