/// The positions of a sentence where ICU's word break puts a boundary, for judging how well
/// a term's edges agree with ICU's words (``TermMatch/Confidence``).
public struct WordBoundaries: Sendable {
    private var isBoundary: [Bool]
    /// The document offset of the sentence start.
    public let start: Int

    /// The boundaries of a sentence starting at document offset `start` with `length`
    /// scalars: its two ends and both edges of each token.
    public init(tokens: [Token], start: Int, length: Int) {
        self.start = start
        isBoundary = [Bool](repeating: false, count: length + 1)
        isBoundary[0] = true
        isBoundary[length] = true
        for token in tokens {
            let lower = token.span.start - start, upper = token.span.end - start
            if lower >= 0 && lower <= length { isBoundary[lower] = true }
            if upper >= 0 && upper <= length { isBoundary[upper] = true }
        }
    }

    /// Boundaries everywhere: text without word segmentation, where every edge counts as a
    /// word boundary.
    public init(everywhereIn length: Int, start: Int = 0) {
        self.start = start
        isBoundary = [Bool](repeating: true, count: length + 1)
    }

    /// The boundaries of a sentence.
    public init(sentence: Sentence) {
        self.init(tokens: sentence.tokens, start: sentence.span.start, length: sentence.span.length)
    }

    /// True when document offset `offset` is a word boundary.
    public func contains(_ offset: Int) -> Bool {
        let relative = offset - start
        return relative >= 0 && relative < isBoundary.count && isBoundary[relative]
    }

    /// High when both edges of `span` (document offsets) are boundaries, medium when one is,
    /// low when neither is.
    public func confidence(of span: Span) -> TermMatch.Confidence {
        switch (contains(span.start), contains(span.end)) {
        case (true, true): return .high
        case (false, false): return .low
        default: return .medium
        }
    }
}
