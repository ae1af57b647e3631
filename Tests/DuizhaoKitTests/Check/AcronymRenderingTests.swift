import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct AcronymRenderingTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(
            id: "must", zh: "澳门科技大学", en: "Macau University of Science and Technology", alternatives: [.init("MUST")],
            category: "institution", status: .official, source: "university"),
        GlossaryEntry(
            id: "safe", zh: "国家外汇管理局", en: "State Administration of Foreign Exchange", alternatives: [.init("SAFE")],
            category: "institution", status: .official, source: "SAFE"),
        GlossaryEntry(
            id: "most", zh: "科学技术部", en: "Ministry of Science and Technology", alternatives: [.init("MOST")],
            category: "institution", status: .official, source: "MOST"),
    ])

    func found(_ text: String) -> [String] {
        let index = RenderingIndex(glossary: Self.glossary)
        return index.occurrences(in: text, words: EnglishWords(text)).map(\.surface)
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(found("We must keep savings safe; most of the idea is simple.").isEmpty)
        #expect(found("Must it be Safe?").isEmpty)
        #expect(found("The SAFE and MOST issued rules; MUST admitted students.") == ["SAFE", "MOST", "MUST"])
    }

    @Test func aWordInACapitalisedHeadingIsNoAcronym() {
        #expect(found("YOU MUST KEEP IT SAFE").isEmpty)
        #expect(found("SAFE, MOST") == ["SAFE", "MOST"])
    }

    /// A passage of the official English version of the 2024 Report on the Work of the
    /// Government (State Council; English text as published on Wikisource,
    /// "2024 Report on the Work of the Government.pdf", page 37; it uses "must" as a verb),
    /// paired with a Chinese sentence of the same meaning written by the team: no
    /// rendering-without-source finding for MUST.
    @Test func aRealTranslationGivesNoFalseAcronymFinding() throws {
        let english =
            "All of us in government must observe discipline and abide by the law, cultivate ethical and moral character, fulfill our responsibilities diligently, and work for the people with honesty and integrity."
        let pairs = [BilingualPair(source: "各级政府工作人员要遵纪守法、修身律己，廉洁奉公、忠于职守、干净干事。", target: english, line: 1)]
        let report = try TranslationChecker(glossary: Self.glossary).check(pairs: pairs, file: "gwr-2024.tsv")
        #expect(!report.findings.contains { $0.kind == .renderingWithoutSource }, "\(report.findings.map(\.message))")
    }
}
