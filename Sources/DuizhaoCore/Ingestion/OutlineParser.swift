import DuizhaoText

/// A heading found at the start of a paragraph.
struct OutlineMarker: Equatable, Sendable {
    /// The numbering tier.
    var tier: Section.Tier
    /// The numbering as written (`一、`).
    var numbering: String
    /// The number.
    var ordinal: Int
    /// Heading text range in the paragraph, in scalars.
    var headingStart: Int
    /// End of the heading text in the paragraph, in scalars.
    var headingEnd: Int
    /// True when the whole paragraph is the heading.
    var standalone: Bool
}

/// Recognizes the numbering tiers of Chinese policy documents: `第一章` → `一、` →
/// `（一）` → `1.` / `1、` → `（1）`, `第一条`, and enumerations inside paragraphs (`一是…`).
struct OutlineParser: Sendable {
    /// Creates a parser.
    init() {}

    static let headingStops: Set<Character> = ["。", "！", "？", "；", ";", "!", "?"]

    /// The outline marker at the start of `paragraph`, if any.
    func marker(in paragraph: String) -> OutlineMarker? {
        // A numbering opens with 第, a bracket, a numeral or a digit: most lines are rejected by
        // their first scalar, before any character is read.
        guard let opening = paragraph.unicodeScalars.first,
            opening == "第" || opening == "（" || opening == "(" || ("0"..."9").contains(opening)
                || ChineseNumeral.isNumeralScalar(opening)
        else { return nil }
        // The numbering is at most a few characters long: test those before reading the rest.
        guard let (tier, _, ordinal, length) = numbering(Array(paragraph.prefix(8))) else { return nil }
        let characters = Array(paragraph)
        var start = length
        while start < characters.count, characters[start] == " " || characters[start] == "\u{3000}" { start += 1 }
        let rest = characters[start...]
        guard !rest.isEmpty || tier == .article || tier == .chapter else { return nil }
        var end = characters.count
        var standalone = true
        if let stop = rest.firstIndex(where: { Self.headingStops.contains($0) }) {
            let trailing = characters[(stop + 1)...].filter { !$0.isWhitespace }
            if trailing.isEmpty && stop - start <= 40 {
                end = stop
            } else {
                end = stop
                standalone = false
            }
        } else if rest.count > 60 {
            // A long run without a sentence stop is a numbered body paragraph; its heading
            // is the first clause.
            end = rest.firstIndex(where: { $0 == "，" || $0 == "," }) ?? characters.count
            standalone = false
        }
        if tier == .article { standalone = rest.isEmpty; end = start }
        let scalarStart = String(characters[..<start]).unicodeScalars.count
        let scalarEnd = String(characters[..<end]).unicodeScalars.count
        return OutlineMarker(
            tier: tier, numbering: String(characters[..<length]), ordinal: ordinal, headingStart: scalarStart,
            headingEnd: scalarEnd, standalone: standalone)
    }

    /// Words that open an appendix line.
    static let appendixWords = ["附件", "附表", "附录"]

    /// The appendix heading `paragraph` is, if any: `附件`, `附件：1. …`, `附件1`, `附件 2 名词解释`,
    /// `附表3：…`, `附录一`, or a `名词解释` line on its own. The numbering is the word and its
    /// number (`附件2`), the heading what follows (`名词解释`, possibly empty).
    func appendixMarker(in paragraph: String) -> OutlineMarker? {
        // Cheap tests first (this runs on every paragraph): an appendix line opens with one of
        // the words, and a 名词解释 line holds 名.
        let opening =
            paragraph.unicodeScalars.first == "附" ? Self.appendixWords.first(where: { paragraph.hasPrefix($0) }) : nil
        guard opening != nil || paragraph.containsBytes("名"), paragraph.prefix(61).count <= 60 else { return nil }
        let characters = Array(paragraph)
        guard !characters.contains(where: { Self.headingStops.contains($0) }) else {
            return nil
        }
        if ["名词解释", "名词解释：", "名词解释:"].contains(FormalLines.compact(paragraph)) {
            // The heading is the line without a closing colon (lines come trimmed).
            let end = characters.last == "：" || characters.last == ":" ? characters.count - 1 : characters.count
            return OutlineMarker(
                tier: .appendix, numbering: "", ordinal: 1, headingStart: 0,
                headingEnd: String(characters[..<end]).unicodeScalars.count, standalone: true)
        }
        guard let word = opening else { return nil }
        var index = word.count
        while index < characters.count, characters[index] == " " || characters[index] == "\u{3000}" { index += 1 }
        var digits = index
        while digits < characters.count,
            characters[digits].isASCII && characters[digits].isNumber
                || ChineseNumeral.isNumeralCharacter(characters[digits])
        { digits += 1 }
        let number = String(characters[index..<digits])
        let ordinal = Int(number) ?? ChineseNumeral.value(of: number[...]) ?? 1
        var numberingEnd = digits > index ? digits : word.count
        var start = numberingEnd
        while start < characters.count, " \u{3000}：:、.．".contains(characters[start]) { start += 1 }
        // `附件下载`, `附件所列…`: the word starts a longer word, not an appendix.
        if digits == index, start == word.count, start < characters.count { return nil }
        // A list of attachments (`附件：1. …`) keeps its first item's number in the heading.
        if digits == index, start < characters.count, characters[start].isASCII && characters[start].isNumber {
            numberingEnd = word.count
        }
        let scalarStart = String(characters[..<start]).unicodeScalars.count
        return OutlineMarker(
            tier: .appendix, numbering: String(characters[..<numberingEnd]).trimmingSpaces(), ordinal: ordinal,
            headingStart: scalarStart,
            headingEnd: paragraph.unicodeScalars.count, standalone: true)
    }

