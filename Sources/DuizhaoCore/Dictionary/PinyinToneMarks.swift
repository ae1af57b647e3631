/// Converts CC-CEDICT's numbered pinyin to pinyin with tone marks: `pin1 yin1` → `pīn yīn`,
/// `lu:4` → `lǜ`, `ma5` → `ma` (neutral tone), `Qi1` → `Qī`.
///
/// The mark goes on `a` or `e` when the syllable has one, on the `o` of `ou`, and otherwise
/// on the last vowel. Syllabic `m`, `n` and `ng` (`m2`, `ng2`) take the mark themselves.
/// Anything that is not a numbered syllable (`C`, `·`, `，`) is kept as it is.
enum PinyinToneMarks {
    /// The whole reading converted, syllable by syllable; separators are kept.
    static func convert(_ numbered: String) -> String {
        var result = ""
        result.reserveCapacity(numbered.utf8.count)
        var syllable = Substring()
        var start = numbered.startIndex
        var index = numbered.startIndex
        while index < numbered.endIndex {
            let character = numbered[index]
            if character == " " {
                syllable = numbered[start..<index]
                result += convertSyllable(syllable)
                result.append(" ")
                start = numbered.index(after: index)
            }
            index = numbered.index(after: index)
        }
        syllable = numbered[start..<numbered.endIndex]
        result += convertSyllable(syllable)
        return result
    }

    /// One syllable, such as `lu:4` or `Zhong1`, converted; other text is returned as it is.
    static func convertSyllable(_ syllable: Substring) -> String {
        guard let last = syllable.last, let digit = last.wholeNumberValue, (1...5).contains(digit), syllable.count > 1
        else {
            return String(syllable)
        }
        // Letters before the digit, with u: (and v) as ü.
        var letters: [Character] = []
        var body = syllable.dropLast()
        while let character = body.first {
            body = body.dropFirst()
            if (character == "u" || character == "U"), body.first == ":" {
                letters.append(character == "u" ? "ü" : "Ü")
                body = body.dropFirst()
            } else if character == "v" {
                letters.append("ü")
            } else if character == "V" {
                letters.append("Ü")
            } else {
                letters.append(character)
            }
        }
        guard letters.allSatisfy({ $0.isLetter }) else { return String(syllable) }
        if digit == 5 { return String(letters) }
        guard let position = markPosition(letters) else { return String(letters) }
        letters[position] = marked(letters[position], tone: digit)
        return String(letters)
    }

    /// Which letter carries the tone mark, or nil when none can.
    static func markPosition(_ letters: [Character]) -> Int? {
        let lower = letters.map { Character($0.lowercased()) }
        if let a = lower.firstIndex(of: "a") { return a }
        if let e = lower.firstIndex(of: "e") { return e }
        if let o = lower.firstIndex(of: "o"), o + 1 < lower.count, lower[o + 1] == "u" { return o }
        if let vowel = lower.lastIndex(where: { "iouü".contains($0) }) { return vowel }
        // Syllabic nasals: m2, n2, ng2 (mark on the m or n).
        if let nasal = lower.firstIndex(where: { $0 == "m" || $0 == "n" }) { return nasal }
        return nil
    }

    static let marks: [Character: [Character]] = [
        "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
        "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "ü": ["ǖ", "ǘ", "ǚ", "ǜ"],
        "A": ["Ā", "Á", "Ǎ", "À"], "E": ["Ē", "É", "Ě", "È"], "I": ["Ī", "Í", "Ǐ", "Ì"],
        "O": ["Ō", "Ó", "Ǒ", "Ò"], "U": ["Ū", "Ú", "Ǔ", "Ù"], "Ü": ["Ǖ", "Ǘ", "Ǚ", "Ǜ"],
        "m": ["m\u{304}", "ḿ", "m\u{30C}", "m\u{300}"], "n": ["n\u{304}", "ń", "ň", "ǹ"],
        "M": ["M\u{304}", "Ḿ", "M\u{30C}", "M\u{300}"], "N": ["N\u{304}", "Ń", "Ň", "Ǹ"],
    ]

    static func marked(_ letter: Character, tone: Int) -> Character {
        marks[letter]?[tone - 1] ?? letter
    }
}
