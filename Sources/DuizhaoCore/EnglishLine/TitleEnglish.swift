/// English for a document title, built by the formulas of official translations (国务院关于……的
/// 意见 → Opinions of the State Council on …; ……的通知 on issuing …; ……实施方案 →
/// Implementation Plan for …) from the formula table's issuers and document types and the
/// glossary's renderings. Labelled `formula`. When the subject is not a glossary term the
/// title keeps it in Chinese inside the English frame and says so: never a word-by-word gloss.
struct TitleEnglish {
    var formulas: FormulaTable
    /// The glossary rendering of a phrase that is exactly one glossary term, or nil.
    var rendering: (String) -> String?

    /// The English of `title`, or nil when the title follows no formula this knows.
    func english(for title: String) -> EnglishLine? {
        var text = String(title.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        let year = Self.leadingYear(text)
        if let year { text.removeFirst(year.count + 1) }
        guard let (typeChinese, type) = documentType(endOf: text) else { return nil }
        var head = String(text.dropLast(typeChinese.count))
        if head.hasSuffix("的") { head.removeLast() }
        // A year-and-issuer title (2026年浙江省政府工作报告): the type of the issuer, in that year.
        if year != nil || head.isEmpty, !head.contains("关于") {
            let known = head.isEmpty ? "" : issuerEnglish(head)
            guard let known else { return nil }
            let english =
                type + (known.isEmpty ? "" : " of " + Self.capitalizedArticle(known)) + (year.map { " (\($0))" } ?? "")
            return EnglishLine(
                text: english, origin: .formula, provider: "official title formula and glossary renderings")
        }
        var issuer: String?
        var subjectChinese = head
        var issuing = false
        if let range = head.range(of: "关于") {
            let issuerChinese = String(head[..<range.lowerBound])
            guard let english = issuerEnglish(issuerChinese) else { return nil }
            issuer = english
            subjectChinese = String(head[range.upperBound...])
            if subjectChinese.hasPrefix("印发") { issuing = true; subjectChinese.removeFirst(2) }
        }
        let subjectBare = subjectChinese.trimmingCharacters(in: .init(charactersIn: "《》“”"))
        guard !subjectBare.isEmpty else { return nil }
        let subject =
            rendering(subjectBare) ?? formulas.formulas[subjectBare].flatMap { $0.kind == .phrase ? $0.english : nil }
        let subjectText = subject.map { issuing ? "the " + $0 : $0 } ?? subjectChinese
        var english: String
        if let issuer {
            english = "\(type) of \(Self.capitalizedArticle(issuer)) on \(issuing ? "Issuing " : "")\(subjectText)"
        } else {
            english = "\(type) for \(subjectText)"
        }
        english = english.replacingOccurrences(of: " of The ", with: " of the ")
        let provider =
            subject == nil
            ? "official title formula; the subject is not in the glossary and stays in Chinese"
            : "official title formula and glossary renderings"
        return EnglishLine(text: english, origin: .formula, provider: provider)
    }

    /// The English of an issuer: the formula table's, else the glossary rendering with its article.
    func issuerEnglish(_ chinese: String) -> String? {
        formulas.formulas[chinese].flatMap { $0.kind == .issuer ? $0.english : nil }
            ?? rendering(chinese).map { "the " + $0 }
    }

    /// The year a title starts with (`2026年…`), as its four digits.
    static func leadingYear(_ text: String) -> String? {
        let digits = text.prefix(while: \.isASCII).prefix(4)
        guard digits.count == 4, digits.allSatisfy(\.isNumber), text.dropFirst(4).first == "年" else { return nil }
        return String(digits)
    }

    /// The document type the title ends with (the longest the table has), with its English.
    func documentType(endOf text: String) -> (chinese: String, english: String)? {
        formulas.formulas.values.filter { $0.kind == .documentType && text.hasSuffix($0.chinese) }
            .max { $0.chinese.count < $1.chinese.count }
            .map { ($0.chinese, $0.english) }
    }

    /// Issuers keep their lowercase article inside a title (Opinions of the State Council).
    static func capitalizedArticle(_ issuer: String) -> String {
        issuer.hasPrefix("The ") ? "the " + issuer.dropFirst(4) : issuer
    }
}
