import DuizhaoKit
import Foundation
import Testing
@testable import DuizhaoCore

@Suite struct TranslationCheckerTests {
    /// The deliberate errors of the fixture translation, by pair of the bilingual file.
    static let deliberate = [
        "missing-rendering error pair 4 market-access-negative-list -",
        "deprecated-rendering error pair 6 belt-and-road-initiative One Belt, One Road",
        "number-mismatch error pair 8 - 100 million",
        "inconsistent-rendering warning pair 13 peacock-plan Peacock Program",
        "rendering-without-source warning pair 21 negative-list negative list",
    ]

    @Test func bilingualFixtureGivesExactlyTheDeliberateErrors() throws {
        let pairs = try BilingualReader().read(path: try CheckFixtures.path("policy.tsv"))
        #expect(pairs.count == 23)
        let report = try CheckFixtures.checker().check(pairs: pairs, file: "policy.tsv")
        #expect(CheckFixtures.summary(report.findings) == Self.deliberate)
        // No finding on any other pair: the correct usages (Belt and Road, Greater Bay Area
        // after its full form, 1,000万 = 10 million, 百分之五 = 5%, 三年 = three years,
        // 两千家 = 2,000, 十五个 = Fifteen, overseas returnees, 2024年1月1日 = January 1, 2024).
        #expect(Set(report.findings.map(\.pair)) == [4, 6, 8, 13, 21])
        #expect(report.alignment.method == "given")
        #expect(report.pairs.allSatisfy { $0.confidence == 1 && $0.shape == "given" })
    }

    @Test func draftTargetsCountAsUntranslatedNotAsTranslations() throws {
        // A gloss draft full of wrong renderings and a number left out: as a finished target it
        // gives findings; marked as a draft it is only an untranslated sentence.
        let source = "实施孔雀计划，每年安排10亿元。"
        let gloss = "implement kongque jihua, every year arrange 100 million yuan."
        let finished = try CheckFixtures.checker().check(
            pairs: [BilingualPair(source: source, target: gloss, line: 3)], file: "a.xlf")
        #expect(finished.findings.contains { $0.kind == .numberMismatch })
        let draft = try CheckFixtures.checker().check(
            pairs: [BilingualPair(source: source, target: gloss, line: 3, isDraft: true)], file: "a.xlf")
        #expect(draft.findings.map(\.kind) == [.untranslatedSentence])
    }

    @Test func findingsCarryBothSentencesAndTheEntry() throws {
        let pairs = try BilingualReader().read(path: try CheckFixtures.path("policy.tsv"))
        let report = try CheckFixtures.checker().check(pairs: pairs, file: "policy.tsv")
        let deprecated = try #require(report.findings.first { $0.kind == .deprecatedRendering })
        #expect(deprecated.sourceText == "积极参与“一带一路”建设，深化与沿线国家的经贸合作。")
        #expect(deprecated.targetText.hasPrefix("We will actively take part in the One Belt, One Road initiative"))
        #expect(deprecated.entry?.zh == "一带一路")
        #expect(deprecated.entry?.en == "Belt and Road Initiative")
        #expect(deprecated.entry?.source.hasPrefix("Vision and Actions") == true)
        #expect(deprecated.expected == "Belt and Road Initiative")
        let number = try #require(report.findings.first { $0.kind == .numberMismatch })
        #expect(number.expected == "10亿元 = 1000000000")
        #expect(report.pairs[number.pair].sourceLine == 10)
        #expect(report.fails(at: .error))
        #expect(report.fails(at: .warning))
        #expect(!report.fails(at: nil))
    }

