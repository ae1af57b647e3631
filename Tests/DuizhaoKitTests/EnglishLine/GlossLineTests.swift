import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// The gloss line with the sense and formula tables: headings, dates, document numbers,
/// ordinals, names and classifiers (golden lines).
@Suite struct GlossLineTests {
    func line(_ text: String) throws -> EnglishLine {
        try #require(try EnglishLineFixtures.sentences(text).first).english
    }

    @Test func standardHeadingsTakeTheirFormulaByTier() throws {
        #expect(try line("一、总体要求") == EnglishLine(text: "I. General Requirements", origin: .formula))
        #expect(try line("（二）保障措施") == EnglishLine(text: "(2) Supporting Measures", origin: .formula))
        #expect(try line("3. 组织实施") == EnglishLine(text: "3. Organization and Implementation", origin: .formula))
        #expect(try line("（1）指导思想") == EnglishLine(text: "(a) Guiding Thought", origin: .formula))
        #expect(try line("第四章 保障措施").text == "Chapter IV Supporting Measures")
        #expect(try line("十二、指导思想").text == "XII. Guiding Thought")
        #expect(
            try line("（此件公开发布）") == EnglishLine(text: "(This document is released to the public)", origin: .formula))
    }

    @Test func aHeadingFormulaInRunningTextIsAGloss() throws {
        // Document types are for titles: 意见 inside a sentence is not "Opinions".
        let english = try line("推进重点任务，完成工作。")
        #expect(english == EnglishLine(text: "advance key task, complete work.", origin: .gloss))
    }

    @Test func datesAreEnglish() throws {
        #expect(try line("2026年1月25日") == EnglishLine(text: "January 25, 2026", origin: .formula))
        #expect(try line("二〇二六年三月五日").text == "March 5, 2026")
        #expect(try line("2025年12月").text == "December 2025")
        let subtitle = try line("——2026年1月25日在第十四届会上").text
        #expect(subtitle.hasPrefix("— January 25, 2026 at 14th"))
    }

    @Test func documentNumbersAreEnglish() throws {
        #expect(try line("国发〔2021〕7号").text == "Guo Fa [2021] No. 7")
        #expect(try line("国办发〔2022〕35号").text == "Guo Ban Fa [2022] No. 35")
        #expect(try line("粤府办[2023]12号").text == "Yue Fu Ban [2023] No. 12")
    }

    @Test func ordinalsAreEnglish() throws {
        #expect(try line("第十四届").text == "14th")
        #expect(try line("第2次").text == "2nd")
        #expect(try line("第二十一届").text == "21st")
    }

    @Test func namesAfterTitlesAreTransliterated() throws {
        let sentence = try #require(try EnglishLineFixtures.sentences("省长 尹勇").first)
        #expect(sentence.english.text == "governor Yin Yong")
        let name = try #require(sentence.tokens.first { $0.text == "尹勇" })
        #expect(name.glossLayer == .transliteration && name.gloss == "Yin Yong")
        #expect(try line("记者 王小明").text == "reporter Wang Xiaoming")
        #expect(try line("习近平同志").text == "Xi Jinping comrade")
    }

    @Test func classifiersAfterNumbersAreLeftOut() throws {
        let task = try line("一项重点任务").text
        #expect(task == "one key task")
        #expect(try line("重点项").text == "key item")
    }

    @Test func withoutTablesTheLineStillReadsDatesAndNumbers() throws {
        let context = AnnotationContext(
            glossary: AnnotationFixtures.glossary, matcher: FixtureMatcher(entries: AnnotationFixtures.entries),
            glosser: AnnotationFixtures.dictionary)
        let sentences = try Annotator(context: context).annotate(try Fixtures.document(text: "国发〔2021〕7号，2026年1月25日。"))
            .sentences
        #expect(sentences.first?.english.text == "Guo Fa [2021] No. 7, January 25, 2026.")
    }
}
