import DuizhaoText

/// A document's text prepared for the discovery detectors: its scalars, and its sentences
/// cut into runs of adjacent word tokens (punctuation, symbols and spaces end a run).
struct DiscoveryText {
    /// The cleaned text as Unicode scalars (spans index into it).
    let scalars: [Unicode.Scalar]
    /// Runs of adjacent word-like tokens, in document order.
    let runs: [[Token]]
    /// Paragraph spans, in order.
    let paragraphs: [TextSpan]

    init(_ document: Document) {
        scalars = Array(document.text.unicodeScalars)
        paragraphs = document.paragraphs.map(\.span)
        var runs: [[Token]] = []
        for sentence in document.sentences {
            var current: [Token] = []
            for token in sentence.tokens {
                if token.kind.isWordLike, current.last.map({ $0.span.end == token.span.start }) ?? true {
                    current.append(token)
                } else {
                    if !current.isEmpty { runs.append(current) }
                    current = token.kind.isWordLike ? [token] : []
                }
            }
            if !current.isEmpty { runs.append(current) }
        }
        self.runs = runs
    }

    /// The text of a span.
    func string(_ span: TextSpan) -> String {
        String(scalars: scalars[span.start..<span.end])
    }

    /// A snippet around `span`: up to `radius` scalars either side, within its line, with
    /// an ellipsis where the line goes on.
    func context(_ span: TextSpan, radius: Int = 14) -> String {
        var start = span.start
        while start > 0, span.start - start < radius, scalars[start - 1] != "\n" { start -= 1 }
        var end = span.end
        while end < scalars.count, end - span.end < radius, scalars[end] != "\n" { end += 1 }
        var result = String(scalars: scalars[start..<end])
        if start > 0, scalars[start - 1] != "\n" { result = "…" + result }
        if end < scalars.count, scalars[end] != "\n" { result += "…" }
        return result
    }

    /// The number of non-overlapping occurrences of each phrase in the text.
    func occurrences(ofEach phrases: [String]) -> [Int] {
        ScalarSearch(scalars: scalars).occurrences(ofEach: phrases.map { Array($0.unicodeScalars) })
    }
}

/// One piece of evidence a detector found: a phrase, where it stands, and why it may be a term.
struct CandidateObservation {
    var text: String
    var span: TextSpan
    var reason: CandidateReason
    var marker: String? = nil
    /// The evidence's weight when it differs from the reason's default.
    var weight: Double? = nil
    var fullForm: String? = nil
}
