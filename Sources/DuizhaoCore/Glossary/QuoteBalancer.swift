/// Widens a matched range so that it does not cut a quotation in half: `三网”融合` inside
/// `“三网”融合` becomes `“三网”融合`.
enum QuoteBalancer {
    static let pairs: [(open: UInt32, close: UInt32)] = [
        (0x201C, 0x201D), (0x2018, 0x2019), (0x300C, 0x300D), (0x300E, 0x300F),
    ]
    /// `"`.
    static let straight: UInt32 = 0x22

    /// `range` of `text` (scalar values), widened by one mark on a side where the range holds an unpaired
    /// closing (or opening) mark whose partner stands right outside it; never widened below
    /// `floor` (the end of the previous match).
    static func balance(_ range: Range<Int>, in text: [UInt32], floor: Int = 0) -> Range<Int> {
        // Almost every match holds no quotation mark at all: nothing to balance.
        guard text[range].contains(where: TextFolder.quotationMarks.contains) else { return range }
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
        let straights = text[range].reduce(0) { $1 == straight ? $0 + 1 : $0 }
        if straights % 2 == 1 {
            if lower > floor, text[lower - 1] == straight {
                lower -= 1
            } else if upper < text.count, text[upper] == straight {
                upper += 1
            }
        }
        return lower..<upper
    }
}
