import DuizhaoText
import Foundation

/// Finds the quantities a Chinese policy text commits to: amounts of money (`10亿元`),
/// percentages (`50%`, `3个百分点`), years (`到2025年`), ages (`45岁以下`), counts
/// (`100个`, `1000家`), durations (`3年内`), measures (`10平方公里`) and large bare numbers
/// (`2.5亿`), with 十/百/千/万/亿 multipliers, ranges (`3000万至5000万元`), bounds (最高,
/// 不少于, 以上, 以下, 左右) and per-year rates (每年, 年均, `/年`), and writes each in English.
///
/// Arabic numerals are read anywhere; Chinese numerals only where a unit makes them a
/// quantity (money, ages, percentages, 万/亿 amounts, counts of ten or more), so that
/// `一是` or `一批` are not taken for quantities. Numbers after 第 are ordinals and skipped.
/// Chinese 以上/以下 usually include the number itself; the English follows the usual
/// translation (`over`, `under`).
struct QuantityExtractor: Sendable {
    /// Creates an extractor.
    init() {}

    /// The quantities in `text`, in order; spans are scalar offsets plus `offset` (pass the
    /// sentence's start to get document offsets).
    func quantities(in text: String, offset: Int = 0) -> [Quantity] {
        let scanner = QuantityScanner(Array(text.unicodeScalars))
        var result: [Quantity] = []
        var index = 0
        while index < scanner.count {
            if scanner.startsNumber(at: index) {
                if let found = scanner.quantity(at: index) {
                    var quantity = found.quantity
                    quantity.span = TextSpan(start: quantity.span.start + offset, end: quantity.span.end + offset)
                    result.append(quantity)
                    index = max(found.end, index + 1)
                } else {
                    index = scanner.endOfNumberRun(from: index)
                }
            } else {
                index += 1
            }
        }
        return result
    }

    /// Writes an amount in English words for large values (`1 billion`, `250 million`) and
    /// with thousands separators otherwise (`15,000`, `2.5`).
    static func englishAmount(_ value: Decimal) -> String {
        if let (scaled, word) = scale(value) { return "\(plain(scaled)) \(word)" }
        return grouped(value)
    }

    /// A range in English, sharing the scale word when both ends have it (`30–50 million`).
    static func englishRange(_ low: Decimal, _ high: Decimal?) -> String {
        guard let high else { return englishAmount(low) }
        if let (lowScaled, lowWord) = scale(low), let (highScaled, highWord) = scale(high), lowWord == highWord {
            return "\(plain(lowScaled))–\(plain(highScaled)) \(lowWord)"
        }
        if scale(low) == nil, scale(high) == nil { return "\(grouped(low))–\(grouped(high))" }
        return "\(englishAmount(low))–\(englishAmount(high))"
    }

    private static let scales: [(Decimal, String)] = [
        (Decimal(string: "1000000000000")!, "trillion"), (Decimal(1_000_000_000), "billion"),
        (Decimal(1_000_000), "million"),
    ]

    /// The value in a scale word when it reads well there (at most three decimals).
    private static func scale(_ value: Decimal) -> (Decimal, String)? {
        for (divisor, word) in scales where value >= divisor {
            let scaled = value / divisor
            var rounded = Decimal()
            var copy = scaled
            NSDecimalRound(&rounded, &copy, 3, .plain)
            return rounded == scaled ? (scaled, word) : nil
        }
        return nil
    }

    private static func plain(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).stringValue
    }

    private static func grouped(_ value: Decimal) -> String {
        let text = plain(value)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var negative = false
        if integer.hasPrefix("-") { negative = true; integer.removeFirst() }
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        var result = (negative ? "-" : "") + groups.joined(separator: ",")
        if parts.count > 1 { result += "." + parts[1] }
        return result
    }
}

/// The scanning behind ``QuantityExtractor``, over a text's scalars.
struct QuantityScanner {
    let s: [Unicode.Scalar]
    var count: Int { s.count }

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    // MARK: Characters

