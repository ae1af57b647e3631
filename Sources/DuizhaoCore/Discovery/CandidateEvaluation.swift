/// Measures a ranked candidate list against a hand-made list of the terms a glossary
/// maintainer should look at: precision at k and recall of the must-have terms.
///
/// List format: one term a line, `|` between accepted forms of the same term, `#` starts a
/// comment line, a leading `*` marks a must-have term. A candidate matches a line when it
/// equals one of its forms, or contains one and adds at most two characters (深圳国家基因库
/// for 国家基因库, “三网”融合 → 三网融合 for 三网).
public struct CandidateEvaluation: Sendable {
    /// One line of the list.
    public struct Expected: Sendable, Equatable {
        /// The accepted forms.
        public var forms: [String]
        /// True for a must-have term.
        public var required: Bool
    }

    /// The expected terms.
    public let expected: [Expected]

    /// Parses a list.
    public init(list: String) {
        var expected: [Expected] = []
        for rawLine in list.split(whereSeparator: \.isNewline) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let required = line.hasPrefix("*")
            if required { line.removeFirst() }
            let forms = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            if !forms.isEmpty { expected.append(Expected(forms: forms, required: required)) }
        }
        self.expected = expected
    }

    /// True when `candidate` matches `item`.
    public static func matches(_ candidate: String, _ item: Expected) -> Bool {
        item.forms.contains { form in
            candidate == form || (candidate.contains(form) && candidate.count - form.count <= 2)
        }
    }

    /// True when `candidate` matches some expected term.
    func isRelevant(_ candidate: String) -> Bool { expected.contains { Self.matches(candidate, $0) } }

    /// The share of the first `k` candidates that are relevant (over `min(k, count)`).
    public func precision(_ candidates: [String], at k: Int) -> Double {
        let top = candidates.prefix(k)
        guard !top.isEmpty else { return 0 }
        return Double(top.filter(isRelevant).count) / Double(top.count)
    }

    /// The must-have terms matched by one of the first `k` candidates, and those missed.
    func requiredRecall(_ candidates: [String], at k: Int) -> (found: [String], missed: [String]) {
        let top = Array(candidates.prefix(k))
        var found: [String] = [], missed: [String] = []
        for item in expected where item.required {
            if top.contains(where: { Self.matches($0, item) }) {
                found.append(item.forms[0])
            } else {
                missed.append(item.forms[0])
            }
        }
        return (found, missed)
    }

    /// A short report: precision at 20 and 50 and recall of the must-have terms in the top 50.
    public func summary(_ candidates: [String]) -> String {
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        let recall = requiredRecall(candidates, at: 50)
        let total = recall.found.count + recall.missed.count
        var lines = [
            "precision@20: \(percent(precision(candidates, at: 20))) (\(candidates.prefix(20).filter(isRelevant).count)/\(min(20, candidates.count)))",
            "precision@50: \(percent(precision(candidates, at: 50))) (\(candidates.prefix(50).filter(isRelevant).count)/\(min(50, candidates.count)))",
        ]
        if total > 0 {
            lines.append(
                "must-have terms in the top 50: \(recall.found.count)/\(total)"
                    + (recall.missed.isEmpty ? "" : "; missed: \(recall.missed.joined(separator: ", "))"))
        }
        let irrelevant = candidates.prefix(50).filter { !isRelevant($0) }
        if !irrelevant.isEmpty { lines.append("not on the list (top 50): \(irrelevant.joined(separator: ", "))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
