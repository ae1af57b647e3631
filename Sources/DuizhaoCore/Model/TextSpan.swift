/// A half-open range of offsets into a document's cleaned text, counted in Unicode scalars
/// (the unit Python's `str` and most JSON consumers index by).
public struct TextSpan: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first scalar in the span.
    public var start: Int
    /// One past the last scalar in the span.
    public var end: Int

    /// Creates a span from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// True when `other` lies within this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// True when the two spans share at least one scalar.
    func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
