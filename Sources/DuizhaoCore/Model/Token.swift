/// A word-level token of a sentence: ICU's word break, possibly merged by a later stage
/// (the glossary overlay turns 孔雀|计划 into one token carrying its entry).
public struct Token: Codable, Hashable, Sendable {
    /// What a token is, from ICU's word-break rule status and the token's characters.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Han characters (ICU `UBRK_WORD_IDEO`).
        case ideographic
        /// Latin or other letters (ICU `UBRK_WORD_LETTER`).
        case letter
        /// Kana (ICU `UBRK_WORD_KANA`).
        case kana
        /// Digits, with decimal points and separators (ICU `UBRK_WORD_NUMBER`).
        case number
        /// Punctuation marks.
        case punctuation
        /// Symbols and other non-word characters (`+`, `%`, `¥`).
        case symbol
        /// Spaces, tabs and line breaks.
        case whitespace
        /// A glossary term that the overlay made into one token.
        case term

        /// Classifies a segment from ICU's rule status and its first scalar.
        public init(ruleStatus: Int32, first: Unicode.Scalar) {
            switch ruleStatus {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideographic
            default:
                self = first.value < 0x10000 ? Self.basicPlaneKinds[Int(first.value)] : Self.byProperties(first)
            }
        }

        /// The kind of a token ICU gives no word status, by its first scalar's properties.
        private static func byProperties(_ scalar: Unicode.Scalar) -> Kind {
            let properties = scalar.properties
            if properties.isWhitespace { return .whitespace }
            switch properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return .punctuation
            default:
                return .symbol
            }
        }

        /// ``byProperties(_:)`` of every scalar of the Basic Multilingual Plane, worked out
        /// once: a document has a punctuation token every few words, and two property
        /// lookups each cost more than the rest of the token's classification.
        private static let basicPlaneKinds: [Kind] = (0..<0x10000).map { value in
            Unicode.Scalar(UInt32(value)).map(byProperties) ?? .symbol
        }

        /// True for kinds that carry meaning (not punctuation, symbols or whitespace).
        var isWordLike: Bool {
            switch self {
            case .ideographic, .letter, .kana, .number, .term: return true
            case .punctuation, .symbol, .whitespace: return false
            }
        }
    }

    /// The token's text.
    public var text: String
    /// Where the token lies in the document's cleaned text.
    public var span: TextSpan
    /// What the token is.
    public var kind: Kind
    /// The glossary entry this token stands for, when the overlay merged a term into it.
    public var entryID: String?
}
