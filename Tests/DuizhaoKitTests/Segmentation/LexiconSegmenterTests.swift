import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

/// Builds tokens as ICU would give them: `"委员|会|。"` → three adjacent tokens. A `␣`
/// stands for a space between tokens (a gap in the offsets, no token).
func icuTokens(_ layout: String) -> [Token] {
    var tokens: [Token] = []
    var offset = 0
    for piece in layout.split(separator: "|") {
        var text = String(piece)
        while text.hasPrefix("␣") { text.removeFirst(); offset += 1 }
        let length = text.unicodeScalars.count
        let first = text.unicodeScalars.first!
        let kind: Token.Kind
        if first.isHan {
            kind = .ideographic
        } else if first.properties.numericType != nil && !first.isHan && first != "○" {
            kind = .number
        } else if first.isASCII && first.properties.isAlphabetic {
            kind = .letter
        } else {
            kind = Token.Kind(ruleStatus: 0, first: first)
        }
        tokens.append(Token(text: text, span: TextSpan(start: offset, end: offset + length), kind: kind))
        offset += length
    }
    return tokens
}

@Suite struct LexiconSegmenterTests {
    let lexicon = WordListLexicon([
        "委员", "委员会", "会", "社会", "主义", "社会主义", "新", "的", "人", "才", "人才", "才好", "好", "孔雀", "计划", "年", "月", "日",
    ])

    func segment(
        _ layout: String, options: LexiconSegmenter.Options = .glossing, lexicon: (any Lexicon)? = nil
    ) -> [String] {
        LexiconSegmenter(lexicon: lexicon ?? self.lexicon, options: options).resegment(icuTokens(layout)).map(\.text)
    }

    @Test func joinsICUWordsIntoALexiconWord() {
        #expect(segment("委员|会|。") == ["委员会", "。"])
    }

    @Test func splitsAnICUWordTheLexiconDoesNotKnow() {
        #expect(segment("新的|委员|会") == ["新", "的", "委员会"])
    }

    @Test func keepsAKnownICUWordRatherThanCuttingIntoIt() {
        // 人|才好 is as short as 人才|好 but cuts into the known ICU word 人才.
        #expect(segment("人才|好") == ["人才", "好"])
    }

    @Test func keepsUnknownWordsWhenNothingBetterCoversThem() {
        // 泽民 is unknown, but its characters are not lexicon words either.
        #expect(segment("泽民|的") == ["泽", "民", "的"])
        let names = WordListLexicon(["泽民"])
        #expect(segment("泽民|的", lexicon: names) == ["泽民", "的"])
    }