    private func numbering(_ c: [Character]) -> (Section.Tier, String, Int, Int)? {
        guard let first = c.first else { return nil }
        if first == "第" {
            var index = 1
            while index < c.count, ChineseNumeral.isNumeralCharacter(c[index]) || c[index].isASCII && c[index].isNumber
            { index += 1 }
            guard index > 1, index < c.count else { return nil }
            let value = ChineseNumeral.value(of: String(c[1..<index])[...]) ?? Int(String(c[1..<index]))
            guard let value else { return nil }
            let tier: Section.Tier?
            switch c[index] {
            case "章", "编": tier = .chapter
            case "节": tier = .part
            case "条": tier = .article
            default: tier = nil
            }
            guard let tier else { return nil }
            return (tier, String(c[...index]), value, index + 1)
        }
        if first == "（" || first == "(" {
            var index = 1
            while index < c.count, ChineseNumeral.isNumeralCharacter(c[index]) { index += 1 }
            if index > 1, index < c.count, c[index] == "）" || c[index] == ")", index <= 4,
                let value = ChineseNumeral.value(of: String(c[1..<index])[...])
            {
                return (.parenthesizedNumeral, String(c[...index]), value, index + 1)
            }
            index = 1
            while index < c.count, c[index].isASCII, c[index].isNumber { index += 1 }
            if index > 1, index <= 3, index < c.count, c[index] == "）" || c[index] == ")",
                let value = Int(String(c[1..<index]))
            {
                return (.parenthesizedArabic, String(c[...index]), value, index + 1)
            }
            return nil
        }
        if ChineseNumeral.isNumeralCharacter(first) {
            var index = 0
            while index < c.count, ChineseNumeral.isNumeralCharacter(c[index]) { index += 1 }
            if index <= 3, index < c.count, c[index] == "、" || c[index] == "．",
                let value = ChineseNumeral.value(of: String(c[..<index])[...])
            {
                return (.numeral, String(c[...index]), value, index + 1)
            }
            return nil
        }
        if first.isASCII && first.isNumber {
            var index = 0
            while index < c.count, c[index].isASCII, c[index].isNumber { index += 1 }
            guard index <= 2, index < c.count, let value = Int(String(c[..<index])) else { return nil }
            let separator = c[index]
            guard separator == "." || separator == "、" || separator == "．" else { return nil }
            // "3.5亿" is a number, not a heading.
            // (Only Arabic digits: `1.三区三线` is a heading, and Character.isNumber is true for 三.)
            if index + 1 < c.count, c[index + 1].isASCII && c[index + 1].isNumber || ("０"..."９").contains(c[index + 1])
            {
                return nil
            }
            return (.arabic, String(c[...index]), value, index + 1)
        }
        return nil
    }

    /// The enumeration items (`一是`, `二是`, … `其一`) in `paragraph`, with scalar offsets
    /// relative to the paragraph. An item counts at the start of the paragraph or after a
    /// sentence or clause stop, and only when the items form a sequence starting at one.
    func enumerations(in paragraph: String) -> [(marker: String, ordinal: Int, start: Int, end: Int)] {
        // Fast rejection: an item needs a numeral directly before 是.
        var hasCandidate = false
        var previous: Unicode.Scalar = " "
        for scalar in paragraph.unicodeScalars {
            if scalar == "是" && ChineseNumeral.isNumeralScalar(previous) { hasCandidate = true; break }
            previous = scalar
        }
        guard hasCandidate else { return [] }
        let scalars = Array(paragraph.unicodeScalars)
        var found: [(String, Int, Int, Int)] = []
        var index = 0
        let stops: Set<Unicode.Scalar> = ["。", "；", ";", "，", ",", "：", ":"]
        while index < scalars.count {
            let atStart = index == 0 || stops.contains(scalars[index - 1])
            if atStart {
                var end = index
                while end < scalars.count, end - index < 3, ChineseNumeral.isNumeralCharacter(Character(scalars[end])) {
                    end += 1
                }
                if end > index, end < scalars.count, scalars[end] == "是",
                    let value = ChineseNumeral.value(of: String(scalars: scalars[index..<end])[...])
                {
                    found.append((String(scalars: scalars[index...end]), value, index, end + 1))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        // Keep only a run that counts up from 一 (or continues a count across paragraphs:
        // a paragraph starting with 二是 continues the previous one).
        guard let first = found.first, first.1 >= 1 else { return [] }
        var expected = first.1
        var result: [(String, Int, Int, Int)] = []
        for item in found where item.1 == expected {
            result.append(item)
            expected += 1
        }
        if first.2 != 0 && first.1 != 1 { return [] }
        return result.map { (marker: $0.0, ordinal: $0.1, start: $0.2, end: $0.3) }
    }
}
