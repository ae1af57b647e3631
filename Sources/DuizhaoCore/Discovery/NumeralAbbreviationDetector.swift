import DuizhaoText

/// Finds numbered abbreviations, a favourite coinage of Chinese policy language:
/// - alternating numerals and characters: 四位一体, 一带一路, 三去一降一补, 一国两制;
/// - a numeral and a character that ICU cannot join into a word: 双创, 双自, 三网;
/// - a numeral, 个 and a two-character word: 四个全面, 两个市场.
/// The character after the numeral must not be a measure word (三年, 两地, 五是).
struct NumeralAbbreviationDetector {
    func observe(_ text: DiscoveryText) -> [CandidateObservation] {
        var result: [CandidateObservation] = []
        for run in text.runs {
            result += alternating(run, text)
            result += numeralAndCharacter(run, text)
        }
        return result
    }

    private func isNumeral(_ scalar: Unicode.Scalar) -> Bool { DiscoveryLexicon.numeralScalars.contains(scalar) }

    private func isPlainHan(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHan && !isNumeral(scalar)
    }

    /// 四位一体: two to four numeral–character pairs, starting and ending on token boundaries.
    private func alternating(_ run: [Token], _ text: DiscoveryText) -> [CandidateObservation] {
        let lower = run[0].span.start, upper = run[run.count - 1].span.end
        // Most runs hold no numeral: nothing to build for them.
        guard upper - lower >= 4, text.scalars[lower..<upper].contains(where: isNumeral) else { return [] }
        let starts = Set(run.map { $0.span.start })
        let ends = Set(run.map { $0.span.end })
        var result: [CandidateObservation] = []
        var index = lower
        while index + 3 < upper {
            guard starts.contains(index) else { index += 1; continue }
            var end = index
            while end + 1 < upper, end - index < 8, isNumeral(text.scalars[end]), isPlainHan(text.scalars[end + 1]) {
                end += 2
            }
            let pairs = (end - index) / 2
            if pairs >= 2, ends.contains(end),
                !DiscoveryLexicon.measureCharacters.contains(Character(text.scalars[end - 1])),
                !(text.scalars[index] == text.scalars[index + 2] && text.scalars[index + 1] == text.scalars[index + 3])
            {
                let span = TextSpan(start: index, end: end)
                result.append(CandidateObservation(text: text.string(span), span: span, reason: .numeralAbbreviation))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// 双创, 三网 (numeral and character split by ICU), 四个全面 (numeral, 个, word).
    private func numeralAndCharacter(_ run: [Token], _ text: DiscoveryText) -> [CandidateObservation] {
        var result: [CandidateObservation] = []
        for index in run.indices.dropLast() {
            let token = run[index]
            guard let numeral = token.text.unicodeScalars.first, isNumeral(numeral), numeral != "一" else { continue }
            let scalars = Array(token.text.unicodeScalars)
            let next = run[index + 1]
            let nextScalars = Array(next.text.unicodeScalars)
            if scalars.count == 1, nextScalars.count == 1, let character = nextScalars.first, isPlainHan(character),
                !DiscoveryLexicon.measureCharacters.contains(Character(character)),
                !DiscoveryLexicon.functionCharacters.contains(Character(character))
            {
                let span = TextSpan(start: token.span.start, end: next.span.end)
                result.append(CandidateObservation(text: text.string(span), span: span, reason: .numeralAbbreviation))
            } else if (scalars.count == 2 && scalars[1] == "个") || (scalars.count == 1 && next.text == "个") {
                let wordIndex = scalars.count == 2 ? index + 1 : index + 2
                guard wordIndex < run.count else { continue }
                let word = run[wordIndex]
                guard word.kind == .ideographic, word.text.unicodeScalars.count == 2 else { continue }
                let span = TextSpan(start: token.span.start, end: word.span.end)
                result.append(CandidateObservation(text: text.string(span), span: span, reason: .numeralAbbreviation))
            }
        }
        return result
    }
}
