/// One aligned pair of a checked translation: Chinese sentences and the English ones that
/// translate them.
public struct CheckPair: Codable, Hashable, Sendable {
    /// The Chinese sentences (none for an added English sentence).
    public var source: [String]
    /// The English sentences (none for an untranslated Chinese sentence).
    public var target: [String]
    /// The bead shape (`1-1`, `1-2`, `1-0`…), or `given` when the file aligns the pair.
    public var shape: String
    /// The aligner's confidence in the pair (posterior probability), 1 when given.
    public var confidence: Double
    /// The line of the first Chinese sentence in its file, when known.
    var sourceLine: Int?
    /// The line of the first English sentence in its file, when known.
    var targetLine: Int?

    /// The Chinese sentences joined.
    public var sourceText: String { source.joined() }
    /// The English sentences joined by spaces.
    public var targetText: String { target.joined(separator: " ") }
}

/// How a translation was aligned with its source.
public struct AlignmentSummary: Codable, Hashable, Sendable {
    /// `length+anchors` when the aligner made the pairs, `given` when the file did.
    public var method: String
    /// The length model used (none when given).
    public var model: LengthModel?
    /// Whether paragraphs were aligned before sentences.
    var byParagraph: Bool
    /// The mean confidence over the pairs.
    var meanConfidence: Double
    /// The number of pairs per shape.
    var shapes: [String: Int]
}

/// The result of checking a translation: its aligned pairs and the findings on them.
public struct CheckReport: Codable, Hashable, Sendable {
    /// The schema of the JSON form.
    public var schema = "duizhao.check/1"
    /// The Chinese document (or the bilingual file).
    public var source: String
    /// The English document; nil for a bilingual file.
    public var translation: String?
    /// How the pairs were made.
    public var alignment: AlignmentSummary
    /// The aligned pairs, in document order.
    public var pairs: [CheckPair]
    /// The findings, in pair order.
    public var findings: [CheckFinding]

    /// The number of findings of `severity`.
    public func count(_ severity: CheckFinding.Severity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// True when a finding is at least as severe as `threshold` (nil: never).
    public func fails(at threshold: CheckFinding.Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }
}
