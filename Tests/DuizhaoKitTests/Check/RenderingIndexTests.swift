import DuizhaoKit
import Testing

@testable import DuizhaoCore

@Suite struct RenderingIndexTests {
    let glossary = Glossary(entries: [
        GlossaryEntry(
            id: "bri", zh: "一带一路", en: "Belt and Road Initiative",
            alternatives: [.init("Belt and Road"), .init("One Belt, One Road", status: .deprecated)], status: .official),
        GlossaryEntry(
            id: "gba", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area",
            alternatives: [.init("Greater Bay Area")], status: .official),
        GlossaryEntry(id: "hk", zh: "香港", en: "Hong Kong", status: .official),
        GlossaryEntry(id: "fz", zh: "自由贸易试验区", en: "pilot free trade zone", status: .established),
        GlossaryEntry(id: "old", zh: "旧词", en: "old name", status: .deprecated),
    ])

    @Test func wordsAreNormalized() {
        #expect(
            EnglishWords("The Pilot Free-Trade Zones of China's coast").keys == [
                "pilot", "free", "trade", "zone", "of", "china", "coast",
            ])
        #expect(EnglishWords.normalize("policies") == "policy")
        #expect(EnglishWords.normalize("business") == "business")
        for (plural, singular) in [
            ("taxes", "tax"), ("enterprises", "enterprise"), ("processes", "process"), ("approaches", "approach"),
            ("zones", "zone"),
        ] {
            #expect(EnglishWords.normalize(plural) == EnglishWords.normalize(singular), "\(plural)")
        }
    }

    @Test func renderingsMatchWithToleranceOnly() {
        let index = RenderingIndex(glossary: glossary)
        let text = "the pilot free-trade zones and the Belt & Road"
        let words = EnglishWords(text)
        let found = index.occurrences(in: text, words: words)
        #expect(found.map(\.rendering.text) == ["pilot free trade zone"])
        #expect(found.map(\.surface) == ["pilot free-trade zones"])
    }

    @Test func longestRenderingWins() {
        let index = RenderingIndex(glossary: glossary)
        let text = "in the Guangdong-Hong Kong-Macao Greater Bay Area and in Hong Kong"
        let found = index.occurrences(in: text, words: EnglishWords(text))
        #expect(found.map { glossary.entries[$0.rendering.entry].id } == ["gba", "hk"])
    }

    @Test func deprecatedRenderingsAreMarked() {
        let index = RenderingIndex(glossary: glossary)
        #expect(index.renderings[0].map(\.isDeprecated) == [false, false, true])
        #expect(index.renderings[4].map(\.isDeprecated) == [true])
        #expect(index.renderings[1][1].isDistinctive)
        #expect(
            !RenderingIndex.Rendering(entry: 0, text: "incubator", isDeprecated: false, keys: ["incubator"])
                .isDistinctive)
    }
}
