import DuizhaoText

/// Finds abbreviations of coordinated lists: 放管服 for 简政放权、放管结合、优化服务 (one
/// character from each item, in order), 四众 for 众创、众包、众扶、众筹 (the number of items
/// and the character they share). The abbreviation must stand near the list — in the same
/// paragraph or the next or previous one — in quotation marks, in parentheses or after 简称.
struct ListAbbreviationDetector {
    /// A list of phrases separated by 、.
    struct List {
        var items: [[Unicode.Scalar]]
        var span: TextSpan
        var fullForm: String { items.map { String(scalars: $0) }.joined(separator: "、") }
    }

    func observe(_ text: DiscoveryText) -> [CandidateObservation] {
        var result: [CandidateObservation] = []
        let lists = text.paragraphs.map { self.lists(in: $0, text) }
        let phrases = text.paragraphs.map { self.setOffPhrases(in: $0, text) }
        for (index, paragraphLists) in lists.enumerated() {
            let window = max(0, index - 1)...min(text.paragraphs.count - 1, index + 1)
            for list in paragraphLists {
                for paragraph in window {
                    for phrase in phrases[paragraph] where !list.span.contains(phrase.span) {
                        if abbreviates(phrase.scalars, list) {
                            result.append(
                                CandidateObservation(
                                    text: text.string(phrase.span), span: phrase.span, reason: .listAbbreviation,
                                    fullForm: list.fullForm))
                        }
                    }
                }
                // 四众: the count of items and a character every item has at the same place.
                if let shared = sharedCharacter(list), let numeral = numeral(list.items.count) {
                    let abbreviation: [Unicode.Scalar] = [numeral, shared]
                    for paragraph in window {
                        let span = text.paragraphs[paragraph]
                        var position = span.start
                        while position + 1 < span.end {
                            if text.scalars[position] == abbreviation[0], text.scalars[position + 1] == abbreviation[1]
                            {
                                let found = TextSpan(start: position, end: position + 2)
                                result.append(
                                    CandidateObservation(
                                        text: text.string(found), span: found, reason: .listAbbreviation,
                                        fullForm: list.fullForm))
                            }
                            position += 1
                        }
                    }
                }
            }
        }
        return result
    }

    /// True when `abbreviation` takes its i-th character from the i-th item, in order.
    func abbreviates(_ abbreviation: [Unicode.Scalar], _ list: List) -> Bool {
        guard abbreviation.count == list.items.count else { return false }
        if list.items.contains(abbreviation) { return false }
        for (character, item) in zip(abbreviation, list.items) where !item.contains(character) { return false }
        return true
    }

    private func sharedCharacter(_ list: List) -> Unicode.Scalar? {
        guard let first = list.items.first, !first.isEmpty else { return nil }
        for position in first.indices {
            let character = first[position]
            if list.items.allSatisfy({ $0.count > position && $0[position] == character }) { return character }
        }
        return nil
    }

    private func numeral(_ count: Int) -> Unicode.Scalar? {
        switch count {
        case 2: return "双"
        case 3: return "三"
        case 4: return "四"
        case 5: return "五"
        case 6: return "六"
        default: return nil
        }
    }

    /// Lists of two to six Han phrases of two to six characters separated by 、 in a paragraph.
    func lists(in paragraph: TextSpan, _ text: DiscoveryText) -> [List] {
        var result: [List] = []
        var clauseStart = paragraph.start
        for position in paragraph.start...paragraph.end {
            let atEnd = position == paragraph.end
            if !atEnd, text.scalars[position].isHan || text.scalars[position] == "、" { continue }
            // A clause of Han characters and 、 ends here.
            let clause = Array(text.scalars[clauseStart..<position])
            if clause.contains("、") {
                let parts = clause.split(separator: "、", omittingEmptySubsequences: false).map(Array.init)
                if parts.count >= 2, parts.count <= 6 {
                    let middleLengths = parts.dropFirst().dropLast().map(\.count)
                    let cap = middleLengths.max() ?? 4
                    var items = parts
                    items[0] = Array(items[0].suffix(cap))
                    items[items.count - 1] = Array(items[items.count - 1].prefix(cap))
                    if items.allSatisfy({ $0.count >= 2 && $0.count <= 6 }) {
                        let start = position - clause.count + (parts[0].count - items[0].count)
                        let end = position - (parts[parts.count - 1].count - items[items.count - 1].count)
                        result.append(List(items: items, span: TextSpan(start: start, end: end)))
                    }
                }
            }
            clauseStart = position + 1
        }
        return result
    }

    /// Phrases in quotation marks or parentheses, or after 简称, of two to six Han characters.
    func setOffPhrases(in paragraph: TextSpan, _ text: DiscoveryText) -> [(scalars: [Unicode.Scalar], span: TextSpan)] {
        var result: [(scalars: [Unicode.Scalar], span: TextSpan)] = []
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("\u{201C}", "\u{201D}"), ("（", "）"), ("(", ")"), ("「", "」")]
        var position = paragraph.start
        while position < paragraph.end {
            let scalar = text.scalars[position]
            if let pair = pairs.first(where: { $0.0 == scalar }) {
                var end = position + 1
                while end < paragraph.end, end - position <= 7, text.scalars[end] != pair.1 { end += 1 }
                if end < paragraph.end, text.scalars[end] == pair.1 {
                    var innerStart = position + 1
                    // （简称“放管服”）
                    if text.scalars[innerStart..<end].starts(with: "简称".unicodeScalars) { innerStart += 2 }
                    while innerStart < end, !text.scalars[innerStart].isHan { innerStart += 1 }
                    var innerEnd = end
                    while innerEnd > innerStart, !text.scalars[innerEnd - 1].isHan { innerEnd -= 1 }
                    let inner = Array(text.scalars[innerStart..<innerEnd])
                    if inner.count >= 2, inner.count <= 6, inner.allSatisfy(\.isHan) {
                        result.append((inner, TextSpan(start: innerStart, end: innerEnd)))
                    }
                }
            } else if text.scalars[position..<paragraph.end].starts(with: "简称".unicodeScalars) {
                var start = position + 2
                while start < paragraph.end, !text.scalars[start].isHan { start += 1 }
                var end = start
                while end < paragraph.end, end - start < 6, text.scalars[end].isHan { end += 1 }
                if end - start >= 2 {
                    for length in 2...(end - start) {
                        result.append(
                            (Array(text.scalars[start..<(start + length)]), TextSpan(start: start, end: start + length))
                        )
                    }
                }
            }
            position += 1
        }
        return result
    }
}