    @Test func aShortWordListKeepsICUWords() throws {
        let glossaryOnly = try #require(LexiconSegmenter.standard(dictionary: nil, extraWords: ["孔雀计划"]))
        #expect(glossaryOnly.options.splitsUnknownICUWords == false)
        #expect(glossaryOnly.resegment(icuTokens("实施|孔雀|计划")).map(\.text) == ["实施", "孔雀计划"])
        // With splitting on, the same word list would break 实施 into characters.
        #expect(segment("实施|孔雀|计划", lexicon: WordListLexicon(["孔雀计划"])) == ["实", "施", "孔雀计划"])
        #expect(LexiconSegmenter.standard(dictionary: nil, extraWords: []) == nil)
        let dictionary = try DictionaryFixture.load()
        let both = try #require(LexiconSegmenter.standard(dictionary: dictionary, extraWords: ["孔雀计划"]))
        #expect(both.resegment(icuTokens("孔雀|计划|的|委员|会")).map(\.text) == ["孔雀计划", "的", "委员会"])
        #expect(
            LexiconSegmenter.standard(dictionary: dictionary)?.resegment(icuTokens("孔雀|计划")).map(\.text) == [
                "孔雀", "计划",
            ])
    }

    @Test func granularityOptionDecidesCompounds() {
        #expect(segment("社会|主义") == ["社会主义"])
        #expect(segment("社会|主义", options: .fineGrained) == ["社会", "主义"])
        // A compound of single characters is joined at either granularity.
        #expect(segment("委员|会", options: .fineGrained) == ["委员会"])
    }

    @Test func doesNotJoinAcrossGapsOrNonHanTokens() {
        #expect(segment("委员|␣会") == ["委员", "会"])
        #expect(segment("委员|A|会") == ["委员", "A", "会"])
    }

    @Test func joinsNumbersWithDateAndMagnitudeUnits() {
        #expect(segment("2024|年|12|月|31|日") == ["2024年", "12月", "31日"])
        #expect(segment("10|年") == ["10", "年"])
        #expect(segment("3.5|万|人") == ["3.5万", "人"])
        #expect(segment("1|万|亿") == ["1万亿"])
        #expect(segment("90|％") == ["90％"])
        #expect(segment("二|○|○|一|年") == ["二○○一年"])
        #expect(segment("十二|月|三十一|日") == ["十二月", "三十一日"])
        let off = LexiconSegmenter.Options(joinsNumeralUnits: false)
        #expect(segment("2024|年", options: off) == ["2024", "年"])
    }

    @Test func joinsRepeatedDashesAndEllipses() {
        #expect(segment("—|—|新") == ["——", "新"])
        #expect(segment("…|…") == ["……"])
        #expect(segment("，|，") == ["，", "，"])
    }

    @Test func glossaryWordsJoinTheLexicon() {
        let glossary = WordListLexicon(["孔雀计划"])
        #expect(segment("孔雀|计划") == ["孔雀", "计划"])
        #expect(segment("孔雀|计划", lexicon: UnionLexicon([lexicon, glossary])) == ["孔雀计划"])
    }

    @Test func spansStayConsistentAndUnchangedTokensAreKept() {
        var tokens = icuTokens("新的|委员|会|，|社会|主义|2024|年")
        tokens[3].entryID = "kept"
        let result = LexiconSegmenter(lexicon: lexicon).resegment(tokens)
        // The tokens tile the same text: each span follows the last and matches its text.
        var offset = 0
        for token in result {
            #expect(token.span.start == offset)
            #expect(token.span.length == token.text.unicodeScalars.count)
            offset = token.span.end
        }
        #expect(offset == tokens.last!.span.end)
        #expect(result.map(\.text).joined() == tokens.map(\.text).joined())
        #expect(result.first(where: { $0.text == "，" })?.entryID == "kept")
        #expect(result.first(where: { $0.text == "2024年" })?.kind == .number)
        #expect(result.first(where: { $0.text == "委员会" })?.kind == .ideographic)
    }

    @Test func boundariesAPIWorksOnScalars() {
        let segmenter = LexiconSegmenter(lexicon: lexicon)
        #expect(segmenter.boundaries(of: Array("委员会的".unicodeScalars), icuBoundaries: [0, 2, 3, 4]) == [0, 3, 4])
        #expect(segmenter.boundaries(of: [], icuBoundaries: [0]) == [0])
    }

    @Test func usesTheDictionaryInEitherScript() throws {
        let dictionary = try DictionaryFixture.load()
        let segmenter = LexiconSegmenter(lexicon: dictionary)
        #expect(segmenter.resegment(icuTokens("委員|會|的|新")).map(\.text) == ["委員會", "的", "新"])
        #expect(segmenter.resegment(icuTokens("好人才")).map(\.text) == ["好", "人才"])
    }

    @Test func defaultWordLengthsUseContains() {
        struct Tiny: Lexicon {
            var maxWordLength: Int { 3 }
            func contains(_ word: String) -> Bool { ["ab", "abc"].contains(word) }
        }
        let scalars = Array("abcd".unicodeScalars)
        #expect(Tiny().wordLengths(in: scalars[...], from: 0, limit: 4) == [2, 3])
        #expect(Tiny().wordLengths(in: scalars[...], from: 0, limit: 2) == [2])
        #expect(lexicon.wordLengths(in: Array("委员会".unicodeScalars)[...], from: 0, limit: 3) == [2, 3])
    }
}
