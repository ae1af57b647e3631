/// The new-term candidates of one document: ``TermCandidateFinder`` run on the document alone,
/// leaving out the known phrases and every glossary term matched in the document, the best
/// ``limit`` kept, each one the text holds as written. The one list both the document's annotation (its brief) and the batch
/// report take, so they name the same candidates.
public enum DocumentCandidates {
    /// The most candidates listed for one document; `duizhao terms` lists more.
    public static let limit = 25

    /// The candidates of `document`, best first. `sentences` are its annotated sentences, whose
    /// matched glossary terms (as written and as headwords) are not new; `known` are phrases
    /// known besides them (the glossary's headwords and variants, `--known` lists).
    public static func list(
        in document: Document, sentences: [AnnotatedSentence], known: KnownTerms?
    ) -> TermCandidateList {
        let matched = Set(sentences.flatMap { $0.terms.flatMap { [$0.surface, $0.headword] } })
        var finder = TermCandidateFinder()
        finder.add(document)
        var list = finder.result(limit: limit) { known?.contains($0) == true || matched.contains($0) }
        // Only what the brief can point at in the text (“双创”示范基地 gives 双创示范基地, which
        // the text does not hold as written).
        let search = ScalarSearch(document.text)
        list.candidates.removeAll { search.first(of: Array($0.text.unicodeScalars)) == nil }
        return list
    }

    /// The candidates of ``list(in:sentences:known:)``, each placed at its first occurrence
    /// in the sentence that holds it.
    public static func find(
        in document: Document, sentences: [AnnotatedSentence], known: KnownTerms?
    ) -> [CandidateTerm] {
        let spans = sentences.map(\.span)
        let search = ScalarSearch(document.text)
        return list(in: document, sentences: sentences, known: known).candidates.compactMap {
            candidate -> CandidateTerm? in
            guard let start = search.first(of: Array(candidate.text.unicodeScalars)) else { return nil }
            let span = TextSpan(start: start, end: start + candidate.text.unicodeScalars.count)
            let sentence = spans.firstIndex { $0.contains(span) } ?? spans.firstIndex { $0.overlaps(span) } ?? 0
            let strongest = candidate.reasons.max { ($0.weight, -$0.order) < ($1.weight, -$1.order) } ?? .quoted
            return CandidateTerm(
                text: candidate.text, kind: strongest, reasons: candidate.reasons, count: candidate.frequency,
                span: span,
                firstSentence: sentence, pinyin: nil, fullForm: candidate.fullForm)
        }
    }
}
