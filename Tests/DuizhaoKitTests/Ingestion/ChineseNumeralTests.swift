import Testing

@testable import DuizhaoCore
@testable import DuizhaoText

/// One table of Chinese numerals (`ChineseNumeral`) for outlines, quantities, dates and the
/// English line, and one exact-string key.
@Suite struct ChineseNumeralTests {
    @Test func everyReaderTakesItsDigitsFromTheOneTable() {
        #expect(ChineseNumeral.value(of: "一百零五") == 105)
        #expect(ChineseNumeral.value(of: "两千") == 2000)
        #expect(
            ChineseNumeral.isNumeralScalar("〇") && ChineseNumeral.isNumeralScalar("两")
                && ChineseNumeral.isNumeralScalar("千"))
        #expect(!ChineseNumeral.isNumeralScalar("万"))
        #expect(
            ChineseNumeral.yearDigit("〇") == 0 && ChineseNumeral.yearDigit("○") == 0
                && ChineseNumeral.yearDigit("两") == nil)
        // A year typed with ○ (U+25CB) for 〇: the segmenter, the English line and the formal
        // lines' date all read it now; the date reader used to refuse it.
        #expect(FormalLines.chineseDate(in: "二○二一年三月八日") == "2021-03-08")
        #expect(FormalLines.chineseDate(in: "二〇二一年三月八日") == "2021-03-08")
        #expect(LinePhraseFinder.year(Array("二○二一年".unicodeScalars), at: 0)?.value == 2021)
        #expect(NumeralUnits.dateLengths(in: Array("二○二一年".unicodeScalars)[...], from: 0).contains(5))
        let quantities = QuantityExtractor().quantities(in: "安排两千万元")
        #expect(quantities.contains { $0.surface.contains("两千万") })
    }

    @Test func theExactStringKeyComparesBytesNotCanonicalEquivalence() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        #expect(ExactString(composed) != ExactString(decomposed))
        #expect(ExactString("孔雀计划") == ExactString(String("孔雀计划计划".prefix(4))))
        var keys: [ExactString: Int] = [:]
        keys[ExactString(composed)] = 1
        keys[ExactString(decomposed)] = 2
        #expect(keys.count == 2)
    }
}
