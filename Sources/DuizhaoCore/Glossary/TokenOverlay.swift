import DuizhaoText

/// Lays glossary matches over ICU's tokens: the tokens a term covers are replaced by one
/// token of kind ``Token/Kind/term`` carrying the entry's id, and a token the term covers
/// only in part keeps its uncovered part (孔雀|计划 → 孔雀计划; 大湾|区建设 under 大湾区 →
/// 大湾区|建设).
public enum TokenOverlay {
    /// `document` with `matches` laid over its sentences' tokens. Matches are assigned to the
    /// sentence containing them; a match that crosses a sentence boundary is ignored.
    public static func apply(_ matches: [TermMatch], to document: Document) -> Document {
        var result = document
        var remaining = matches.sorted { $0.span < $1.span }[...]
        for index in result.sentences.indices {
            let span = result.sentences[index].span
            while let first = remaining.first, first.span.start < span.start { remaining = remaining.dropFirst() }
            var inside: [TermMatch] = []
            while let first = remaining.first, first.span.end <= span.end {
                inside.append(first)
                remaining = remaining.dropFirst()
            }
            if !inside.isEmpty { result.sentences[index] = apply(inside, to: result.sentences[index]) }
        }
        return result
    }

    /// `sentence` with `matches` (within it, not overlapping) laid over its tokens.
    public static func apply(_ matches: [TermMatch], to sentence: Sentence) -> Sentence {
        guard !matches.isEmpty else { return sentence }
        let scalars = Array(sentence.text.unicodeScalars)
        let base = sentence.span.start
        func text(_ span: TextSpan) -> String {
            String(scalars: scalars[(span.start - base)..<(span.end - base)])
        }

        let terms = matches.sorted { $0.span < $1.span }
        var tokens: [Token] = terms.map { Token(text: text($0.span), span: $0.span, kind: .term, entryID: $0.entryID) }
        tokens.reserveCapacity(sentence.tokens.count + terms.count)
        var firstTerm = 0
        for token in sentence.tokens {
            while firstTerm < terms.count, terms[firstTerm].span.end <= token.span.start { firstTerm += 1 }
            // The parts of the token outside every term.
            var pieceStart = token.span.start
            var index = firstTerm
            while index < terms.count, terms[index].span.start < token.span.end {
                let term = terms[index].span
                if term.start > pieceStart {
                    let piece = TextSpan(start: pieceStart, end: term.start)
                    tokens.append(Token(text: text(piece), span: piece, kind: token.kind))
                }
                pieceStart = max(pieceStart, term.end)
                index += 1
            }
            if pieceStart == token.span.start {
                tokens.append(token)
            } else if pieceStart < token.span.end {
                let piece = TextSpan(start: pieceStart, end: token.span.end)
                tokens.append(Token(text: text(piece), span: piece, kind: token.kind))
            }
        }
        var result = sentence
        result.tokens = tokens.sorted { $0.span < $1.span }
        return result
    }
}
