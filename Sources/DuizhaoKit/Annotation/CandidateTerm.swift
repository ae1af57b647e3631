/// A phrase that looks like a policy term but is not in the glossary, listed for follow-up.
public struct CandidateTerm: Codable, Hashable, Sendable {
    /// Why a phrase looks like a term.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A short phrase in quotation marks (`“顶天立地”`).
        case quoted
        /// A name ending in a program word (计划, 工程, 行动, 战略, 基地, 平台, 示范区, 试验区).
        case name
    }

    /// The phrase, without quotation marks.
    public var text: String
    /// Why it was picked.
    public var kind: Kind
    /// Its number of occurrences (found the same way).
    public var count: Int
    /// Where it first occurs.
    public var span: Span
    /// The sentence it first occurs in.
    public var firstSentence: Int
    /// Its pinyin with tone marks.
    public var pinyin: String?

    /// Creates a candidate.
    public init(text: String, kind: Kind, count: Int, span: Span, firstSentence: Int, pinyin: String?) {
        self.text = text
        self.kind = kind
        self.count = count
        self.span = span
        self.firstSentence = firstSentence
        self.pinyin = pinyin
    }
}
