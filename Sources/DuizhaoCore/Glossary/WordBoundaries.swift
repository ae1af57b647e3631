import DuizhaoText

/// The positions of a sentence where ICU's word break puts a boundary, for judging how well
/// a term's edges agree with the sentence's words (``TermMatch/Confidence``), and, when a
/// dictionary lexicon is at hand, the positions inside words the lexicon confirms: a term
/// whose edge falls there is cut out of a longer word (国家安全部 in 国家安全|部门) and is
/// not a term.
struct WordBoundaries: Sendable {
    private var isBoundary: [Bool]
    /// Positions where a term may not start, and where it may not end, because they fall
    /// inside a word the lexicon confirms (nil without a lexicon).
    private var cuts: (start: [Bool], end: [Bool])?
    /// The document offset of the sentence start.
    let start: Int

    /// The boundaries of a sentence starting at document offset `start` with `length`
    /// scalars: its two ends and both edges of each token.
    init(tokens: [Token], start: Int, length: Int) {
        self.start = start
        isBoundary = Self.edges(of: tokens, start: start, length: length)
    }

    /// The boundaries of ICU's `tokens` and of the same tokens re-segmented by `lexicon`.
    /// An edge of either counts as a boundary (the lexicon mends ICU's mistakes, 大湾|区建设).
    /// A term may not start inside a multi-character word of the re-segmentation, or inside
    /// an ICU word the lexicon knows (创|新动能, 人民|政府工作报告). It may end inside one only
    /// where the word is itself two words joined (海洋经济|发展 in 经济发展, 普惠金融|改革 in
    /// 金融改革) or a word and a bound suffix (不良贷款|率, 高质量发展|中): the lexicon's
    /// longest-word segmentation glues such compounds, which do not make a longer term.
    /// `words` are the tokens as `lexicon` re-segments them, when the caller has them already.
    init(tokens: [Token], start: Int, length: Int, lexicon: LexiconSegmenter, words: [Token]? = nil) {
        self.start = start
        let words = words ?? lexicon.resegment(tokens)
        let icu = Self.edges(of: tokens, start: start, length: length)
        let dictionary = Self.edges(of: words, start: start, length: length)
        isBoundary = zip(icu, dictionary).map { $0 || $1 }
        var startCuts = [Bool](repeating: false, count: length + 1)
        var endCuts = [Bool](repeating: false, count: length + 1)
        func mark(_ token: Token) {
            let lower = max(0, token.span.start - start), upper = min(length, token.span.end - start)
            guard upper - lower >= 2 else { return }
            let scalars = Array(token.text.unicodeScalars)
            for position in (lower + 1)..<upper {
                startCuts[position] = true
                let split = position - lower
                guard scalars.count == upper - lower, split < scalars.count else { endCuts[position] = true; continue }
                let left = scalars[..<split], right = scalars[split...]
                let compound =
                    left.count >= 2 && lexicon.lexicon.contains(left)
                    && (right.count >= 2
                        ? lexicon.lexicon.contains(right) : Self.boundSuffixes.contains(String(scalars: right)))
                if !compound { endCuts[position] = true }
            }
        }
        for word in words where word.kind == .ideographic { mark(word) }
        for token in tokens
        where token.kind == .ideographic && token.text.unicodeScalars.count >= 2 && lexicon.lexicon.contains(token.text)
        { mark(token) }
        cuts = (startCuts, endCuts)
    }

    /// Single characters that end a compound without making a new word of what they follow
    /// (贷款|率, 发展|中, 现代|化).
    static let boundSuffixes: Set<String> = [
        "率", "中", "上", "下", "内", "外", "性", "化", "型", "者", "式", "度", "等", "时", "后", "前", "间",
    ]

    /// Boundaries everywhere: text without word segmentation, where every edge counts as a
    /// word boundary.
    init(everywhereIn length: Int, start: Int = 0) {
        self.start = start
        isBoundary = [Bool](repeating: true, count: length + 1)
    }

    /// The boundaries of a sentence.
    init(sentence: Sentence) {
        self.init(tokens: sentence.tokens, start: sentence.span.start, length: sentence.span.length)
    }

    /// The boundaries of a sentence, judged with `lexicon` when there is one; `words` are its
    /// tokens as `lexicon` re-segments them, when the caller has them already.
    init(sentence: Sentence, lexicon: LexiconSegmenter?, words: [Token]? = nil) {
        if let lexicon {
            self.init(
                tokens: sentence.tokens, start: sentence.span.start, length: sentence.span.length, lexicon: lexicon,
                words: words)
        } else {
            self.init(sentence: sentence)
        }
    }

    private static func edges(of tokens: [Token], start: Int, length: Int) -> [Bool] {
        var result = [Bool](repeating: false, count: length + 1)
        result[0] = true
        result[length] = true
        for token in tokens {
            let lower = token.span.start - start, upper = token.span.end - start
            if lower >= 0 && lower <= length { result[lower] = true }
            if upper >= 0 && upper <= length { result[upper] = true }
        }
        return result
    }

    /// True when document offset `offset` is a word boundary.
    func contains(_ offset: Int) -> Bool {
        let relative = offset - start
        return relative >= 0 && relative < isBoundary.count && isBoundary[relative]
    }

    /// True when an edge of `span` (document offsets) falls inside a word the lexicon
    /// confirms; always false without a lexicon.
    func cutsWord(_ span: TextSpan) -> Bool {
        guard let cuts else { return false }
        let lower = span.start - start, upper = span.end - start
        return (lower >= 0 && lower < cuts.start.count && cuts.start[lower])
            || (upper >= 0 && upper < cuts.end.count && cuts.end[upper])
    }

    /// High when both edges of `span` (document offsets) are boundaries, medium when one is,
    /// low when neither is.
    func confidence(of span: TextSpan) -> TermMatch.Confidence {
        switch (contains(span.start), contains(span.end)) {
        case (true, true): return .high
        case (false, false): return .low
        default: return .medium
        }
    }
}
