/// Widens a matched range so that it does not cut a quotation in half: `三网”融合` inside
/// `“三网”融合` becomes `“三网”融合`.
enum QuoteBalancer {
    static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"),
    ]

    /// `range` of `text`, widened by one mark on a side where the range holds an unpaired
    /// closing (or opening) mark whose partner stands right outside it; never widened below
    /// `floor` (the end of the previous match).
    static func balance(_ range: Range<Int>, in text: [Unicode.Scalar], floor: Int = 0) -> Range<Int> {
        // Almost every match holds no quotation mark at all: nothing to balance.
        guard text[range].contains(where: isQuotationMark) else { return range }
        var lower = range.lowerBound, upper = range.upperBound
        for pair in pairs {
            var depth = 0, unmatchedClosers = 0
            for scalar in text[range] {
                if scalar == pair.open {
                    depth += 1
                } else if scalar == pair.close {
                    if depth > 0 { depth -= 1 } else { unmatchedClosers += 1 }
                }
            }
            if unmatchedClosers > 0, lower > floor, text[lower - 1] == pair.open { lower -= 1 }
            if depth > 0, upper < text.count, text[upper] == pair.close { upper += 1 }
        }
        let straight = text[range].reduce(0) { $1 == "\"" ? $0 + 1 : $0 }
        if straight % 2 == 1 {
            if lower > floor, text[lower - 1] == "\"" {
                lower -= 1
            } else if upper < text.count, text[upper] == "\"" {
                upper += 1
            }
        }
        return lower..<upper
    }

    /// True for the marks ``balance(_:in:floor:)`` pairs: the curly and corner quotes and `"`.
    @inline(__always)
    static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "”", "‘", "’", "「", "」", "『", "』", "\"": return true
        default: return false
        }
    }
}
