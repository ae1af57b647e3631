import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct ICUServicesTests {
    @Test func wordBreakReportsRuleStatuses() throws {
        let iterator = try BreakIterator(.word)
        let text = Array("改革2024年 ABC。".utf16)
        let boundaries = try iterator.boundaries(of: text)
        #expect(boundaries.map(\.offset) == [2, 6, 7, 8, 11, 12])
        #expect(boundaries[0].ruleStatus >= 400)  // 改革: ideographic
        #expect((100..<200).contains(boundaries[1].ruleStatus))  // 2024: number
        #expect((200..<300).contains(boundaries[4].ruleStatus))  // ABC: letter
    }

    @Test func normalizesNFKC() {
        #expect(NormalizationForm.nfkc.normalize("ＡＢＣ１２３（全角）") == "ABC123(全角)")
        #expect(NormalizationForm.nfkcCasefold.normalize("ＰＥＡＣＯＣＫ") == "peacock")
    }

    @Test func transliteratesTraditionalToSimplified() throws {
        let transliterator = try Transliterator("Hant-Hans")
        #expect(transliterator.transform("孔雀計劃，粵港澳大灣區") == "孔雀计划，粤港澳大湾区")
    }

    @Test func sortsInPinyinOrder() throws {
        let collator = try Collator.pinyin()
        let sorted = collator.sorted(["张", "阿", "孔", "放"]) { $0 }
        #expect(sorted == ["阿", "放", "孔", "张"])
        #expect(collator.compare("放管服", "孔雀计划") < 0)
    }

    @Test func unknownTransformFails() {
        #expect(throws: ICUError.self) { try Transliterator("No-Such-Transform") }
    }
}
