/// An occurrence of a glossary term in a document, explained: which entry, which form of
/// it matched, and how well its edges agree with ICU's word boundaries.
public struct TermMatch: Codable, Hashable, Sendable {
    /// Which form of an entry matched the text.
    public enum Form: String, Codable, Sendable {
        /// The headword, as written.
        case headword
        /// A listed variant, as written.
        case variant
        /// The headword or a variant after Traditional → Simplified folding.
        case traditional
        /// After full-width → half-width, NFKC or case folding.
        case widthFolded
        /// After removing quotation marks inside or around the term (`“三网”融合`).
        case quoteFolded
    }

    /// How well a match's edges agree with ICU's word boundaries.
    public enum Confidence: String, Codable, Sendable, Comparable {
        /// Both edges on ICU word boundaries.
        case high
        /// One edge inside an ICU word.
        case medium
        /// Both edges inside ICU words (a short term inside a longer word).
        case low

        public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }

        /// Low 0, medium 1, high 2.
        private var rank: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .high: 2
            }
        }
    }

    /// The text as it stands in the document.
    public var surface: String
    /// Where it stands, in the document's cleaned text.
    public var span: TextSpan
    /// The matched entry's id.
    public var entryID: String
    /// The form that matched.
    public var form: Form
    /// The boundary confidence.
    public var confidence: Confidence
}
