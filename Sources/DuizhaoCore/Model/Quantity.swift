/// A quantity a document states: an amount of money, a target, a year, an age, a count.
public struct Quantity: Codable, Hashable, Sendable {
    /// What a quantity measures.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// An amount of money (`10亿元`).
        case money
        /// A percentage or percentage points (`50%`, `3个百分点`).
        case percent
        /// A calendar year (`2025年`).
        case year
        /// An age (`45岁以下`).
        case age
        /// A number of things (`100个`, `1000家`).
        case count
        /// A span of time (`3年`).
        case duration
        /// A physical measure (`10平方公里`).
        case measure
        /// A large number without a unit (`2.5亿`).
        case number
    }

    /// How a quantity is bounded, from the words around it.
    public enum Bound: String, Codable, Sendable, CaseIterable {
        /// 最高, 不超过, 最多, 高达.
        case upTo = "up-to"
        /// 不少于, 至少, 不低于.
        case atLeast = "at-least"
        /// 以上, 超过, 多, 余.
        case over
        /// 以下.
        case under
        /// 约, 近, 左右.
        case about
        /// 以内, 内.
        case within
        /// 到 / 截至 a year.
        case by
        /// 到 / 截至 the end of a year (年底, 年末).
        case byEnd = "by-end"
        /// From a year on (起, 以来).
        case since
        /// 及以上: the number or more.
        case orMore = "or-more"
        /// 及以下: the number or less.
        case orLess = "or-less"
    }

    /// The text as written, qualifiers next to the number included.
    public var surface: String
    /// Where it stands in the document's cleaned text.
    public var span: TextSpan
    /// What it measures.
    public var kind: Kind
    /// The value, multipliers applied (`10亿` → 1000000000).
    public var value: Double
    /// For ranges (`3000万至5000万元`), the upper value.
    public var upperValue: Double?
    /// The unit or measure word as written (`元`, `%`, `岁`, `家`), nil for bare numbers.
    public var unit: String?
    /// How it is bounded.
    public var bound: Bound?
    /// True when the text says it recurs every year (每年, 年均, /年).
    public var perYear: Bool = false
    /// The quantity in English (`RMB 1 billion a year`, `under 45`, `by 2025`).
    public var english: String
}
