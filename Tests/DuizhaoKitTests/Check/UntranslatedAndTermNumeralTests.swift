import DuizhaoKit
import Foundation
import Testing

/// Targets a CAT tool leaves untranslated, and numerals that are part of a term.
@Suite struct UntranslatedAndTermNumeralTests {
    let glossary = Glossary(entries: [
        GlossaryEntry(
            id: "three-network-convergence", zh: "三网融合", en: "three-network convergence",
            alternatives: [GlossaryEntry.Alternative("convergence of the three networks")], status: .established),
        GlossaryEntry(id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", status: .established),
    ])

    func findings(_ source: String, _ target: String) throws -> [CheckFinding] {
        try TranslationChecker(glossary: glossary).check(
            pairs: [BilingualPair(source: source, target: target, line: 1)], file: "t.xlf"
        ).findings
    }

    @Test func aTargetRepeatingTheSourceIsUntranslatedWhateverElseItHas() throws {
        // It holds the term and the number, so nothing else would be reported.
        let copied = try findings("实施孔雀计划，安排10亿元。", "实施孔雀计划，安排10亿元。")
        #expect(copied.map(\.kind) == [.untranslatedSentence])
        #expect(copied.first?.message == "not translated: the target repeats the Chinese source")
        // A sentence without terms or numbers passes silently no more.
        #expect(try findings("深化改革。", "深化改革。").map(\.kind) == [.untranslatedSentence])
    }

    @Test func aTargetStillMostlyChineseIsUntranslated() throws {
        let half = try findings("推进孔雀计划。", "推进孔雀计划 Peacock。")
        #expect(half.map(\.kind) == [.untranslatedSentence])
        #expect(half.first?.message == "not translated: the target is still mostly Chinese")
        // A Chinese name kept beside an English translation is a translation.
        #expect(try findings("实施孔雀计划。", "Implement the Peacock Plan (孔雀计划).").isEmpty)
    }

    @Test func theReasonsAreTheSameForImportAndCheck() {
        #expect(UntranslatedTarget.reason(source: "深化改革。", target: " ") == .empty)
        #expect(UntranslatedTarget.reason(source: "深化改革。", target: "深化改革。") == .sameAsSource)
        #expect(UntranslatedTarget.reason(source: "深化改革。", target: "深化改革reform。") == .mostlyChinese)
        #expect(UntranslatedTarget.reason(source: "中国制造2025", target: "Made in China 2025 (中国制造2025)") == nil)
        #expect(UntranslatedTarget.reason(source: "深化改革。", target: "Deepen reform.") == nil)
        // A source without Chinese may be its own translation (a number, a code).
        #expect(UntranslatedTarget.reason(source: "2025", target: "2025") == nil)
    }

    @Test func aNumeralInsideATermIsNoStatedQuantity() throws {
        // “三网”融合 spelled out as "the three networks": not an added number.
        #expect(try findings("推进“三网”融合。", "Promote the convergence of the three networks.").isEmpty)
        #expect(try findings("加快三网融合。", "Speed up the convergence of the three networks.").isEmpty)
        // Outside a term, three is still a number that must match.
        let added = try findings("推进改革。", "Promote three reforms.")
        #expect(added.map(\.kind) == [.numberAdded])
    }
}
