import Testing

@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct EntryIDGeneratorTests {
    @Test func slugsFoldCaseDiacriticsAndPunctuation() {
        #expect(EntryIDGenerator.slug("Peacock Plan") == "peacock-plan")
        #expect(EntryIDGenerator.slug("  Café — “Zürich” 2.0 ") == "cafe-zurich-2-0")
        #expect(EntryIDGenerator.slug("ＡＢＣ１") == "abc1")
        #expect(EntryIDGenerator.slug("孔雀计划") == "")
        #expect(
            EntryIDGenerator.slug(
                "reforms to streamline administration, delegate power and improve services", limit: 48)
                == "reforms-to-streamline-administration-delegate")
        #expect(EntryIDGenerator.isValid("5g-base-station"))
        #expect(!EntryIDGenerator.isValid("C0001"))
    }

    @Test func fallsBackToPinyinAndMakesIDsUnique() {
        let generator = EntryIDGenerator()
        #expect(generator.base(en: "——", zh: "孔雀计划") == "kong-que-ji-hua")
        #expect(generator.base(en: "", zh: "——") == "term")
        #expect(generator.unique("a") == "a")
        #expect(generator.unique("a") == "a-2")
        #expect(generator.unique("a") == "a-3")
    }
}
