import Testing

@testable import DuizhaoCore
@testable import DuizhaoText

@Suite struct WordFactsTests {
    func facts() throws -> WordFacts {
        WordFacts(
            transcriber: try PinyinTranscriber(),
            senses: try SenseTable(text: EnglishLineFixtures.sensesText, path: "senses.tsv"),
            glosser: ["猫": "cat", "重点": "focal point"])
    }

    @Test func senseTableBeforeDictionaryAndPinyinWithBoth() throws {
        let words = try facts()
        let key = words.facts(of: "重点", afterNumber: false)
        #expect(key.pinyin == "zhòng diǎn" && key.gloss == "key" && key.layer == .lexicon)
        let cat = words.facts(of: "猫", afterNumber: false)
        #expect(cat.pinyin == "māo" && cat.gloss == "cat" && cat.layer == .dictionary)
        let unknown = words.facts(of: "狗", afterNumber: false)
        #expect(unknown.pinyin == "gǒu" && unknown.gloss == nil && unknown.layer == AnnotatedToken.GlossLayer.none)
        // Without Han characters: no pinyin, and no gloss from any layer.
        let latin = words.facts(of: "GDP", afterNumber: false)
        #expect(latin.pinyin == nil && latin.gloss == nil && latin.layer == AnnotatedToken.GlossLayer.none)
    }

    @Test func afterANumberIsRememberedApart() throws {
        let words = try facts()
        // 项 is "item" on its own, a classifier (no gloss of its own) after a number; asked in
        // either order, each context keeps its answer.
        #expect(words.facts(of: "项", afterNumber: true).gloss == nil)
        #expect(words.facts(of: "项", afterNumber: false).gloss == "item")
        #expect(words.facts(of: "项", afterNumber: true).gloss == nil)
        #expect(words.facts(of: "项", afterNumber: false).layer == .lexicon)
    }

    @Test func anotherThreadsCopyGivesTheSameFacts() throws {
        let words = try facts()
        let copy = try words.forAnotherThread()
        for word in ["重点", "猫", "狗", "项"] {
            let a = words.facts(of: word, afterNumber: false), b = copy.facts(of: word, afterNumber: false)
            #expect(a.pinyin == b.pinyin && a.gloss == b.gloss && a.layer == b.layer)
        }
    }

    @Test func lineEnglishIsTheGlossLinesOwnAndRemembered() throws {
        let words = try facts()
        // The sense table's English; a classifier after a number is left out; a counted
        // number is the number; a function word's gloss; nil leaves the token's gloss.
        #expect(words.lineEnglish(of: "重点", afterNumber: false) == .some("key"))
        #expect(words.lineEnglish(of: "项", afterNumber: true) == .some(""))
        #expect(words.lineEnglish(of: "项", afterNumber: false) == .some("item"))
        #expect(words.lineEnglish(of: "三项", afterNumber: false) == .some("three"))
        #expect(words.lineEnglish(of: "之", afterNumber: false) == .some("of"))
        #expect(words.lineEnglish(of: "猫", afterNumber: false) == .some(nil))
        // Asked again, the same answers (from the memo).
        #expect(words.lineEnglish(of: "项", afterNumber: true) == .some(""))
        #expect(words.lineEnglish(of: "猫", afterNumber: false) == .some(nil))
        // The gloss line gives the same words with and without a memo.
        let senses = try SenseTable(text: EnglishLineFixtures.sensesText, path: "senses.tsv")
        for (word, afterNumber) in [("重点", false), ("项", true), ("三项", false), ("猫", false)] {
            #expect(
                words.lineEnglish(of: word, afterNumber: afterNumber)
                    == .some(GlossTranslator.ownEnglish(of: word, afterNumber: afterNumber, senses: senses)))
        }
    }
}
