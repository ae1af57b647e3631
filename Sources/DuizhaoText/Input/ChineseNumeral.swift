/// Chinese numerals: the one table of their digits and units, and the reading of numerals as
/// they number outlines (一, 十二, 二十三, 一百零五).
public enum ChineseNumeral {
    /// The value of each Chinese digit: 零 and 〇 are 0, 两 is 2 as 二 is.
    package static let digitValues: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    /// The value of each unit below 万.
    package static let unitValues: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Bit v set for each scalar v a numeral is written with (all are in the BMP): the test
    /// runs at every position of every sentence, so it does not hash.
    private static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in Array(digitValues.keys) + Array(unitValues.keys) {
            bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
        return bits
    }()

    /// The value of a Chinese digit (零 〇 一 … 九, 两), nil for any other scalar.
    package static func digit(_ scalar: Unicode.Scalar) -> Int? {
        isNumeralScalar(scalar) ? digitValues[scalar] : nil
    }

    /// The value of a digit of a year written digit by digit (二〇二六年): the digits without 两,
    /// which no year is written with, and with ○ (U+25CB WHITE CIRCLE), often typed for 〇.
    package static func yearDigit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar == "○" { return 0 }
        return scalar == "两" ? nil : digit(scalar)
    }

    /// The value of a unit (十 百 千), nil for any other scalar.
    package static func unit(_ scalar: Unicode.Scalar) -> Int? {
        unitValues[scalar]
    }

    /// True for the characters a Chinese numeral is written with.
    public static func isNumeralCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return isNumeralScalar(scalar)
    }

    /// True for the scalars a Chinese numeral is written with.
    public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x10000 && numeralBits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    /// The value of `text` (一 → 1, 十二 → 12), or nil when it is not a numeral.
    public static func value(of text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if let digit = digitValues[scalar] {
                current = digit
            } else if let unit = unitValues[scalar] {
                total += (current == 0 ? 1 : current) * unit
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}
