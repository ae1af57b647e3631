import DuizhaoText

/// Splits text into word tokens with ICU's word break (locale `zh`), classifying each token
/// by ICU's rule status. Whitespace tokens are left out.
public struct WordSegmenter {
    private let iterator: BreakIterator

    /// Opens ICU's word iterator for `locale`.
    public init(locale: String = "zh") throws {
        iterator = try BreakIterator(.word, locale: locale)
    }

    /// The tokens of `text`, in order, with scalar spans.
    public func tokens(in text: UTF16Text) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.units.count / 2)
        try forEachToken(in: text) { start, end, kind in
            tokens.append(Token(text: text.string(start, end), span: text.span(start, end), kind: kind))
        }
        return tokens
    }

    /// Calls `body` with each non-whitespace token's UTF-16 range and kind.
    public func forEachToken(in text: UTF16Text, _ body: (Int, Int, Token.Kind) -> Void) throws {
        try forEachToken(in: text, range: 0..<text.units.count, body)
    }

    /// Calls `body` with each non-whitespace token of `range` of `text` (offsets in `text`).
    public func forEachToken(in text: UTF16Text, range: Range<Int>, _ body: (Int, Int, Token.Kind) -> Void) throws {
        var previous = range.lowerBound
        try text.units.withUnsafeBufferPointer { whole in
            let buffer = UnsafeBufferPointer(rebasing: whole[range])
            let base = range.lowerBound
            try iterator.forEachBoundary(in: buffer) { local, status in
                let offset = base + local
                defer { previous = offset }
                let first = whole[previous]
                // Fast paths: CJK ideographs and ASCII spaces need no property lookup.
                let kind: Token.Kind
                if status >= 400 && status < 500 {
                    kind = .ideographic
                } else if first == 0x20 || first == 0x0A || first == 0x09 || first == 0x0D || first == 0x3000 {
                    kind = .whitespace
                } else {
                    kind = Token.Kind(ruleStatus: status, first: text.scalar(at: previous))
                }
                if kind != .whitespace { body(previous, offset, kind) }
            }
        }
    }
}
