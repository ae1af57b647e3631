/// Reading of Chinese numerals as they number outlines (一, 十二, 二十三, 一百零五).
public enum ChineseNumeral {
    package static let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// True for the characters a Chinese numeral is written with.
    public static func isNumeralCharacter(_ character: Character) -> Bool {
        digits[character] != nil || units[character] != nil
    }

    /// True for the scalars a Chinese numeral is written with.
    public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
        default: return false
        }
    }

    /// The value of `text` (一 → 1, 十二 → 12), or nil when it is not a numeral.
    public static func value(of text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var current = 0
        for character in text {
            if let digit = digits[character] {
                current = digit
            } else if let unit = units[character] {
                total += (current == 0 ? 1 : current) * unit
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}
