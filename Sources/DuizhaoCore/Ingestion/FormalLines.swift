import DuizhaoText
import Foundation

/// Recognizers for the formal lines of Chinese policy documents and reports: the subtitle
/// naming an occasion (`——2026年1月25日在……会议上`), the speaker line (`××省人民政府省长 王某某`),
/// the document number (`国发〔2021〕7号`), the addressees (`各省、自治区、直辖市人民政府：`),
/// the closing issuer and date, and the release note (`（此件公开发布）`).
enum FormalLines {
    /// Role words that end a speaker's title.
    static let roles = [
        "代省长", "代市长", "省长", "市长", "区长", "县长", "州长", "盟长", "旗长", "自治区主席", "主席", "总理", "副总理", "书记", "主任", "部长", "局长",
        "厅长",
        "院长", "检察长", "秘书长", "委员",
    ]
    /// How the names of issuing bodies end.
    static let issuerEndings = [
        "国务院", "办公厅", "人民政府", "委员会", "办公室", "中央", "总局", "总署", "部", "局", "厅", "院", "署", "委", "会", "中心", "银行", "政府",
    ]

    /// `text` without any spaces (ASCII, full-width, no-break), for comparing lines written
    /// with different spacing (`标　　题`, `习　近　平`).
    static func compact<Text: StringProtocol>(_ text: Text) -> String {
        String(text.filter { !$0.isWhitespace && $0 != "\u{3000}" })
    }

    /// A subtitle: the text without its leading dashes, the occasion (`在……上`) and its date.
    static func subtitle(_ line: String) -> (text: String, occasion: String?, date: String?)? {
        guard line.hasPrefix("—") || line.hasPrefix("--") || line.hasPrefix("－－") || line.hasPrefix("——") else {
            return nil
        }
        let text = String(line.drop { "—-－ \u{3000}".contains($0) }).trimmingSpaces()
        guard !text.isEmpty, text.count <= 100 else { return nil }
        var occasion: String?
        if let at = text.range(of: "在"), let on = text.range(of: "上", options: .backwards),
            at.upperBound < on.lowerBound
        {
            occasion = String(text[at.upperBound..<on.lowerBound]).trimmingSpaces()
        }
        return (text, occasion, BylineParser.isoDate(in: text) ?? chineseDate(in: text))
    }

    /// A speaker line: the role (`××省人民政府省长`) and the name (`王某某`).
    static func speaker(_ line: String) -> (role: String, name: String)? {
        guard line.count <= 50, !line.contains(where: { "。，；：:！？".contains($0) }) else { return nil }
        for role in roles {
            guard let range = line.range(of: role, options: .backwards) else { continue }
            let name = compact(line[range.upperBound...])
            let title = String(line[..<range.upperBound]).trimmingSpaces()
            guard (2...5).contains(name.count),
                name.allSatisfy({ $0 == "×" || $0 == "*" || $0 == "某" || $0.unicodeScalars.allSatisfy(\.isHan) }),
                title.count >= role.count
            else { continue }
            return (title, String(name))
        }
        return nil
    }

    /// The role a line consists of, when a speaker's role and name stand on two lines
    /// (`国务院总理` then `李　强`).
    static func role(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        guard (2...30).contains(text.count), !text.contains(where: { "。，；：:！？ \u{3000}".contains($0) }),
            roles.contains(where: { text.hasSuffix($0) })
        else { return nil }
        return text
    }

    /// The personal name a line consists of (`习　近　平` → `习近平`): two to four Han
    /// characters (or ×), spaced out or not.
    static func name(_ line: String) -> String? {
        let name = compact(line)
        guard (2...4).contains(name.count),
            name.allSatisfy({ $0 == "×" || $0.unicodeScalars.allSatisfy(\.isHan) })
        else { return nil }
        return name
    }

    /// The date a parenthesized line gives (`（2022年10月16日）`), ISO 8601, or nil.
    static func parenthesizedDate(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        guard text.count <= 20, text.hasPrefix("（") || text.hasPrefix("("), text.hasSuffix("）") || text.hasSuffix(")")
        else { return nil }
        return dateLine(String(text.dropFirst().dropLast()))
    }

    /// True when `line` belongs to the front matter under a title: a subtitle, a document
    /// number, a speaker or role line, a parenthesized date, or the addressees.
    static func isFrontMatter(_ line: String) -> Bool {
        subtitle(line) != nil || documentNumber(line) != nil || speaker(line) != nil || role(line) != nil
            || parenthesizedDate(line) != nil
            || isAddressees(line)
    }