    @Test func alignedTranslationWithASplitAndAnOmission() throws {
        let source = try CheckFixtures.segments("policy-zh.txt")
        let target = try CheckFixtures.segments("policy-en.txt")
        #expect(source.count == 23)
        #expect(target.count == 23)
        let report = try CheckFixtures.checker().check(
            source: source, target: target, sourceName: "policy-zh.txt", translationName: "policy-en.txt")
        // Sentence 3 is translated as two English sentences; sentence 16 is left out.
        var expectedShapes = [String](repeating: "1-1", count: 23)
        expectedShapes[2] = "1-2"
        expectedShapes[15] = "1-0"
        #expect(report.pairs.map(\.shape) == expectedShapes)
        #expect(report.pairs[2].target.count == 2)
        #expect(report.pairs[2].target[1] == "It also aims to keep improving the business environment.")
        #expect(report.pairs[15].source == ["对符合条件的企业，研发费用增长部分给予百分之五的补贴，连续支持三年。"])
        #expect(report.pairs.allSatisfy { $0.confidence > 0.5 })
        #expect(report.alignment.byParagraph)
        let ratio = try #require(report.alignment.model?.ratio)
        #expect(ratio > 3 && ratio < 5)
        // The same deliberate errors, on the aligned pairs, and the omission.
        #expect(
            CheckFixtures.summary(report.findings) == [
                "missing-rendering error pair 4 market-access-negative-list -",
                "deprecated-rendering error pair 6 belt-and-road-initiative One Belt, One Road",
                "number-mismatch error pair 8 - 100 million",
                "inconsistent-rendering warning pair 13 peacock-plan Peacock Program",
                "untranslated-sentence warning pair 15 - -",
                "rendering-without-source warning pair 21 negative-list negative list",
            ])
    }

    func check(_ zh: String, _ en: String, glossary: Glossary? = nil) throws -> [CheckFinding] {
        let checker = try TranslationChecker(glossary: try glossary ?? CheckFixtures.glossary())
        return try checker.check(pairs: [BilingualPair(source: zh, target: en, line: 1)], file: "t.tsv").findings
    }

    @Test func renderingsAreMatchedTolerantly() throws {
        #expect(try check("一带一路", "the belt-and-road initiatives").isEmpty)
        #expect(try check("一带一路", "BRI projects").isEmpty)
        #expect(try check("孔雀计划", "the PEACOCK PLANS").isEmpty)
        #expect(try check("营商环境", "business environments").isEmpty)
        #expect(try check("营商环境", "market").map(\.kind) == [.missingRendering])
    }

    @Test func consistencyAcceptsShortFormsAndAcronyms() throws {
        let checker = try CheckFixtures.checker()
        let pairs = [
            BilingualPair(
                source: "推动粤港澳大湾区建设。", target: "We will build the Guangdong-Hong Kong-Macao Greater Bay Area.", line: 1),
            BilingualPair(source: "粤港澳大湾区企业。", target: "Greater Bay Area firms.", line: 2),
            BilingualPair(source: "粤港澳大湾区人才。", target: "GBA talent.", line: 3),
            BilingualPair(source: "孔雀计划。", target: "Peacock Plan.", line: 4),
            BilingualPair(source: "孔雀计划。", target: "Peacock Program.", line: 5),
            BilingualPair(source: "孔雀计划。", target: "Peacock Program.", line: 6),
        ]
        let findings = try checker.check(pairs: pairs, file: "t.tsv").findings
        // Two usages of Peacock Program outnumber one of Peacock Plan: the odd one is flagged.
        #expect(CheckFixtures.summary(findings) == ["inconsistent-rendering warning pair 3 peacock-plan Peacock Plan"])
    }

    @Test func deprecatedBesideTheAcceptedRenderingIsAWarning() throws {
        let findings = try check("推进一带一路建设。", "We advance the Belt and Road Initiative (formerly One Belt, One Road).")
        #expect(
            CheckFixtures.summary(findings) == [
                "deprecated-rendering warning pair 0 belt-and-road-initiative One Belt, One Road"
            ])
    }

    @Test func deprecatedWithoutItsTermIsAWarning() throws {
        let findings = try check("积极参与合作。", "We take part in One Belt, One Road cooperation.")
        #expect(
            CheckFixtures.summary(findings) == [
                "deprecated-rendering warning pair 0 belt-and-road-initiative One Belt, One Road"
            ])
    }

    @Test func numbersInOtherNotations() throws {
        #expect(try check("给予最高1,000万元奖励。", "a reward of up to 10 million yuan").isEmpty)
        #expect(try check("增长百分之五。", "growth of 5 percent").isEmpty)
        #expect(try check("到2025年。", "by 2025").isEmpty)
        #expect(try check("新增企业两千家。", "two thousand new firms").isEmpty)
        #expect(try check("十五个园区。", "15 parks").isEmpty)
        #expect(try check("十五个园区。", "16 parks").map(\.kind) == [.numberMismatch])
        let added = try check("园区。", "The 3 parks.")
        #expect(added.map(\.kind) == [.numberAdded])
        #expect(added.map(\.severity) == [.warning])
    }

    @Test func lowConfidencePairsSoftenTheirErrors() throws {
        // A Chinese sentence whose English is far too long to be its translation, next to an
        // English sentence that could be: the aligner is unsure, so errors become warnings.
        let checker = try CheckFixtures.checker()
        checker.lowConfidence = 1.01
        let report = try checker.check(
            source: [TextSegment(text: "深化营商环境改革。", paragraph: 0)],
            target: [TextSegment(text: "Deepen reform.", paragraph: 0)],
            sourceName: "a", translationName: "b")
        #expect(report.findings.map(\.kind) == [.lowConfidenceAlignment, .missingRendering])
        #expect(report.findings.map(\.severity) == [.info, .warning])
    }

    @Test func proposedEntriesAndRelatedWordsAreMilder() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(id: "specialized-college", zh: "特色学院", en: "specialized college", status: .proposed),
            GlossaryEntry(id: "technology-transfer", zh: "技术转移", en: "technology transfer", status: .established),
        ])
        let proposed = try check("发展特色学院。", "Develop featured colleges.", glossary: glossary)
        #expect(proposed.map(\.kind) == [.missingRendering])
        #expect(proposed.map(\.severity) == [.warning])
        // 成果转移 ends like 技术转移: the rendering without its term is only a note.
        let related = try check("设立成果转移中心。", "Set up a technology transfer center.", glossary: glossary)
        #expect(related.map(\.kind) == [.renderingWithoutSource])
        #expect(related.map(\.severity) == [.info])
        let unrelated = try check("设立中心。", "Set up a technology transfer center.", glossary: glossary)
        #expect(unrelated.map(\.severity) == [.warning])
    }

    @Test func listMarkersStayWithTheirSentence() throws {
        let document = try DocumentReader().read(
            bytes: Array("I. General Requirements\n2. Second item. It has two sentences.\nIV.\n".utf8), path: "en.txt",
            kind: .text)
        let segments = TextSegment.sentences(of: document)
        #expect(segments.map(\.text) == ["I. General Requirements", "2. Second item.", "It has two sentences.", "IV."])
        #expect(segments.map(\.line) == [1, 2, 2, 3])
    }

    @Test func termsFoundOnlyInsideOtherWordsAreWarnings() throws {
        // 民共和 lies inside ICU's word 中华人民共和国: both its edges fall inside words.
        let glossary = Glossary(entries: [GlossaryEntry(id: "x", zh: "民共和", en: "people's republic", status: .official)]
        )
        let matches = try TermMatcher(glossary: glossary).matches(in: "中华人民共和国成立。")
        #expect(matches.map(\.confidence) == [.low])
        let findings = try check("中华人民共和国成立。", "The PRC was founded.", glossary: glossary)
        #expect(findings.map(\.kind) == [.missingRendering])
        #expect(findings.map(\.severity) == [.warning])
    }
}
