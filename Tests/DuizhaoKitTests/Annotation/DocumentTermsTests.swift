import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct DocumentTermsTests {
    static let bayArea = GlossaryEntry(
        id: "greater-bay-area", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area", category: "zone",
        status: .official, source: "Outline Development Plan")
    static let zone = GlossaryEntry(
        id: "demo-zone", zh: "示范区", en: "demonstration zone", category: "zone", status: .established, source: "usage")

    func annotate(_ text: String, definitions: [DocumentDefinition] = []) throws -> AnnotatedDocument {
        var document = try DocumentReader().read(bytes: Array(text.utf8), path: "plan.txt", kind: .text)
        document.definitions = definitions
        let entries = [Self.bayArea, Self.zone]
        let context = AnnotationContext(
            glossary: Glossary(entries: entries), matcher: try TermMatcher(glossary: Glossary(entries: entries)))
        return try Annotator(context: context).annotate(document)
    }

    @Test func findsAbbreviationsWithTheirFullForms() throws {
        let text = "加快建设粤港澳大湾区（以下简称“湾区”）。\n落实《深圳市科技创新条例》（简称《条例》）。\n城镇空间、农业空间、生态空间，即“三区”。\n"
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "plan.txt", kind: .text)
        let found = AbbreviationFinder().definitions(in: document)
        #expect(found.map(\.term) == ["湾区", "《条例》", "三区"])
        #expect(found.map(\.definition) == ["粤港澳大湾区", "深圳市科技创新条例", "城镇空间、农业空间、生态空间"])
        #expect(found.map(\.line) == [1, 2, 3])
        #expect(found.allSatisfy { $0.kind == .abbreviation })
    }

    @Test func abbreviationsBecomeDocumentLocalTermsFromTheirDefinitionOn() throws {
        let annotated = try annotate("湾区建设起步。\n加快建设粤港澳大湾区（以下简称“湾区”）。\n湾区人才政策落地。\n")
        let local = try #require(annotated.terms.first { $0.headword == "湾区" })
        #expect(local.entry.status == .documentDefined)
        #expect(local.entryID.hasPrefix("document-defined-"))
        #expect(local.entry.source == "plan.txt, line 2")
        #expect(local.entry.fullForm == "粤港澳大湾区")
        #expect(local.english == Self.bayArea.en)
        // Matched in the definition and after it, not in the first line.
        #expect(local.count == 2)
        #expect(!annotated.sentences[0].terms.contains { $0.entryID == local.entryID })
        // Listed in the brief's abbreviation table, never as a candidate.
        #expect(Brief(annotated).abbreviations.contains { $0.entryID == local.entryID })
        #expect(!annotated.candidateTerms.contains { $0.text == "湾区" })
    }

    @Test func appendixDefinitionsAreMatchedEverywhereAndWinOverTheGlossaryOnTheSameSpan() throws {
        let definitions = [DocumentDefinition(term: "示范区", definition: "中国特色社会主义先行示范区", line: 3, kind: .appendix)]
        let annotated = try annotate("建设示范区。\n示范区建设提速。\n名词解释：示范区，指中国特色社会主义先行示范区。\n", definitions: definitions)
        let terms = annotated.sentences.flatMap(\.terms)
        #expect(terms.filter { $0.headword == "示范区" }.allSatisfy { $0.entryID.hasPrefix("document-defined-") })
        #expect(terms.filter { $0.headword == "示范区" }.count == 4)
        #expect(!terms.contains { $0.entryID == "demo-zone" })
    }

    @Test func aGlossaryFileCannotClaimTheStatus() {
        let file = GlossaryTSVParser().parse(
            "id\tzh\ten\tstatus\tsource\nx\t湾区\tBay Area\tdocument-defined\tme\n", path: "g.tsv")
        #expect(file.records.isEmpty)
        #expect(file.diagnostics.contains { $0.message.contains("document-defined") })
    }
}
