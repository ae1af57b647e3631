import Testing
@testable import DuizhaoKit

@Suite struct DocumentCandidatesTests {
    func candidates(_ text: String, entries: [GlossaryEntry] = []) throws -> [CandidateTerm] {
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "candidates.txt", kind: .text)
        let context = AnnotationContext(glossary: entries, matcher: FixtureMatcher(entries: entries))
        return try Annotator(context: context).annotate(document).candidateTerms
    }

    @Test func findsQuotedPhrasesAndProgramNames() throws {
        let found = try AnnotationFixtures.annotated().candidateTerms
        #expect(found.map(\.text) == ["顶天立地", "深港科技合作基地", "人才创新平台"])
        #expect(found.map(\.kind) == [.quoted, .programName, .programName])
        #expect(found[0].pinyin == "dǐng tiān lì de")
        #expect(found[0].firstSentence == 6)
    }

    @Test func countsRepeatsAndSkipsGlossaryTerms() throws {
        let peacock = AnnotationFixtures.glossary["peacock-plan"]!
        let found = try candidates("实施“孔雀计划”和“双区驱动”。推进“双区驱动”，启动青年英才计划。", entries: [peacock])
        #expect(found.map(\.text) == ["双区驱动", "青年英才计划"])
        #expect(found.first?.count == 2)
    }

    @Test func leavesOutSentencesQuotesAndBareProgramWords() throws {
        let found = try candidates("他说“我们要加快发展，不断前进”。建设平台。实施计划。平台经济发展迅速。")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }
}
