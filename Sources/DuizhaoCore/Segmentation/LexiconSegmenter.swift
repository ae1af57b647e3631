import DuizhaoText

/// Improves ICU's word segmentation of Chinese with a lexicon (CC-CEDICT headwords, and
/// optionally a glossary's headwords).
///
/// ICU's dictionary segmentation splits many compounds (`委员|会`, `社会|主义`, `克|林|顿`)
/// and glues function words onto content words (`新的`, `也是`). For each run of adjacent
/// Han tokens this segmenter finds the cheapest path through a lattice whose edges are:
///
/// - ICU's own tokens: cheap when the lexicon knows the word (or it is one character),
///   dearer than two words when it does not, so unknown ICU words are split into known ones;
/// - lexicon words within the run: one word's cost, plus a penalty for each edge that cuts
///   into a known ICU word; optionally a penalty for joining several multi-character ICU
///   words (finer, PKU-like granularity);
/// - single characters, and Chinese-numeral dates (`二○○一年`, `十二月`, `三十一日`).
///
/// It also joins an Arabic number to a following date or magnitude unit (`2024年`, `12月`,
/// `3.5万`; not the duration `10年`) and to a percent sign, and joins runs of `—` or `…`.
/// Other tokens (Latin words, punctuation, numbers) keep ICU's boundaries. A value type;
/// it holds no ICU objects.
public struct LexiconSegmenter: Sendable {
    /// How the segmenter weighs its choices.
    public struct Options: Sendable, Equatable {
        /// Extra cost for a lexicon word that joins two or more multi-character ICU words,
        /// in units of one word. 0 prefers the longest lexicon words (`中央军事委员会`), the
        /// better unit for glossing; above 1 keeps such compounds apart, as the PKU standard does.
        var compoundPenalty: Double
        /// Join Arabic numbers with date and magnitude units, and recognise Chinese-numeral dates.
        var joinsNumeralUnits: Bool
        /// Join runs of the same dash or ellipsis (`——`, `……`).
        var joinsRepeatedPunctuation: Bool
        /// Re-segment ICU words the lexicon does not know. Right for a general lexicon such as
        /// CC-CEDICT; turn it off when the lexicon is only a short word list (a glossary),
        /// which would otherwise break every word it lacks into characters.
        var splitsUnknownICUWords: Bool

        /// Creates options.
        public init(
            compoundPenalty: Double = 0, joinsNumeralUnits: Bool = true, joinsRepeatedPunctuation: Bool = true,
            splitsUnknownICUWords: Bool = true
        ) {
            self.compoundPenalty = compoundPenalty
            self.joinsNumeralUnits = joinsNumeralUnits
            self.joinsRepeatedPunctuation = joinsRepeatedPunctuation
            self.splitsUnknownICUWords = splitsUnknownICUWords
        }

        /// Longest lexicon words: whole dictionary compounds and names as one token (the default).
        public static let glossing = Options()
        /// Finer words, closer to the PKU segmentation standard.
        public static let fineGrained = Options(compoundPenalty: 1.05)
    }

    /// The lexicon consulted.
    public let lexicon: any Lexicon
    /// The weights.
    public let options: Options

    // Costs in hundredths of a word.
    static let wordCost = 100
    static let cutCost = 60
    static let unknownICUWordCost = 205

    /// Creates a segmenter over `lexicon`.
    public init(lexicon: any Lexicon, options: Options = .glossing) {
        self.lexicon = lexicon
        self.options = options
    }

    /// The segmenter for a document: CC-CEDICT's headwords plus `extraWords` (a glossary's
    /// headwords). Without a dictionary the extra words alone are used and ICU's other words
    /// are kept; nil when there is neither.
    public static func standard(
        dictionary: CEDictionary?, extraWords: [String] = [], options: Options = .glossing
    ) -> LexiconSegmenter? {
        let extra = WordListLexicon(extraWords)
        switch (dictionary, extra.count) {
        case (nil, 0):
            return nil
        case (let dictionary?, 0):
            return LexiconSegmenter(lexicon: dictionary, options: options)
        case (let dictionary?, _):
            return LexiconSegmenter(lexicon: UnionLexicon([dictionary, extra]), options: options)
        case (nil, _):
            var narrow = options
            narrow.splitsUnknownICUWords = false
            return LexiconSegmenter(lexicon: extra, options: narrow)
        }
    }

