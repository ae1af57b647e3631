import DuizhaoText

/// Finds the stretches of a sentence that have fixed English: the heading number a line
/// starts with (by tier: 一、→ I., （一）→ (1), 1. → 1., （1）→ (a)), list openers (一是 →
/// First,), dates (2026年1月25日 → January 25, 2026), document numbers (国办发〔2022〕35号 →
/// Guo Ban Fa [2022] No. 35), ordinals (第十四届 → 14th) and the phrases of the formula table
/// (whole phrases, at token boundaries).
struct LinePhraseFinder: Sendable {
    var formulas: FormulaTable

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let firsts = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
    /// The brackets a document number's year opens with (国发〔2021〕).
    static let openBrackets: Set<Unicode.Scalar> = ["〔", "[", "（", "(", "【"]
    /// Characters that never belong to a document number's prefix (国发 in 依据国发〔…〕).
    static let prefixStops: Set<Unicode.Scalar> = [
        "的", "和", "与", "及", "据", "照", "按", "即", "见", "于", "在", "为", "由", "是", "了", "《", "》",
    ]

    /// The phrases of `sentence`, in text order, not overlapping.
    func phrases(in sentence: AnnotatedSentence) -> [LinePhrase] {
        let scalars = Array(sentence.text.unicodeScalars)
        let offset = sentence.span.start
        // Token edges, by offset in the sentence.
        var starts = [Bool](repeating: false, count: scalars.count + 1)
        var ends = [Bool](repeating: false, count: scalars.count + 1)
        var terms: [Range<Int>] = []
        for token in sentence.tokens {
            if starts.indices.contains(token.span.start - offset) { starts[token.span.start - offset] = true }
            if ends.indices.contains(token.span.end - offset) { ends[token.span.end - offset] = true }
            if token.kind == .term { terms.append((token.span.start - offset)..<(token.span.end - offset)) }
        }
        var result: [LinePhrase] = []
        func add(_ start: Int, _ end: Int, _ english: String, _ kind: LinePhrase.Kind) {
            result.append(
                LinePhrase(span: TextSpan(start: start + offset, end: end + offset), english: english, kind: kind))
        }
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{3000}" { index += 1 }
        if let (end, english, kind) = Self.headingNumber(scalars, at: index) {
            add(index, end, english, kind)
            index = end
        }
        // A document number needs an opening bracket: most sentences have none.
        let bracketed = scalars.contains(where: Self.openBrackets.contains)
        while index < scalars.count {
            if let (end, english) = Self.date(scalars, at: index) {
                add(index, end, english, .date)
                index = end
            } else if bracketed, let (end, english) = Self.documentNumber(scalars, at: index) {
                add(index, end, english, .documentNumber)
                index = end
            } else if let (end, english) = Self.ordinal(scalars, at: index) {
                add(index, end, english, .ordinal)
                index = end
            } else if starts[index], let formula = formulas.longestMatch(in: scalars, at: index, ends: ends),
                Self.fits(
                    formula, at: index, in: scalars,
                    lineStart: result.last.map { $0.kind == .headingNumber && $0.span.end - offset == index }
                        ?? (index == 0)),
                !terms.contains(where: { $0.overlaps(index..<(index + formula.chinese.unicodeScalars.count)) })
            {
                // Glossary terms keep their rendering: a formula never covers one.
                let end = index + formula.chinese.unicodeScalars.count
                add(index, end, formula.english, .formula)
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Document types and issuers are for titles, not running text (提出意见 is not "put
    /// forward Opinions"); a standard heading is one only where it starts or ends the line.
    static func fits(
        _ formula: FormulaTable.Formula, at index: Int, in scalars: [Unicode.Scalar], lineStart: Bool
    ) -> Bool {
        switch formula.kind {
        case .documentType, .issuer: return false
        case .addressee, .closing, .phrase: return true
        case .heading:
            if lineStart { return true }
            let rest = scalars[(index + formula.chinese.unicodeScalars.count)...]
            return rest.allSatisfy { $0.properties.isWhitespace || Character($0).isPunctuation }
        }
    }

    // MARK: Numbers

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : Int(scalar.value - 0xFF10)
    }

    /// An Arabic or Chinese number at `index`: its value and end.
    static func number(
        _ scalars: [Unicode.Scalar], at index: Int, chinese: Bool = true, maxLength: Int = 6
    ) -> (value: Int, end: Int)? {
        var end = index
        if end < scalars.count, isDigit(scalars[end]) {
            var value = 0
            while end < scalars.count, isDigit(scalars[end]), end - index < maxLength {
                value = value * 10 + digitValue(scalars[end]); end += 1
            }
            return (value, end)
        }
        guard chinese else { return nil }
        while end < scalars.count, ChineseNumeral.isNumeralScalar(scalars[end]), end - index < maxLength { end += 1 }
        guard end > index,
            let value = ChineseNumeral.value(of: Substring(String(scalars: scalars[index..<end])))
        else { return nil }
        return (value, end)
    }

    /// A year written with four digits, Arabic (2026) or Chinese (二〇二六).
    static func year(_ scalars: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        guard index + 4 <= scalars.count else { return nil }
        if (index..<(index + 4)).allSatisfy({ isDigit(scalars[$0]) }) {
            if index + 4 < scalars.count, isDigit(scalars[index + 4]) { return nil }
            return ((index..<(index + 4)).reduce(0) { $0 * 10 + digitValue(scalars[$1]) }, index + 4)
        }
        var value = 0
        for position in index..<(index + 4) {
            guard let digit = ChineseNumeral.yearDigit(scalars[position]) else { return nil }
            value = value * 10 + digit
        }
        return value >= 1000 ? (value, index + 4) : nil
    }

    static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value, text = ""
        for (amount, letters) in table { while rest >= amount { text += letters; rest -= amount } }
        return text
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 21st.
    static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 100, value % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }

    // MARK: Patterns

    /// A heading number or list opener at the start of a line.
    static func headingNumber(
        _ scalars: [Unicode.Scalar], at index: Int
    ) -> (end: Int, english: String, kind: LinePhrase.Kind)? {
        guard index < scalars.count else { return nil }
        let open = scalars[index]
        if open == "（" || open == "(" {
            if let (value, end) = number(scalars, at: index + 1, maxLength: 3), end < scalars.count,
                scalars[end] == "）" || scalars[end] == ")", value > 0
            {
                if isDigit(scalars[index + 1]) {
                    guard value <= 26, let letter = Unicode.Scalar(0x60 + UInt32(value)) else { return nil }
                    return (end + 1, "(\(Character(letter)))", .headingNumber)
                }
                return (end + 1, "(\(value))", .headingNumber)
            }
            return nil
        }
        if open == "第", let (value, end) = number(scalars, at: index + 1, maxLength: 4), end < scalars.count {
            let units: [Unicode.Scalar: String] = ["章": "Chapter", "节": "Section", "条": "Article", "编": "Part"]
            if let word = units[scalars[end]] {
                return (end + 1, "\(word) \(scalars[end] == "条" ? String(value) : roman(value))", .headingNumber)
            }
            return nil
        }
        guard let (value, end) = number(scalars, at: index, maxLength: 4), value > 0, end < scalars.count else {
            return nil
        }
        let mark = scalars[end]
        if isDigit(open) {
            if mark == "、" || mark == "．" || (mark == "." && !(end + 1 < scalars.count && isDigit(scalars[end + 1]))) {
                return (end + 1, "\(value).", .headingNumber)
            }
            return nil
        }
        if mark == "、" { return (end + 1, "\(roman(value)).", .headingNumber) }
        if mark == "是", value <= firsts.count { return (end + 1, "\(firsts[value - 1]),", .enumerator) }
        return nil
    }

    /// A date: year, month and day; year and month; or month and day.
    static func date(_ scalars: [Unicode.Scalar], at index: Int) -> (end: Int, english: String)? {
        // Every date starts with a digit or a Chinese numeral (a year's ○ among them).
        let first = scalars[index]
        guard isDigit(first) || first == "○" || ChineseNumeral.isNumeralScalar(first) else { return nil }
        func mark(_ position: Int, _ scalar: Unicode.Scalar) -> Bool {
            position < scalars.count && scalars[position] == scalar
        }
        if let (year, afterYear) = year(scalars, at: index), mark(afterYear, "年") {
            guard let (month, afterMonth) = number(scalars, at: afterYear + 1, maxLength: 3), (1...12).contains(month),
                mark(afterMonth, "月")
            else { return nil }
            if let (day, afterDay) = number(scalars, at: afterMonth + 1, maxLength: 3), (1...31).contains(day),
                mark(afterDay, "日") || mark(afterDay, "号")
            {
                return (afterDay + 1, "\(months[month - 1]) \(day), \(year)")
            }
            return (afterMonth + 1, "\(months[month - 1]) \(year)")
        }
        if index > 0, isDigit(scalars[index - 1]) || ChineseNumeral.isNumeralScalar(scalars[index - 1]) { return nil }
        if let (month, afterMonth) = number(scalars, at: index, maxLength: 3), (1...12).contains(month),
            mark(afterMonth, "月"),
            let (day, afterDay) = number(scalars, at: afterMonth + 1, maxLength: 3), (1...31).contains(day),
            mark(afterDay, "日")
        {
            return (afterDay + 1, "\(months[month - 1]) \(day)")
        }
        return nil
    }

    /// A document number: a prefix of Chinese characters (国办发), the year in brackets, the
    /// number and 号. The prefix is written in pinyin, a syllable a word, as official
    /// translations do.
    static func documentNumber(_ scalars: [Unicode.Scalar], at index: Int) -> (end: Int, english: String)? {
        var bracket = index
        while bracket < scalars.count, bracket - index < 6, scalars[bracket].isHan,
            !prefixStops.contains(scalars[bracket])
        { bracket += 1 }
        guard bracket > index, bracket < scalars.count, openBrackets.contains(scalars[bracket]) else {
            return nil
        }
        guard let (year, afterYear) = year(scalars, at: bracket + 1), afterYear < scalars.count,
            "〕]）)】".unicodeScalars.contains(scalars[afterYear]),
            let (number, afterNumber) = number(scalars, at: afterYear + 1, chinese: false, maxLength: 5),
            afterNumber < scalars.count, scalars[afterNumber] == "号"
        else { return nil }
        let prefix = String(scalars: scalars[index..<bracket])
        let syllables = prefix.unicodeScalars.map { scalar -> String in
            let reading = HanPinyin.reading(of: scalar).map(PinyinTranscriber.stripTones) ?? String(scalar)
            return reading.prefix(1).uppercased() + reading.dropFirst()
        }
        return (afterNumber + 1, "\(syllables.joined(separator: " ")) [\(year)] No. \(number)")
    }

    /// 第 and a number, with the measure word that usually follows (届, 次, 个, 批, 期).
    static func ordinal(_ scalars: [Unicode.Scalar], at index: Int) -> (end: Int, english: String)? {
        guard scalars[index] == "第", let (value, end) = number(scalars, at: index + 1, maxLength: 4), value > 0 else {
            return nil
        }
        let measures: Set<Unicode.Scalar> = ["届", "次", "个", "批", "期", "轮", "项", "位", "名"]
        let last = end < scalars.count && measures.contains(scalars[end]) ? end + 1 : end
        return (last, ordinal(value))
    }
}
