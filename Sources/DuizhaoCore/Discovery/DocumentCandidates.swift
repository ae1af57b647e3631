/// The candidate terms of one document, for its annotation and brief: ``TermCandidateFinder``
/// run on the document alone, the phrases `isKnown` accepts left out, the best
/// ``limit`` kept, each placed at its first occurrence.
public enum DocumentCandidates {
    /// The most candidates listed for one document; `duizhao terms` lists more.
    public static let limit = 25

    /// The candidates of `document`, best first; `sentenceSpans` are where its sentences lie
    /// (to place each candidate in one).
    public static func find(in document: Document, sentenceSpans spans: [Span], isKnown: (String) -> Bool) -> [CandidateTerm] {
        var finder = TermCandidateFinder()
        finder.add(document)
        let list = finder.result(limit: limit, isKnown: isKnown)
        let search = ScalarSearch(document.text)
        return list.candidates.compactMap { candidate -> CandidateTerm? in
            guard let start = search.first(of: Array(candidate.text.unicodeScalars)) else { return nil }
            let span = Span(start: start, end: start + candidate.text.unicodeScalars.count)
            let sentence = spans.firstIndex { $0.contains(span) } ?? spans.firstIndex { $0.overlaps(span) } ?? 0
            let strongest = candidate.reasons.max { ($0.weight, -$0.order) < ($1.weight, -$1.order) } ?? .quoted
            return CandidateTerm(
                text: candidate.text, kind: strongest, reasons: candidate.reasons, count: candidate.frequency, span: span,
                firstSentence: sentence, pinyin: nil, fullForm: candidate.fullForm)
        }
    }
}
