import Testing

@testable import DuizhaoCore
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

    @Test func occurrencesInsideAMatchedTermAreThatTerm() throws {
        let internetPlus = GlossaryEntry(id: "internet-plus", zh: "互联网+", en: "Internet Plus", status: .official)
        // Every 互联网 stands inside a matched 互联网+: it is not a new term.
        let inside = try candidates("推进互联网+医疗，发展互联网+教育，实施互联网+政务。", entries: [internetPlus])
        #expect(!inside.map(\.text).contains("互联网"), "\(inside.map(\.text))")
        // Alone elsewhere, it counts only where it stands alone, and is placed there.
        let inTerms = "推进互联网+医疗，发展互联网+教育。"
        let text = inTerms + "互联网企业，互联网经济，互联网发展。"
        let mixed = try candidates(text, entries: [internetPlus])
        let internet = try #require(mixed.first { $0.text == "互联网" })
        #expect(internet.count == 3)
        #expect(internet.span.start == inTerms.unicodeScalars.count)
        #expect(internet.firstSentence == 1)
    }

    @Test func genericHeadsAndWordFragmentsAreNotCandidates() throws {
        let found = try candidates("实施三年行动计划。推进重点工程建设。打造创新平台。开展三年行动。由市科技创新委员会牵头组织实施。")
        for generic in ["三年行动计划", "行动计划", "重点工程", "三年行动", "创新平台"] { #expect(!found.map(\.text).contains(generic)) }
        #expect(!found.contains { $0.text.contains("会牵") }, "\(found.map(\.text))")
    }

    @Test func theEvidenceInTwoHalvesIsTheWholeEvidence() throws {
        // Quoted phrases for the detectors, a recurring combination for the sequence counts.
        let text = (0..<12).map { "第\($0)项：实施“双区驱动”，推进数字孪生城市建设，完善数字孪生城市标准。" }.joined(separator: "\n")
        let document = try Fixtures.document(text: text)
        let whole = DocumentCandidates.evidence(of: document).result()
        let halves = DocumentCandidates.observations(of: document).adding(DocumentCandidates.sequences(of: document))
            .result()
        #expect(halves == whole)
        #expect(whole.candidates.contains { $0.reasons.contains(.quoted) })
        #expect(whole.candidates.contains { $0.reasons.contains(.association) }, "\(whole.candidates.map(\.text))")
        // Without the second half the combinations are missing: the join is what brings them.
        #expect(DocumentCandidates.observations(of: document).result() != whole)
    }

    @Test func theBriefAndTheBatchReportUseOneFinder() throws {
        let document = try AnnotationFixtures.document()
        var finder = TermCandidateFinder()
        finder.add(document)
        let batch = finder.result(limit: DocumentCandidates.limit).candidates.map(\.text)
        let context = AnnotationContext(glossary: [GlossaryEntry](), matcher: FixtureMatcher(entries: []))
        let brief = try Annotator(context: context).annotate(document).candidateTerms.map(\.text)
        #expect(brief == batch)
    }

    @Test func leavesOutSentencesQuotesAndBareProgramWords() throws {
        let found = try candidates("他说“我们要加快发展，不断前进”。建设平台。实施计划。平台经济发展迅速。")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }
}