    /// The document number a line consists of (`国发〔2021〕7号`, `国办函[2020]12号`), or nil.
    static func documentNumber(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        guard text.count <= 30, text.hasSuffix("号") || text.hasSuffix("號") else { return nil }
        let characters = Array(text)
        guard let open = characters.firstIndex(where: { "〔［[（(【".contains($0) }), open >= 1, open <= 12,
            characters[..<open].allSatisfy({ $0.unicodeScalars.allSatisfy(\.isHan) }),
            open + 5 < characters.count, characters[(open + 1)...(open + 4)].allSatisfy({ $0.isASCII && $0.isNumber }),
            "〕］]）)】".contains(characters[open + 5])
        else { return nil }
        let number = characters[(open + 6)..<(characters.count - 1)]
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber }) else { return nil }
        return text
    }

    /// True when `line` addresses the recipients (`各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`).
    /// Right after a document number any short line ending in a colon does (`人民银行：`).
    static func isAddressees(_ line: String, afterNumber: Bool = false) -> Bool {
        guard line.count <= 120, line.hasSuffix("：") || line.hasSuffix(":"), !line.contains("。") else { return false }
        if afterNumber && line.count <= 40 && !line.contains("如下") { return true }
        // A speech's or report's salutation (`同志们：`, `各位代表：`).
        if line.count <= 16
            && (line.contains("同志们") || line.contains("代表") || line.contains("委员") || line.contains("朋友"))
        {
            return true
        }
        return line.hasPrefix("各") || line.contains("人民政府") || line.contains("各部委") || line.contains("各有关")
            || line.contains("委员会")
    }

    /// True when `line` names issuing bodies only (the signature of a document).
    static func isIssuer(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        guard (2...60).contains(text.count), !text.contains(where: { "。，；：:、！？“”（）()".contains($0) }) else {
            return false
        }
        let names = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        return names.allSatisfy { name in
            name.unicodeScalars.allSatisfy(\.isHan) && issuerEndings.contains { name.hasSuffix($0) }
        }
    }

    /// The date a line consists of (`2021年3月8日`, `二〇二一年三月八日`), ISO 8601, or nil.
    static func dateLine(_ line: String) -> String? {
        // Most body lines end in a stop or a Han character other than 日: rejected before
        // trimming and counting.
        if endsInProse(line), line.unicodeScalars.last != "日" { return nil }
        let text = line.trimmingSpaces()
        // Counted only as far as the limit: this runs on every line of the body.
        guard text.prefix(17).count <= 16, text.hasSuffix("日") || text.allSatisfy({ $0.isNumber || "-./".contains($0) })
        else {
            return nil
        }
        return BylineParser.isoDate(in: text) ?? chineseDate(in: text)
    }

    /// Whether `line` ends in a stop, a comma, a closing quote or a Han character that is not a
    /// numeral: a scalar that is a character of its own. A cheap first test for the tests
    /// of every line (a date ends in 日 or a digit, a note in a bracket).
    static func endsInProse(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        if last.isHan { return last.properties.numericType == nil }
        return "。，；：！？、”’」』》".unicodeScalars.contains(last)
    }

    /// The release note of a line (`（此件公开发布）` → `此件公开发布`), or nil.
    static func disclosure(_ line: String) -> String? {
        if endsInProse(line) { return nil }
        let text = line.trimmingSpaces()
        guard text.prefix(25).count <= 24, text.hasPrefix("（") || text.hasPrefix("("),
            text.hasSuffix("）") || text.hasSuffix(")")
        else { return nil }
        let inner = String(text.dropFirst().dropLast()).trimmingSpaces()
        return inner.hasPrefix("此件") ? inner : nil
    }

    /// A date written in Chinese numerals (`二〇二一年三月八日`), ISO 8601.
    static func chineseDate(in text: String) -> String? {
        guard let yearEnd = text.firstIndex(of: "年") else { return nil }
        let yearDigits = text[..<yearEnd].unicodeScalars.suffix(4).map(ChineseNumeral.yearDigit)
        guard yearDigits.count == 4, yearDigits.allSatisfy({ $0 != nil }) else { return nil }
        let year = yearDigits.reduce(0) { $0 * 10 + $1! }
        guard (1900...2100).contains(year) else { return nil }
        let rest = text[text.index(after: yearEnd)...]
        guard let monthEnd = rest.firstIndex(of: "月"), let month = ChineseNumeral.value(of: rest[..<monthEnd]),
            (1...12).contains(month)
        else { return nil }
        let dayPart = rest[rest.index(after: monthEnd)...]
        guard let dayEnd = dayPart.firstIndex(of: "日"), let day = ChineseNumeral.value(of: dayPart[..<dayEnd]),
            (1...31).contains(day)
        else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
