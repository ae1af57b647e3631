import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct GlossaryLookupTests {
    let lookup: GlossaryLookup

    init() throws { lookup = try GlossaryLookup(glossary: GlossaryFixtures.glossary) }

    func first(_ query: String) -> LookupResult? { lookup.lookup(query).results.first }

    @Test func findsSimplifiedAndTraditionalHeadwordsAndVariants() throws {
        #expect(first("孔雀计划")?.entry.id == "peacock-plan")
        #expect(first("孔雀计划")?.reason == .headword)
        let traditional = try #require(first("孔雀計劃"))
        #expect(traditional.entry.id == "peacock-plan")
        #expect(traditional.reason == .foldedHeadword)
        #expect(first("雙創")?.reason == .variant)
        #expect(first("“三网”融合")?.entry.id == "three-networks")
        #expect(first("ＧＤＰ")?.entry.id == "gdp")
    }

    @Test func findsByPinyinWithOrWithoutTonesAndSpaces() {
        for query in ["fangguanfu", "fàng guǎn fú", "fang4 guan3 fu2", "Fang Guan Fu"] {
            #expect(first(query)?.entry.id == "fangguanfu", "\(query)")
            #expect(first(query)?.reason == .pinyin, "\(query)")
        }
    }

    @Test func findsByEnglishWordsCaseInsensitively() {
        #expect(first("Peacock Plan")?.reason == .english)
        #expect(first("peacock plan")?.entry.id == "peacock-plan")
        #expect(first("peacock")?.entry.id == "peacock-plan")
        #expect(first("peacock")?.reason == .englishWords)
        #expect(first("GBA")?.entry.id == "greater-bay-area")
        #expect(first("GBA")?.reason == .alternative)
        #expect(first("Peacock Scheme")?.entry.id == "peacock-plan")
    }

    @Test func findsTheLongestLeadingTermOfAPastedPhrase() throws {
        let result = try #require(first("放管服改革深入推进"))
        #expect(result.entry.id == "fangguanfu")
        #expect(result.reason == .prefix)
        #expect(first("粤港澳大湾区建设")?.entry.id == "greater-bay-area")
        // Terms further inside the phrase come after the leading one.
        let inside = lookup.lookup("深入推进放管服改革").results
        #expect(inside.map(\.entry.id) == ["fangguanfu", "reform"])
        #expect(inside.first?.reason == .inQuery)
    }

    @Test func findsByFullForm() {
        #expect(first("简政放权、放管结合、优化服务")?.entry.id == "fangguanfu")
    }

    @Test func ranksByRelevanceThenPinyin() {
        let results = lookup.lookup("大湾区").results
        #expect(results.first?.entry.id == "bay-area")
        #expect(results.map(\.entry.id).contains("greater-bay-area"))
        // Two matches of the same kind come in pinyin order: gǎng ào before kǒng què.
        let glossary = Glossary(entries: [
            GlossaryEntry(id: "k", zh: "孔雀团队", en: "Peacock Team", source: "t"),
            GlossaryEntry(id: "a", zh: "安居工程", en: "Peacock housing", source: "t"),
        ])
        let ordered = try? GlossaryLookup(glossary: glossary).lookup("peacock").results.map(\.entry.id)
        #expect(ordered == ["a", "k"])
    }

    @Test func resultsCarryTraditionalFormPinyinAndFullFormEnglish() throws {
        let glossary = Glossary(
            entries: GlossaryFixtures.entries + [
                GlossaryEntry(
                    id: "jianzheng", zh: "简政放权、放管结合、优化服务", en: "streamline, delegate, regulate, serve", source: "t")
            ])
        let result = try #require(try GlossaryLookup(glossary: glossary).lookup("放管服").results.first)
        #expect(result.pinyin == "fàng guǎn fú")
        #expect(result.traditional == nil)
        #expect(result.fullFormEnglish == "streamline, delegate, regulate, serve")
        #expect(result.fullFormID == "jianzheng")
        #expect(first("孔雀计划")?.traditional == "孔雀計劃")
        #expect(first("双创")?.traditional == "雙創")
    }

    @Test func noMatchGivesEmptyResultsAndCloseSuggestions() {
        let pinyin = lookup.lookup("fangguanfo")
        #expect(pinyin.results.isEmpty)
        #expect(pinyin.suggestions.first?.id == "fangguanfu")
        let english = lookup.lookup("Peacok Plan")
        #expect(english.results.isEmpty)
        #expect(english.suggestions.first?.id == "peacock-plan")
        let chinese = lookup.lookup("孔雀规划")
        #expect(chinese.results.isEmpty)
        #expect(chinese.suggestions.map(\.id).contains("peacock-plan"))
        let nothing = lookup.lookup("zzzzqqqq")
        #expect(nothing.results.isEmpty && nothing.suggestions.isEmpty)
    }
}
