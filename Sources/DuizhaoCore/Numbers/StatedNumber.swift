import Foundation

/// A number a sentence states, as written and as a value (`10亿元` → 1000000000, `1 billion`
/// → 1000000000, `5%` → 5, `2025年` → 2025).
public struct StatedNumber: Codable, Hashable, Sendable {
    /// The text as written.
    public var text: String
    /// The value, multipliers applied.
    public var value: Double

    /// The anchor key of the value (`n:1000000000`, `n:2.5`).
    public var key: String { "n:" + Self.canonical(value) }

    /// True when both state the same value (to one part in a billion).
    public func matches(_ other: StatedNumber) -> Bool {
        abs(value - other.value) <= 1e-9 * max(abs(value), abs(other.value), 1)
    }

    /// The value written without a trailing `.0` and rounded to nine significant digits, so
    /// that 0.1·10⁹ and 10⁸ give the same key.
    package static func canonical(_ value: Double) -> String {
        let rounded = Double(String(format: "%.9g", value)) ?? value
        if rounded == rounded.rounded(), abs(rounded) < 1e18 { return String(Int64(rounded)) }
        return String(rounded)
    }

    /// The numbers of `source` with no equal value in `target`, and those of `target` with
    /// none in `source`, each value matched at most once.
    public static func unmatched(
        source: [StatedNumber], target: [StatedNumber]
    ) -> (source: [StatedNumber], target: [StatedNumber]) {
        var remaining = target
        var missing: [StatedNumber] = []
        for number in source {
            if let index = remaining.firstIndex(where: { $0.matches(number) }) {
                remaining.remove(at: index)
            } else {
                missing.append(number)
            }
        }
        return (missing, remaining)
    }
}
