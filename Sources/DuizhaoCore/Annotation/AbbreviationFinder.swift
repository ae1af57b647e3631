import DuizhaoText

/// Finds the abbreviations a document introduces in its own text: `……（以下简称“示范区”）`,
/// `（简称“××”）`, `（以下称《纲要》）` and `……，即“三区”`. Each becomes a
/// ``DocumentDefinition`` of kind `abbreviation`: the quoted term (without its quotation
/// marks, but a title abbreviation keeps its title marks, `《建议》`, so that only the
/// document's name is matched, not every 建议), the full form written
/// before it (a leading verb such as 建设 or 实施 left out; the title inside 《》 when the
/// full form is a title), and the line of the input.
///
/// A value type with no ICU state.
struct AbbreviationFinder: Sendable {
    /// The longest abbreviation accepted, in scalars.
    var maxTermLength = 12
    /// The longest full form kept, in scalars.
    var maxFullFormLength = 60

    /// Creates a finder.
    init() {}

    /// Opening marks that set off an abbreviation, with their closing marks.
    static let quotes: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "\"": "\"", "「": "」", "『": "』", "《": "》", "‘": "’",
    ]
    /// What may stand between the opening parenthesis and the quoted term.
    static let introducers = ["以下简称为", "以下简称", "以下称为", "以下称", "下称", "简称为", "简称", "下同简称"]
    /// Marks that end the clause a full form stands in.
    static let clauseEnds: Set<Unicode.Scalar> = [
        "。", "；", ";", "！", "!", "？", "?", "，", ",", "：", ":", "\n", "（", "(", "）", ")",
    ]

    /// The definitions in `document`'s paragraphs, in text order; a term defined twice is
    /// kept at its first definition.
    func definitions(in document: Document) -> [DocumentDefinition] {
        let scalars = Array(document.text.unicodeScalars)
        var result: [DocumentDefinition] = []
        var seen = Set<String>()
        for paragraph in document.paragraphs {
            let lower = max(0, paragraph.span.start), upper = min(scalars.count, paragraph.span.end)
            guard lower < upper else { continue }
            for found in definitions(in: scalars[lower..<upper]) where seen.insert(found.term).inserted {
                result.append(
                    DocumentDefinition(
                        term: found.term, definition: found.fullForm, line: paragraph.line, kind: .abbreviation))
            }
        }
        return result
    }

    /// The abbreviations defined in one paragraph: the term and its full form.
    func definitions(in text: ArraySlice<Unicode.Scalar>) -> [(term: String, fullForm: String)] {
        var result: [(term: String, fullForm: String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text[index]
            if scalar == "（" || scalar == "(" {
                if let found = parenthesized(text, open: index) { result.append(found) }
            } else if scalar == "即", let found = thatIs(text, at: index) {
                result.append(found)
            }
            index += 1
        }
        return result
    }

    /// `full form（以下简称“term”）`.
    private func parenthesized(_ text: ArraySlice<Unicode.Scalar>, open: Int) -> (term: String, fullForm: String)? {
        var position = open + 1
        guard let introducer = Self.introducers.first(where: { starts(text, at: position, with: $0) }) else {
            return nil
        }
        position += introducer.unicodeScalars.count
        if position < text.endIndex, text[position] == "：" || text[position] == ":" { position += 1 }
        guard let (term, after) = quoted(text, at: position), after < text.endIndex,
            text[after] == "）" || text[after] == ")"
        else { return nil }
        guard let fullForm = fullForm(text, before: open), fullForm != term else { return nil }
        return (term, fullForm)
    }

    /// `full form，即“term”`: the term follows 即 in quotation marks and closes the clause.
    private func thatIs(_ text: ArraySlice<Unicode.Scalar>, at index: Int) -> (term: String, fullForm: String)? {
        guard let (term, after) = quoted(text, at: index + 1) else { return nil }
        if after < text.endIndex, !Self.clauseEnds.contains(text[after]), !"、”）)".unicodeScalars.contains(text[after]) {
            return nil
        }
        var end = index
        if end > text.startIndex, text[end - 1] == "，" || text[end - 1] == "," { end -= 1 }
        guard let fullForm = fullForm(text, before: end), fullForm != term else { return nil }
        return (term, fullForm)
    }

    /// The quoted term at `position` and the index after its closing mark.
    private func quoted(_ text: ArraySlice<Unicode.Scalar>, at position: Int) -> (String, Int)? {
        guard position < text.endIndex, let close = Self.quotes[text[position]] else { return nil }
        var end = position + 1
        while end < text.endIndex, text[end] != close, end - position <= maxTermLength { end += 1 }
        guard end < text.endIndex, text[end] == close, end > position + 1 else { return nil }
        let inner = text[(position + 1)..<end]
        guard inner.contains(where: \.isHan), !inner.contains(where: { Self.clauseEnds.contains($0) || $0 == "、" })
        else { return nil }
        // A short title keeps its title marks: 《建议》 names the document, 建议 is a verb.
        let kept = close == "》" ? text[position...end] : inner
        return (String(scalars: kept), end + 1)
    }

    /// The full form ending at `end`: back to the start of its clause, a title in 《》 taken
    /// whole, leading verbs and function words left out.
    private func fullForm(_ text: ArraySlice<Unicode.Scalar>, before end: Int) -> String? {
        guard end > text.startIndex else { return nil }
        var start = end
        if text[end - 1] == "》" {
            // A title: back to its opening mark.
            var open = end - 1
            while open > text.startIndex, text[open] != "《" { open -= 1 }
            guard text[open] == "《" else { return nil }
            start = open + 1
            let title = String(scalars: text[start..<(end - 1)])
            return title.isEmpty || title.unicodeScalars.count > maxFullFormLength ? nil : title
        }
        while start > text.startIndex, !Self.clauseEnds.contains(text[start - 1]), end - start < maxFullFormLength {
            start -= 1
        }
        var form = String(scalars: text[start..<end])
        // 建设粤港澳大湾区 → 粤港澳大湾区: the verbs and function words that introduce a name.
        var trimmed = true
        while trimmed {
            trimmed = false
            for stop in DiscoveryLexicon.leftStops.sorted(by: { $0.count > $1.count })
            where form.hasPrefix(stop) && form.count > stop.count + 1 {
                form.removeFirst(stop.count)
                trimmed = true
                break
            }
        }
        form = form.trimmingCharacters(in: .whitespaces)
        guard form.unicodeScalars.contains(where: \.isHan) else { return nil }
        return form
    }

    private func starts(_ text: ArraySlice<Unicode.Scalar>, at position: Int, with prefix: String) -> Bool {
        var index = position
        for scalar in prefix.unicodeScalars {
            guard index < text.endIndex, text[index] == scalar else { return false }
            index += 1
        }
        return true
    }
}
