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
        find(evidence: evidence(of: document), in: document, sentences: sentences, known: known)
    }

    /// The evidence for candidates in `document`: the part of ``find(in:sentences:known:)``
    /// that needs no annotated sentence, so it can run beside their annotation.
    package static func evidence(of document: Document) -> TermCandidateFinder {
        var finder = TermCandidateFinder()
        finder.add(document)
        return finder
    }

    /// ``find(in:sentences:known:)`` with the document's evidence already gathered.
    package static func find(
        evidence finder: TermCandidateFinder, in document: Document, sentences: [AnnotatedSentence],
        known: KnownTerms?
    ) -> (list: TermCandidateList, placed: [CandidateTerm]) {
        let matched = Set(sentences.flatMap { $0.terms.flatMap { [$0.surface, $0.headword] } })
        var list = finder.result(limit: limit) { known?.contains($0) == true || matched.contains($0) }
        let spans = sentences.map(\.span)
        let search = ScalarSearch(document.text)
        var placed: [CandidateTerm] = []
        list.candidates.removeAll { candidate in
            guard let start = search.first(of: Array(candidate.text.unicodeScalars)) else { return true }
            let span = TextSpan(start: start, end: start + candidate.text.unicodeScalars.count)
            let sentence = spans.firstIndex { $0.contains(span) } ?? spans.firstIndex { $0.overlaps(span) } ?? 0
            let strongest = candidate.reasons.max { ($0.weight, -$0.order) < ($1.weight, -$1.order) } ?? .quoted
            placed.append(
                CandidateTerm(
                    text: candidate.text, kind: strongest, reasons: candidate.reasons, count: candidate.frequency,
                    span: span,
                    firstSentence: sentence, pinyin: nil, fullForm: candidate.fullForm))
            return false
        }
        return (list, placed)
    }
}