    func arabicDigit(_ index: Int) -> Int? {
        guard index >= 0, index < s.count else { return nil }
        switch s[index].value {
        case 0x30...0x39: return Int(s[index].value - 0x30)
        case 0xFF10...0xFF19: return Int(s[index].value - 0xFF10)
        default: return nil
        }
    }

    func isChineseNumeral(_ index: Int) -> Bool {
        guard index >= 0, index < s.count else { return false }
        return ChineseNumeral.isNumeralScalar(s[index])
    }

    func isLetter(_ index: Int) -> Bool {
        guard index >= 0, index < s.count else { return false }
        let value = s[index].value
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0xFF21...0xFF3A).contains(value)
            || (0xFF41...0xFF5A).contains(value)
    }

    /// True when `word` stands at `index`.
    func has(_ word: String, at index: Int) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < s.count, position >= 0, s[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// The first of `words` standing at `index` (list longer words first).
    func first(of words: [String], at index: Int) -> String? {
        words.first { has($0, at: index) }
    }

    /// The first of `words` ending just before `index`.
    func first(of words: [String], endingAt index: Int) -> String? {
        words.first { word in
            let length = word.unicodeScalars.count
            return index - length >= 0 && has(word, at: index - length)
        }
    }

    /// True where a number starts: a digit not inside a code (`G20`), or the start of a
    /// run of Chinese numerals, or 百分之.
    func startsNumber(at index: Int) -> Bool {
        if arabicDigit(index) != nil {
            return arabicDigit(index - 1) == nil && !isLetter(index - 1)
                && !(index > 0 && (s[index - 1] == "." || s[index - 1] == "．"))
        }
        if has("百分之", at: index) { return true }
        return isChineseNumeral(index) && !isChineseNumeral(index - 1)
    }

    func endOfNumberRun(from index: Int) -> Int {
        var end = index + 1
        while end < s.count, arabicDigit(end) != nil || isChineseNumeral(end) || s[end] == "." || s[end] == "," {
            end += 1
        }
        return end
    }

    // MARK: Numbers

    struct Number {
        var value: Decimal
        var start: Int
        var end: Int
        var chinese: Bool
        var multiplier: Decimal = 1
        var integerDigits: Int = 0
        var isInteger: Bool = true
        var more = false
    }

    /// Units that start with a multiplier character and must not be read as one.
    static let multiplierLookalikes = ["千瓦时", "千瓦", "千米", "千克", "百分点"]

    func number(at index: Int, allowChinese: Bool = true) -> Number? {
        var number: Number
        if arabicDigit(index) != nil {
            var digits = ""
            var position = index
            var integerDigits = 0
            while let digit = arabicDigit(position) {
                digits += String(digit)
                integerDigits += 1
                position += 1
                // Thousands separators: a comma followed by exactly three digits.
                if position < s.count, s[position] == ",", arabicDigit(position + 1) != nil,
                    arabicDigit(position + 2) != nil,
                    arabicDigit(position + 3) != nil, arabicDigit(position + 4) == nil
                {
                    position += 1
                }
            }
            var isInteger = true
            if position < s.count, s[position] == "." || s[position] == "．", arabicDigit(position + 1) != nil {
                digits += "."
                position += 1
                isInteger = false
                while let digit = arabicDigit(position) {
                    digits += String(digit)
                    position += 1
                }
            }
            guard let value = Decimal(string: digits) else { return nil }
            number = Number(
                value: value, start: index, end: position, chinese: false, integerDigits: integerDigits,
                isInteger: isInteger)
        } else if allowChinese, isChineseNumeral(index) {
            var position = index
            var total = 0
            var current = 0
            while position < s.count {
                if Self.multiplierLookalikes.contains(where: { has($0, at: position) }) { break }
                if let digit = ChineseNumeral.digit(s[position]) {
                    current = digit
                } else if let unit = ChineseNumeral.unit(s[position]) {
                    total += (current == 0 ? 1 : current) * unit
                    current = 0
                } else {
                    break
                }
                position += 1
            }
            guard position > index else { return nil }
            number = Number(value: Decimal(total + current), start: index, end: position, chinese: true)
        } else {
            return nil
        }
        // 多 / 余 between the number and its multiplier or unit: 100多个, 1000余万元.
        if number.end < s.count, s[number.end] == "多" || s[number.end] == "余" {
            number.more = true
            number.end += 1
        }
        while number.end < s.count {
            if Self.multiplierLookalikes.contains(where: { has($0, at: number.end) }) { break }
            let factor: Decimal
            switch s[number.end] {
            case "百" where !number.chinese: factor = 100
            case "千" where !number.chinese: factor = 1000
            case "万": factor = 10_000
            case "亿": factor = 100_000_000
            default: factor = 0
            }
            if factor == 0 { break }
            number.multiplier *= factor
            number.end += 1
        }
        if !number.more, number.end < s.count, number.multiplier != 1, s[number.end] == "多" || s[number.end] == "余" {
            number.more = true
            number.end += 1
        }
        number.value *= number.multiplier
        return number
    }

    // MARK: Units

    enum UnitKind {
        case money(String)
        case percent
        case percentagePoints
        case age
        case year
        case duration(singular: String, plural: String)
        case measure(String)
        case count(String?)
    }

    static let units: [(String, UnitKind)] = [
        ("个百分点", .percentagePoints), ("百分点", .percentagePoints), ("%", .percent), ("％", .percent),
        ("元人民币", .money("RMB")), ("美元", .money("USD")), ("港元", .money("HKD")), ("港币", .money("HKD")),
        ("欧元", .money("EUR")), ("日元", .money("JPY")), ("元", .money("RMB")),
        ("周岁", .age), ("岁", .age),
        ("个工作日", .duration(singular: "working day", plural: "working days")),
        ("工作日", .duration(singular: "working day", plural: "working days")),
        ("个月", .duration(singular: "month", plural: "months")), ("小时", .duration(singular: "hour", plural: "hours")),
        ("天", .duration(singular: "day", plural: "days")), ("年", .year),
        ("平方公里", .measure("km²")), ("平方千米", .measure("km²")), ("平方米", .measure("m²")), ("公顷", .measure("hectares")),
        ("亩", .measure("mu")), ("公里", .measure("km")), ("千米", .measure("km")), ("千瓦时", .measure("kWh")),
        ("千瓦", .measure("kW")),
        ("兆瓦", .measure("MW")), ("吨", .measure("tonnes")), ("倍", .measure("times")),
        ("个", .count(nil)), ("家", .count("organizations")), ("名", .count("people")), ("人次", .count("person-times")),
        ("人", .count("people")),
        ("位", .count("people")), ("项", .count("items")), ("所", .count("institutions")), ("批", .count("batches")),
        ("座", .count("sites")),
        ("支", .count("teams")), ("次", .count("times")), ("件", .count("items")), ("篇", .count("articles")),
        ("套", .count("sets")),
        ("台", .count("units")), ("户", .count("households")), ("种", .count("kinds")), ("类", .count("categories")),
        ("条", .count("items")),
    ]

    static let rangeConnectors = ["至", "到", "-", "－", "—", "–", "~", "～", "〜"]
    static let prefixBounds: [(String, Quantity.Bound)] = [
        ("不超过", .upTo), ("不高于", .upTo), ("最高", .upTo), ("最多", .upTo), ("高达", .upTo), ("至多", .upTo),
        ("不少于", .atLeast), ("不低于", .atLeast), ("至少", .atLeast), ("超过", .over), ("逾", .over),
        ("大约", .about), ("约为", .about), ("约", .about), ("近", .about),
    ]
    static let yearPrefixes = ["截止到", "截至", "截止", "到", "至"]
    static let suffixBounds: [(String, Quantity.Bound)] = [
        ("及以上", .orMore), ("及以下", .orLess), ("以上", .over), ("以下", .under), ("以内", .within), ("之内", .within),
        ("左右", .about),
    ]
    static let clauseStops: Set<Unicode.Scalar> = ["，", "。", "；", "！", "？", "\n", ",", ";", "：", ":"]

    // MARK: Quantities

    func quantity(at index: Int) -> (quantity: Quantity, end: Int)? {
        if arabicDigit(index) != nil, index > 0, s[index - 1] == "第" { return nil }
        if isChineseNumeral(index), index > 0, s[index - 1] == "第" { return nil }
        // 百分之五十, 百分之2.5
        if has("百分之", at: index) {
            guard let number = number(at: index + 3) else { return nil }
            return finish(start: index, low: number, high: nil, unit: .percent, unitText: "%", unitEnd: number.end)
        }
        guard var low = number(at: index) else { return nil }
        var high: Number?
        var end = low.end
        if let connector = Self.rangeConnectors.first(where: { has($0, at: end) }) {
            let next = end + connector.unicodeScalars.count
            if let second = number(at: next), second.chinese == low.chinese {
                if low.multiplier == 1, second.multiplier != 1 {
                    low.value *= second.multiplier
                    low.multiplier = second.multiplier
                }
                high = second
                end = second.end
            }
        }
        let last = high ?? low
        // 人民币10亿 without 元.
        let renminbiBefore = first(of: ["人民币"], endingAt: index) != nil
        if let (text, kind) = Self.units.first(where: { has($0.0, at: end) }) {
            var unitEnd = end + text.unicodeScalars.count
            // The unit repeated after a range's second number: 10%～20%, 3000万元至5000万元.
            if high == nil, let connector = Self.rangeConnectors.first(where: { has($0, at: unitEnd) }) {
                let next = unitEnd + connector.unicodeScalars.count
                if let second = number(at: next), second.chinese == low.chinese, has(text, at: second.end) {
                    high = second
                    unitEnd = second.end + text.unicodeScalars.count
                }
            }
            return finish(start: index, low: low, high: high, unit: kind, unitText: text, unitEnd: unitEnd)
        }
        if renminbiBefore && last.multiplier != 1 {
            return finish(start: index, low: low, high: high, unit: .money("RMB"), unitText: nil, unitEnd: end)
        }
        if last.multiplier != 1 {
            return finish(start: index, low: low, high: high, unit: nil, unitText: nil, unitEnd: end)
        }
        return nil
    }

    private func finish(
        start: Int, low: Number, high: Number?, unit: UnitKind?, unitText: String?, unitEnd: Int
    ) -> (quantity: Quantity, end: Int)? {
        let multiplied = low.multiplier != 1 || (high?.multiplier ?? 1) != 1
        var kind: Quantity.Kind
        switch unit {
        case .money: kind = .money
        case .percent, .percentagePoints: kind = .percent
        case .age: kind = .age
        case .year:
            let isYear =
                !low.chinese && !multiplied && low.isInteger && low.integerDigits == 4 && low.value >= 1900
                && low.value < 2200
                && (high.map { $0.isInteger && $0.integerDigits == 4 } ?? true)
            if isYear {
                kind = .year
            } else {
                if low.chinese { return nil }
                kind = .duration
            }
        case .duration:
            if low.chinese { return nil }
            kind = .duration
        case .measure: kind = .measure
        case .count:
            if low.chinese && low.value < 10 && !multiplied { return nil }
            kind = .count
        case nil: kind = .number
        }
        if kind == .year, unitEnd < s.count, s[unitEnd] == "级" || s[unitEnd] == "代" { return nil }

        var spanStart = start
        var end = unitEnd
        var bound: Quantity.Bound?
        var endOfYear = false
        if kind == .year {
            if let word = first(of: ["底", "末"], at: end) {
                endOfYear = true
                end += word.unicodeScalars.count
            }
            if let word = first(of: Self.yearPrefixes, endingAt: start) {
                spanStart = start - word.unicodeScalars.count
                bound = endOfYear ? .byEnd : .by
            } else if let word = first(of: ["以前", "之前", "前"], at: end) {
                end += word.unicodeScalars.count
                bound = endOfYear ? .byEnd : .by
            } else if let word = first(of: ["以来", "开始", "起"], at: end) {
                end += word.unicodeScalars.count
                bound = .since
            }
            if bound == .since, let word = first(of: ["从", "自"], endingAt: start) {
                spanStart = start - word.unicodeScalars.count
            }
        } else {
            if let (word, found) = Self.prefixBounds.first(where: { first(of: [$0.0], endingAt: start) != nil }) {
                spanStart = start - word.unicodeScalars.count
                bound = found
            }
            if let (word, found) = Self.suffixBounds.first(where: { has($0.0, at: end) }) {
                end += word.unicodeScalars.count
                if bound == nil { bound = found }
            } else if kind == .duration, has("内", at: end) {
                end += 1
                if bound == nil { bound = .within }
            }
            if bound == nil, low.more || (high?.more ?? false) { bound = .over }
        }
        if kind == .money, spanStart == start, let word = first(of: ["人民币"], endingAt: start) {
            spanStart = start - word.unicodeScalars.count
        }
        var perYear = false
        if kind == .money || kind == .count || kind == .measure || kind == .number || kind == .percent {
            if first(of: ["/年", "每年"], at: end) != nil {
                end += 2
                perYear = true
            } else {
                var position = spanStart
                while position > 0, spanStart - position < 12, !Self.clauseStops.contains(s[position - 1]) {
                    position -= 1
                    if has("每年", at: position) || has("年均", at: position) {
                        perYear = true
                        break
                    }
                }
            }
        }

        let lowValue = low.value
        let highValue = high?.value
        var english: String
        switch unit {
        case .money(let currency)?:
            english = "\(currency) \(QuantityExtractor.englishRange(lowValue, highValue))"
        case .percent?:
            english = "\(QuantityExtractor.englishRange(lowValue, highValue))%"
        case .percentagePoints?:
            let one = highValue == nil && lowValue == 1
            english = "\(QuantityExtractor.englishRange(lowValue, highValue)) percentage point\(one ? "" : "s")"
        case .age?:
            english = QuantityExtractor.englishRange(lowValue, highValue)
        case .year?:
            if kind == .year {
                english =
                    QuantityExtractor.plainYear(lowValue)
                    + (highValue.map { "–" + QuantityExtractor.plainYear($0) } ?? "")
                if endOfYear { english = "end-" + english }
            } else {
                let one = highValue == nil && lowValue == 1
                english = "\(QuantityExtractor.englishRange(lowValue, highValue)) year\(one ? "" : "s")"
            }
        case .duration(let singular, let plural)?:
            let one = highValue == nil && lowValue == 1
            english = "\(QuantityExtractor.englishRange(lowValue, highValue)) \(one ? singular : plural)"
        case .measure(let measure)?:
            english = "\(QuantityExtractor.englishRange(lowValue, highValue)) \(measure)"
        case .count(let noun)?:
            english = QuantityExtractor.englishRange(lowValue, highValue) + (noun.map { " " + $0 } ?? "")
        case nil:
            english = QuantityExtractor.englishRange(lowValue, highValue)
        }
        if kind == .age, bound == nil { english = "aged " + english }
        switch bound {
        case .upTo?: english = "up to " + english
        case .atLeast?: english = "at least " + english
        case .over?: english = "over " + english
        case .under?: english = "under " + english
        case .about?: english = "about " + english
        case .within?: english = "within " + english
        case .by?, .byEnd?: english = "by " + english
        case .since?: english = "since " + english
        case .orMore?: english += kind == .age ? " and over" : " or more"
        case .orLess?: english += kind == .age ? " and under" : " or less"
        case nil: break
        }
        if perYear { english += " a year" }

        let surface = String(scalars: s[spanStart..<end])
        let quantity = Quantity(
            surface: surface, span: TextSpan(start: spanStart, end: end), kind: kind,
            value: NSDecimalNumber(decimal: lowValue).doubleValue,
            upperValue: highValue.map { NSDecimalNumber(decimal: $0).doubleValue },
            unit: unitText, bound: bound, perYear: perYear, english: english)
        return (quantity, end)
    }
}

extension QuantityExtractor {
    static func plainYear(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).stringValue }
}
