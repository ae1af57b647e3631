import DuizhaoText

/// Dates, times and magnitudes written as a number and a unit, which read as one word:
/// `2024年` (a calendar year), `12月`, `31日`, `9时`, `3.5万`, `100亿`, `1万亿`, `二○○○年`,
/// `十二月`, `三十一日`. A duration such as `10年` (ten years) stays two words.
enum NumeralUnits {
    /// Unit characters joined to any preceding Arabic number.
    static let unitsAfterDigits: Set<Unicode.Scalar> = ["月", "日", "时", "分", "万", "亿"]
    /// Characters of a month or day number in Chinese numerals (`十二`, `三十一`).
    static let dayDigits: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// True for an Arabic number token: ASCII or full-width digits with an optional decimal part.
    static func isArabicNumber(_ text: String) -> Bool {
        var sawDigit = false, sawPoint = false, lastWasDigit = false
        for scalar in text.unicodeScalars {
            if isDigit(scalar) {
                sawDigit = true; lastWasDigit = true
            } else if (scalar == "." || scalar == "．"), sawDigit, !sawPoint {
                sawPoint = true; lastWasDigit = false
            } else {
                return false
            }
        }
        return sawDigit && lastWasDigit
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// How many scalars at the start of `following` form the unit of the Arabic number
    /// `number` (`万亿` → 2, `年` after four digits → 1), or 0.
    static func unitLength(afterNumber number: String, following: ArraySlice<Unicode.Scalar>) -> Int {
        guard let first = following.first else { return 0 }
        if first == "万", following.dropFirst().first == "亿" { return 2 }
        if unitsAfterDigits.contains(first) { return 1 }
        if first == "年", number.unicodeScalars.count == 4, number.unicodeScalars.allSatisfy(isDigit) { return 1 }
        return 0
    }

    /// True when a Chinese-numeral date can start with `scalar`.
    static func canStartDate(_ scalar: Unicode.Scalar) -> Bool {
        ChineseNumeral.yearDigit(scalar) != nil || scalar == "十"
    }

    /// The lengths of Chinese-numeral dates starting at `start` in `scalars`: a year written
    /// digit by digit (`二○○一年`), or a month or day (`十二月`, `三十一日`).
    static func dateLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> [Int] {
        var lengths: [Int] = []
        var index = start
        while index < scalars.endIndex, index - start < 4, ChineseNumeral.yearDigit(scalars[index]) != nil {
            index += 1
        }
        let yearCount = index - start
        if yearCount >= 2, index < scalars.endIndex, scalars[index] == "年" { lengths.append(yearCount + 1) }
        index = start
        while index < scalars.endIndex, index - start < 3, dayDigits.contains(scalars[index]) { index += 1 }
        if index > start, index < scalars.endIndex, scalars[index] == "月" || scalars[index] == "日" {
            lengths.append(index - start + 1)
        }
        return lengths
    }
}
