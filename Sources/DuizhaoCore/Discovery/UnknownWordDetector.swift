/// Finds runs of three to six single-character tokens: where ICU's dictionary knows no word
/// it falls back to single characters, so such a run is often a coined abbreviation (放管服,
/// 高交会, 央地共建). Function characters (的, 和, 在…) end a run.
struct UnknownWordDetector {
    var minLength = 3
    var maxLength = 6

    func observe(_ text: DiscoveryText) -> [CandidateObservation] {
        var result: [CandidateObservation] = []
        for run in text.runs {
            var current: [Int] = []
            func flush() {
                // A verb ICU split into characters inside the run (会|牵|头 after 委员|会) cuts it:
                // what stands either side is a fragment of the words around, not one word.
                if let cut = (0..<max(0, current.count - 1)).first(where: { position in
                    position > 0
                        && DiscoveryLexicon.leftStops.contains(
                            run[current[position]].text + run[current[position + 1]].text)
                }) {
                    let tail = Array(current[(cut + 2)...])
                    current = Array(current[..<cut])
                    flush()
                    current = tail
                }
                // A verb ICU split into characters (办|好) is not part of the word.
                while current.count >= 2,
                    DiscoveryLexicon.leftStops.contains(run[current[0]].text + run[current[1]].text)
                {
                    current.removeFirst(2)
                }
                if current.count >= minLength, current.count <= maxLength, let first = current.first,
                    let last = current.last
                {
                    let span = TextSpan(start: run[first].span.start, end: run[last].span.end)
                    // Standing alone (after a verb or at the start, before punctuation or a
                    // particle) it is more likely a name than part of a longer word.
                    let openLeft =
                        first == 0 || DiscoveryLexicon.leftStops.contains(run[first - 1].text)
                        || (first >= 2
                            && DiscoveryLexicon.leftStops.contains(run[first - 2].text + run[first - 1].text))
                    let openRight =
                        last == run.count - 1
                        || run[last + 1].text.first.map(DiscoveryLexicon.particles.contains) == true
                    let weight: Double? = openLeft && openRight ? 2.5 : nil
                    result.append(
                        CandidateObservation(text: text.string(span), span: span, reason: .unknownWord, weight: weight))
                }
                current = []
            }
            for (index, token) in run.enumerated() {
                let scalars = Array(token.text.unicodeScalars)
                if token.kind == .ideographic, scalars.count == 1,
                    !DiscoveryLexicon.functionCharacters.contains(Character(scalars[0]))
                {
                    current.append(index)
                } else {
                    flush()
                }
            }
            flush()
        }
        return result
    }
}
