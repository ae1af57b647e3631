/// Finds names that end in a program or institution marker (孔雀计划, 技能菁英工程,
/// 先进生物技术试验区, 国家基因库): the marker must end an ICU token, and the name extends
/// leftwards over ICU tokens until a verb, a function word, punctuation or the length cap.
/// A name made only of generic words (成果转化平台, 激励机制, 重点工程) or of a counted
/// period (三年行动计划, 五年行动) is not proposed.
struct ProgramNameDetector {
    /// The most scalars a name may have before its marker.
    var maxPrefixLength = 8

    /// The stops of two characters or more, in the set's order (the prefix tokens are joined
    /// once per try, not once per stop).
    private static let longStops = Array(DiscoveryLexicon.leftStops).filter { $0.count >= 2 }

    func observe(_ text: DiscoveryText) -> [CandidateObservation] {
        var result: [CandidateObservation] = []
        for run in text.runs {
            // Token end offsets, relative to the run, for boundary checks.
            let start = run[0].span.start
            for (last, token) in run.enumerated() {
                // A marker ends at this token's end; it may span this token and earlier ones.
                guard DiscoveryLexicon.markerEnds.contains(text.scalars[token.span.end - 1]),
                    let marker = DiscoveryLexicon.markers.first(where: { marker in
                        let markerStart = token.span.end - marker.scalars.count
                        guard markerStart >= start else { return false }
                        return text.scalars[markerStart..<token.span.end].elementsEqual(marker.scalars)
                    })
                else { continue }
                let markerStart = token.span.end - marker.scalars.count
                // The first token that holds part of the marker.
                var first = last
                while first > 0, run[first].span.start > markerStart { first -= 1 }
                // The part of that token before the marker belongs to the name.
                var nameStart = min(run[first].span.start, markerStart)
                var prefixTokens: [String] = []
                if run[first].span.start < markerStart {
                    prefixTokens.append(text.string(TextSpan(start: run[first].span.start, end: markerStart)))
                }
                var index = first - 1
                var naturalStop = true
                while index >= 0 {
                    let candidate = run[index]
                    if DiscoveryLexicon.leftStops.contains(candidate.text) { break }
                    // A verb ICU split into two tokens (申|领).
                    if index > 0, DiscoveryLexicon.leftStops.contains(run[index - 1].text + candidate.text) { break }
                    if markerStart - candidate.span.start > maxPrefixLength { naturalStop = false; break }
                    prefixTokens.insert(candidate.text, at: 0)
                    nameStart = candidate.span.start
                    index -= 1
                }
                // A verb ICU split into characters (争|创) still ends the name.
                while case let prefix = prefixTokens.joined(),
                    let verb = Self.longStops.first(where: { prefix.hasPrefix($0) }),
                    markerStart - nameStart > verb.unicodeScalars.count
                {
                    nameStart += verb.unicodeScalars.count
                    var remaining = verb.unicodeScalars.count
                    while remaining > 0, let first = prefixTokens.first {
                        let length = first.unicodeScalars.count
                        if length <= remaining {
                            prefixTokens.removeFirst()
                            remaining -= length
                        } else {
                            prefixTokens[0] = String(
                                String.UnicodeScalarView(first.unicodeScalars.dropFirst(remaining)))
                            remaining = 0
                        }
                    }
                }
                // “宽带深圳”行动计划: a quoted phrase right before the run opens the name.
                var quoted: TextSpan?
                if index < 0, naturalStop, start >= 2, text.scalars[start - 1] == "\u{201D}" {
                    var open = start - 2
                    while open >= 0, start - open <= 14, text.scalars[open] != "\u{201C}", text.scalars[open] != "\n" {
                        open -= 1
                    }
                    if open >= 0, text.scalars[open] == "\u{201C}",
                        QuotedPhraseDetector().accepts(text.scalars[(open + 1)..<(start - 1)])
                            || text.scalars[(open + 1)..<(start - 1)].contains("+")
                    {
                        quoted = TextSpan(start: open + 1, end: start - 1)
                    }
                }
                guard naturalStop, markerStart - nameStart >= 2 || quoted != nil else { continue }
                let genericCount = prefixTokens.filter { token in
                    DiscoveryLexicon.genericPrefixes.contains(token)
                        || DiscoveryLexicon.markers.contains { $0.text == token }
                        || DiscoveryLexicon.isCountedPeriod(token)
                }.count
                if quoted == nil, !marker.coins, genericCount == prefixTokens.count { continue }
                // The marker must end the phrase: a character glued to it makes a longer word
                // (中国工程院, 战略性), and a following noun makes it a modifier (战略通道).
                if !marker.coins, last + 1 < run.count {
                    let next = run[last + 1]
                    let glued =
                        next.text.unicodeScalars.count == 1
                        && !next.text.contains(where: DiscoveryLexicon.particles.contains)
                    if next.kind == .ideographic, glued || !DiscoveryLexicon.leftStops.contains(next.text) { continue }
                }
                // Evidence: the marker's weight, less for generic words, more for a national name.
                var weight = marker.weight
                if !marker.coins, !prefixTokens.isEmpty { weight -= Double(genericCount) / Double(prefixTokens.count) }
                if let first = prefixTokens.first, DiscoveryLexicon.nameOpeners.contains(first) { weight += 0.3 }
                if quoted != nil { weight = max(weight, marker.weight) }
                let span = TextSpan(start: quoted.map { $0.start - 1 } ?? nameStart, end: token.span.end)
                let name =
                    (quoted.map(text.string) ?? "") + text.string(TextSpan(start: nameStart, end: token.span.end))
                result.append(
                    CandidateObservation(
                        text: name, span: span, reason: .programName, marker: marker.text, weight: weight))
            }
        }
        return result
    }
}
