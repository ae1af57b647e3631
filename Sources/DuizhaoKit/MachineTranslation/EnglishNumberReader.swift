import Foundation

/// Reads the numbers an English line states, as values: numerals (`35,000`, `2.5`, `50%`,
/// `3rd`), numerals with a scale word (`1 billion`, `RMB 50 million`, `1.2bn`), ranges
/// sharing one (`30–50 million`), and numbers in words (`three`, `twenty-five`,
/// `three hundred`, `a million`, `third`). A comma groups digits only when exactly three
/// follow (`35,000`, not `1,2`).
public enum EnglishNumberReader {
    /// The values in `line`, in order (a range sharing a scale word gives its first number
    /// both with and without the scale).
    public static func values(in line: String) -> [Double] {
        let tokens = tokenize(line)
        var values: [Double] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // "a million", "an additional…": an article counts only before a scale word.
            let article = (token.text == "a" || token.text == "an") && index + 1 < tokens.count && scales[tokens[index + 1].text] != nil
            guard let number = token.number ?? wordValue(token.text) ?? (article ? 1 : nil) else {
                index += 1
                continue
            }
            var value = number
            var next = index + 1
            // Word numbers: "twenty five", "three hundred".
            if token.number == nil {
                while next < tokens.count, let more = wordValue(tokens[next].text) {
                    if more == 100 { value *= 100 } else if value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, more < 10 { value += more } else { break }
                    next += 1
                }
            }
            if next < tokens.count, let scale = scales[tokens[next].text] {
                values.append(value * scale)
                next += 1
            } else if next + 2 < tokens.count, ["-", "–", "—", "to", "and"].contains(tokens[next].text), let upper = tokens[next + 1].number,
                let scale = scales[tokens[next + 2].text]
            {
                // "30–50 million": the first number shares the scale.
                values.append(value)
                values.append(value * scale)
                values.append(upper * scale)
                next += 3
            } else {
                values.append(value)
            }
            index = next
        }
        return values
    }

    struct Token {
        var text: String
        var number: Double?
    }

    /// Numerals (with grouping commas and a decimal point), words (lowercased), and dashes.
    static func tokenize(_ line: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCII, character.isNumber {
                var end = index
                var text = ""
                while end < characters.count {
                    let c = characters[end]
                    if c.isASCII, c.isNumber {
                        text.append(c)
                    } else if c == ",", !text.isEmpty, isGroup(characters, at: end + 1), !text.contains(".") {
                        // A grouping comma: exactly three digits follow.
                    } else if c == ".", end + 1 < characters.count, characters[end + 1].isASCII, characters[end + 1].isNumber, !text.contains(".") {
                        text.append(c)
                    } else {
                        break
                    }
                    end += 1
                }
                tokens.append(Token(text: text, number: Double(text)))
                index = end
            } else if character.isLetter {
                var end = index
                while end < characters.count, characters[end].isLetter { end += 1 }
                tokens.append(Token(text: String(characters[index..<end]).lowercased()))
                index = end
            } else {
                if "-–—".contains(character) { tokens.append(Token(text: String(character))) }
                index += 1
            }
        }
        // "twenty-five": a hyphen between number words joins them.
        return tokens.enumerated().filter { offset, token in
            !(token.text == "-" && offset > 0 && offset + 1 < tokens.count && wordValue(tokens[offset - 1].text) != nil
                && wordValue(tokens[offset + 1].text) != nil)
        }.map(\.element)
    }

    private static func isGroup(_ characters: [Character], at start: Int) -> Bool {
        guard start + 3 <= characters.count else { return false }
        for offset in 0..<3 where !(characters[start + offset].isASCII && characters[start + offset].isNumber) { return false }
        return start + 3 == characters.count || !(characters[start + 3].isASCII && characters[start + 3].isNumber)
    }

    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12,
    ]

    static let words: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30,
    ]

    /// The value of a number word.
    static func wordValue(_ word: String) -> Double? {
        words[word]
    }
}