    /// Re-segments a sentence's tokens (ICU's, in order, whitespace left out). Tokens that
    /// keep their span are returned unchanged; new tokens are `.ideographic` (`.number` for a
    /// number joined with its unit, `.punctuation` for joined dashes).
    public func resegment(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if isRunMember(token) {
                var end = index + 1
                while end < tokens.count, isRunMember(tokens[end]), tokens[end].span.start == tokens[end - 1].span.end {
                    end += 1
                }
                segmentRun(tokens[index..<end], into: &result)
                index = end
                continue
            }
            if options.joinsRepeatedPunctuation, let last = result.last, Self.isRepeatable(token.text),
                last.span.end == token.span.start,
                last.text.unicodeScalars.allSatisfy({ $0 == token.text.unicodeScalars.first! })
            {
                result[result.count - 1] = Token(
                    text: last.text + token.text, span: TextSpan(start: last.span.start, end: token.span.end),
                    kind: last.kind)
                index += 1
                continue
            }
            if options.joinsNumeralUnits, let last = result.last, last.kind == .number,
                last.span.end == token.span.start,
                token.text == "%" || token.text == "％", NumeralUnits.isArabicNumber(last.text)
            {
                result[result.count - 1] = Token(
                    text: last.text + token.text, span: TextSpan(start: last.span.start, end: token.span.end),
                    kind: .number)
                index += 1
                continue
            }
            result.append(token)
            index += 1
        }
        return result
    }

    /// Segments one run of Han text given as scalars, with ICU's word boundaries in it
    /// (scalar offsets, ascending, from 0 to `scalars.count`), and returns the new
    /// boundaries in the same form.
    public func boundaries(of scalars: [Unicode.Scalar], icuBoundaries: [Int]) -> [Int] {
        let count = scalars.count
        guard count > 0 else { return [0] }
        // The lattice's tables live in one scratch buffer, on the stack for the short runs
        // that are nearly all of them: a run used to allocate six arrays, and a document has
        // a run every few words.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * (count + 1)) { scratch in
            boundaries(of: scratch, scalars: scalars, icuBoundaries: icuBoundaries)
        }
    }

    /// Flags of a position in ``boundaries(of:icuBoundaries:)``'s lattice.
    private static let isBoundary = 1, trusted = 2, freeCut = 4

    /// ``boundaries(of:icuBoundaries:)`` with its tables in `scratch`, which holds
    /// 4 × (`scalars.count` + 1) integers: flags, where each ICU word ends, the best costs and
    /// the back pointers.
    private func boundaries(
        of scratch: UnsafeMutableBufferPointer<Int>, scalars: [Unicode.Scalar], icuBoundaries: [Int]
    ) -> [Int] {
        let count = scalars.count
        let (isBoundary, trusted, freeCut) = (Self.isBoundary, Self.trusted, Self.freeCut)
        let flags = UnsafeMutableBufferPointer(rebasing: scratch[0..<(count + 1)])
        // ICU words: where each one starting at a position ends, and whether the lexicon knows it.
        let icuEnd = UnsafeMutableBufferPointer(rebasing: scratch[(count + 1)..<(2 * count + 2)])
        let best = UnsafeMutableBufferPointer(rebasing: scratch[(2 * count + 2)..<(3 * count + 3)])
        let back = UnsafeMutableBufferPointer(rebasing: scratch[(3 * count + 3)..<(4 * count + 4)])
        flags.initialize(repeating: trusted)
        icuEnd.initialize(repeating: -1)
        for boundary in icuBoundaries where boundary >= 0 && boundary <= count { flags[boundary] |= isBoundary }
        flags[0] |= isBoundary
        flags[count] |= isBoundary
        // A cut at a boundary, or inside an unknown ICU word, costs nothing: those words are up
        // for re-segmentation.
        for position in 0...count where flags[position] & isBoundary != 0 { flags[position] |= freeCut }
        var start = 0
        for position in 1...count where flags[position] & isBoundary != 0 {
            icuEnd[start] = position
            if position - start > 1, options.splitsUnknownICUWords {
                if !lexicon.contains(scalars[start..<position]) {
                    flags[start] &= ~trusted
                    for inside in start...position { flags[inside] |= freeCut }
                }
            }
            start = position
        }

        let infinity = Int.max / 4
        best.initialize(repeating: infinity)
        back.initialize(repeating: 0)
        best[0] = 0
        let slice = scalars[...]
        let compoundPenalty = Int((options.compoundPenalty * 100).rounded())
        // The word lengths tried at a position, in one buffer for the whole run.
        var lengths: [Int] = []
        lengths.reserveCapacity(16)
        for position in 0..<count where best[position] < infinity {
            func relax(_ length: Int, _ cost: Int) {
                let end = position + length
                if best[position] + cost < best[end] {
                    best[end] = best[position] + cost
                    back[end] = position
                }
            }
            lengths.removeAll(keepingCapacity: true)
            lexicon.forEachWordLength(in: slice, from: position, limit: count - position) { lengths.append($0) }
            lengths.append(1)
            if options.joinsNumeralUnits, NumeralUnits.canStartDate(scalars[position]) {
                lengths.append(contentsOf: NumeralUnits.dateLengths(in: slice, from: position))
            }
            let icuLength = icuEnd[position] - position
            if icuLength > 0 { lengths.append(icuLength) }
            lengths.sort()
            var previous = 0
            for length in lengths where length != previous {
                previous = length
                let end = position + length
                if length == icuLength {
                    relax(length, flags[position] & trusted != 0 ? Self.wordCost : Self.unknownICUWordCost)
                    continue
                }
                var cost = Self.wordCost
                if flags[position] & freeCut == 0 { cost += Self.cutCost }
                if flags[end] & freeCut == 0 { cost += Self.cutCost }
                if compoundPenalty > 0, length > 2 {
                    // Count the multi-character ICU words this word is made of.
                    var pieces = 0, pieceStart = position
                    for inside in (position + 1)...end where flags[inside] & isBoundary != 0 {
                        if inside - pieceStart > 1, icuEnd[pieceStart] == inside { pieces += 1 }
                        pieceStart = inside
                    }
                    if pieces >= 2 { cost += compoundPenalty }
                }
                relax(length, cost)
            }
        }
        var pieces = 1
        var position = count
        while position > 0 {
            pieces += 1
            position = back[position]
        }
        return [Int](unsafeUninitializedCapacity: pieces) { result, initialized in
            var position = count
            for slot in stride(from: pieces - 1, through: 0, by: -1) {
                result[slot] = position
                position = back[position]
            }
            initialized = pieces
        }
    }

    // MARK: Runs

    /// Han words, and the circles used as zeros in dates (`二○○一`).
    func isRunMember(_ token: Token) -> Bool {
        if token.kind == .ideographic { return true }
        return !token.text.isEmpty && token.text.unicodeScalars.allSatisfy { $0 == "○" || $0 == "〇" }
    }

    static func isRepeatable(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 && (text == "—" || text == "…" || text == "―")
    }

    /// Segments one run of adjacent Han tokens, appending the result.
    func segmentRun(_ run: ArraySlice<Token>, into result: inout [Token]) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(run.count * 2)
        var icuBoundaries = [0]
        icuBoundaries.reserveCapacity(run.count + 1)
        for token in run {
            scalars.append(contentsOf: token.text.unicodeScalars)
            icuBoundaries.append(scalars.count)
        }
        let runStart = run.first!.span.start
        var offset = 0
        // A number just before the run takes the run's leading unit (2024 + 年).
        if options.joinsNumeralUnits, let last = result.last, last.kind == .number, last.span.end == runStart,
            NumeralUnits.isArabicNumber(last.text)
        {
            let unit = NumeralUnits.unitLength(afterNumber: last.text, following: scalars[...])
            if unit > 0 {
                let unitText = String(scalars: scalars[0..<unit])
                result[result.count - 1] = Token(
                    text: last.text + unitText, span: TextSpan(start: last.span.start, end: runStart + unit),
                    kind: .number)
                offset = unit
            }
        }
        guard offset < scalars.count else { return }
        // Nearly always the whole run (no unit taken): then no copy of it is made.
        let rest = offset == 0 ? scalars : Array(scalars[offset...])
        let boundaries = boundaries(
            of: rest,
            icuBoundaries: offset == 0 ? icuBoundaries : icuBoundaries.compactMap { $0 >= offset ? $0 - offset : nil })
        // Original tokens are returned unchanged where their span is kept: both lists are in
        // text order, so one walk finds them.
        var original = run.startIndex
        for (lower, upper) in zip(boundaries, boundaries.dropFirst()) {
            let span = TextSpan(start: runStart + offset + lower, end: runStart + offset + upper)
            while original < run.endIndex, run[original].span.start < span.start { original += 1 }
            if original < run.endIndex, run[original].span == span {
                result.append(run[original])
            } else {
                result.append(
                    Token(text: String(scalars: rest[lower..<upper]), span: span, kind: .ideographic))
            }
        }
    }
}
