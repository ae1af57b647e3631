import DuizhaoText

/// Finds short phrases set off by quotation marks (“孔雀计划”, “放管服”, “互联网+”): Chinese
/// policy writing quotes a coined term the first times it uses it. Quotes holding lists or
/// clauses (“高校、设施、产业”) are slogans, not terms, and are left out.
struct QuotedPhraseDetector {
    /// The longest phrase accepted, in scalars.
    var maxLength = 12

    func observe(_ text: DiscoveryText) -> [CandidateObservation] {
        var result: [CandidateObservation] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let close: Unicode.Scalar?
            if let pair = DiscoveryLexicon.quotePairs.first(where: { $0.open == scalar }) {
                close = pair.close
            } else if scalar == "\"" {
                close = "\""
            } else {
                close = nil
            }
            guard let close else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, end - index <= maxLength + 1, scalars[end] != close, scalars[end] != "\n" {
                end += 1
            }
            guard end < scalars.count, scalars[end] == close else { index += 1; continue }
            let span = TextSpan(start: index + 1, end: end)
            if accepts(scalars[span.start..<span.end]) {
                result.append(CandidateObservation(text: text.string(span), span: span, reason: .quoted))
            }
            index = end + 1
        }
        return result
    }

    /// A quoted phrase is a term candidate when it is short, has at least two Han characters
    /// (or one with letters or digits: 5G网络), and holds no list or clause punctuation.
    func accepts(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        guard inner.count >= 2, inner.count <= maxLength else { return false }
        if inner.contains(where: { DiscoveryLexicon.listPunctuation.contains($0) }) { return false }
        let han = inner.filter(\.isHan).count
        return han >= 2
    }
}
