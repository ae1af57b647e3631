import Foundation

/// The numbers of an English translation's sentence, strictly enough to compare them both
/// ways with the Chinese (a number the English adds is reported too, so ordinals, `one`,
/// codes, list markers and plan names are not numbers here); ``TranslationChecker`` and the
/// machine translation ``TranslationVerifier`` both read English numbers with it: numerals (`1,000`, `2.5`, `2025`), with a scale word
/// after them (`1 billion`, `10 million`, `500 thousand`, `3bn`, `2m`), percentages (`5%`,
/// `5 percent`), number words (`three`, `fifteen`, `two thousand`, `twenty-five`; `one`
/// only before a scale word; not in plan names such as `Five-Year Plan`) and month names (`March 5` gives 3 and 5, as `3月5日` does).
/// In a range (`30-50 million`, `30 to 50 million`) the scale applies to both ends.
/// Numbers inside codes (`G20`, `5G`, `COVID-19`), ordinals (`14th`) and list markers
/// opening the sentence (`1.`, `(2)`) are skipped.
public struct TranslationNumberReader: Sendable {
    /// Creates a reader.
    public init() {}

    static let units: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1000, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
        "tn": 1e12,
    ]
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// A word or numeral of the sentence, with its place.
    struct Word {
        var text: String
        var lower: String
        var start: String.Index
        var end: String.Index
        /// The numeral's value, for a word of digits.
        var numeral: Double?
        /// True when a letter or a hyphen after a letter touches it: part of a code.
        var inCode: Bool
    }

    /// The numbers of `text`, in order.
    public func numbers(in text: String) -> [StatedNumber] {
        let words = Self.words(of: text)
        var result: [StatedNumber] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            var value: Double?
            var end = index + 1
            if let numeral = word.numeral {
                guard !word.inCode, !Self.isListMarker(text, word) else { index += 1; continue }
                value = numeral
            } else if word.lower == "may" {
                // The modal verb unless a day or year follows.
                if word.text == "May", index + 1 < words.count, words[index + 1].numeral != nil {
                    value = 5
                }
            } else if let month = Self.months.firstIndex(of: word.lower), word.text.first?.isUppercase == true {
                value = Double(month + 1)
            } else if let (spelled, next) = Self.spelledNumber(words, from: index) {
                // The name of a plan (the 14th Five-Year Plan, a Three-Year Action Plan), not a
                // count: 十四五 states no 5.
                if next + 2 < words.count, words[next].text == "-", words[next + 1].lower == "year",
                    words[(next + 2)...min(next + 3, words.count - 1)].contains(where: { $0.lower.hasPrefix("plan") })
                {
                    index = next + 3
                    continue
                }
                value = spelled
                end = next
            }
            guard var found = value else { index += 1; continue }
            // Scale words after a numeral: 1 billion, 2.5 million.
            if word.numeral != nil {
                while end < words.count, let scale = Self.scales[words[end].lower] {
                    found *= scale
                    end += 1
                }
            }
            let surface = String(text[word.start..<words[end - 1].end])
            // A range whose second end carries the scale: 30-50 million, 30 to 50 million.
            if found == value, word.numeral != nil, end < words.count {
                var next = end
                if words[next].lower == "to" || words[next].text == "-" || words[next].text == "–" { next += 1 }
                if next > end, next < words.count, let second = words[next].numeral, next + 1 < words.count,
                    let scale = Self.scales[words[next + 1].lower]
                {
                    result.append(StatedNumber(text: surface, value: found * scale))
                    result.append(
                        StatedNumber(text: String(text[words[next].start..<words[next + 1].end]), value: second * scale)
                    )
                    index = next + 2
                    continue
                }
            }
            result.append(StatedNumber(text: surface, value: found))
            index = end
        }
        return result
    }

    /// True for a numeral of one or two digits opening the sentence as a list marker (`1.`,
    /// `(2)`, `3)`).
    static func isListMarker(_ text: String, _ word: Word) -> Bool {
        let before = text[text.startIndex..<word.start].trimmingCharacters(in: .whitespaces)
        guard before.isEmpty || before == "(", word.end < text.endIndex, word.text.count <= 2 else { return false }
        let after = text[word.end]
        return before == "(" ? after == ")" : (after == "." || after == ")")
    }

    /// A spelled-out number starting at `index` (`two thousand`, `twenty-five`, `one
    /// billion`), with the index after it.
    static func spelledNumber(_ words: [Word], from index: Int) -> (Double, Int)? {
        var total = 0.0, current = 0.0
        var position = index
        var sawUnit = false
        while position < words.count {
            let lower = words[position].lower
            if let unit = units[lower] {
                current += unit
                sawUnit = true
            } else if lower == "one", position + 1 < words.count, scales[words[position + 1].lower] != nil {
                current += 1
                sawUnit = true
            } else if sawUnit, let scale = scales[lower], lower.count > 2 {
                if scale == 100 { current *= 100 } else { total += current * scale; current = 0 }
            } else if sawUnit, lower == "and", position + 1 < words.count, units[words[position + 1].lower] != nil {
                // two hundred and fifty
            } else {
                break
            }
            position += 1
        }
        guard sawUnit else { return nil }
        return (total + current, position)
    }

    /// The words and numerals of `text`: letters runs, digit runs (with thousands commas and
    /// a decimal point), and `-`, `–` and `%` on their own.
    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNumber, character.isASCII {
                let start = index
                var digits = ""
                while index < text.endIndex {
                    let c = text[index]
                    if c.isASCII, c.isNumber {
                        digits.append(c)
                    } else if c == ",", let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex),
                        Self.threeDigitsFollow(text, next)
                    {
                        // thousands separator
                    } else if c == ".", !digits.contains("."),
                        let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
                        text[next].isASCII, text[next].isNumber
                    {
                        digits.append(".")
                    } else {
                        break
                    }
                    index = text.index(after: index)
                }
                let before = start > text.startIndex ? text[text.index(before: start)] : " "
                let beforeHyphenLetter: Bool = {
                    guard before == "-", start > text.index(after: text.startIndex) else { return false }
                    return text[text.index(start, offsetBy: -2)].isLetter
                }()
                var inCode = before.isLetter || beforeHyphenLetter
                if index < text.endIndex, text[index].isLetter {
                    // 5G, 14th; but 3bn, 2m keep their scale as a word of their own.
                    var letters = ""
                    var probe = index
                    while probe < text.endIndex, text[probe].isLetter {
                        letters.append(text[probe]); probe = text.index(after: probe)
                    }
                    let scale = letters == "m" ? "million" : letters.lowercased()
                    if scales[scale] != nil, letters.count <= 2 {
                        words.append(
                            Word(
                                text: String(text[start..<index]), lower: digits, start: start, end: index,
                                numeral: Double(digits), inCode: false))
                        words.append(
                            Word(text: letters, lower: scale, start: index, end: probe, numeral: nil, inCode: false))
                        index = probe
                        continue
                    }
                    inCode = true
                }
                words.append(
                    Word(
                        text: String(text[start..<index]), lower: digits, start: start, end: index,
                        numeral: Double(digits), inCode: inCode))
            } else if character.isLetter {
                let start = index
                while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
                let word = String(text[start..<index])
                words.append(
                    Word(text: word, lower: word.lowercased(), start: start, end: index, numeral: nil, inCode: false))
            } else if character == "-" || character == "–" || character == "%" {
                let next = text.index(after: index)
                words.append(
                    Word(
                        text: String(character), lower: String(character), start: index, end: next, numeral: nil,
                        inCode: false))
                index = next
            } else {
                index = text.index(after: index)
            }
        }
        // Hyphenated number words (twenty-five) read as two words: drop the hyphen between them.
        return words.enumerated().filter { position, word in
            guard word.text == "-", position > 0, position + 1 < words.count else { return true }
            return !(units[words[position - 1].lower] != nil && units[words[position + 1].lower] != nil)
        }.map(\.element)
    }

    static func threeDigitsFollow(_ text: String, _ index: String.Index) -> Bool {
        var probe = index
        for _ in 0..<3 {
            guard probe < text.endIndex, text[probe].isASCII, text[probe].isNumber else { return false }
            probe = text.index(after: probe)
        }
        return probe == text.endIndex || !(text[probe].isASCII && text[probe].isNumber)
    }
}
