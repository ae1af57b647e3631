import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

/// Memory matches and checked machine translations show their origin, score, differences and
/// issues in every format, escaped.
@Suite struct TranslatedLineRenderingTests {
    /// A document whose sentence 1 is a fuzzy memory match and sentence 2 a machine translation
    /// with an issue; the texts carry markup that must stay data.
    static func document() throws -> AnnotatedDocument {
        struct Fixed: Translator {
            func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
                switch sentence.index {
                case 0:
                    return EnglishLine(
                        text: "The <b>plan</b> & its goals.", origin: .memoryFuzzy, provider: "memory.tmx",
                        score: 0.875,
                        memoryMatch: MemoryMatch(
                            source: "旧计划<目标>",
                            differences: [
                                .init(kind: .same, text: "计划"), .init(kind: .memoryOnly, text: "<旧>"),
                                .init(kind: .sentenceOnly, text: "新|*"),
                            ],
                            origin: "memory.tmx"))
                case 1:
                    return EnglishLine(
                        text: "Shenzhen grants RMB 1 billion.", origin: .machineTranslation, provider: "fixture-engine",
                        issues: [
                            TranslationIssue(
                                kind: .missingRendering, message: "missing rendering <Peacock Plan> for 孔雀计划",
                                expected: "Peacock Plan", entryID: "kongque")
                        ])
                default:
                    return nil
                }
            }
        }
        let context = AnnotationContext(
            glossary: AnnotationFixtures.glossary, matcher: FixtureMatcher(entries: AnnotationFixtures.entries),
            glosser: AnnotationFixtures.dictionary,
            translator: TranslatorChain([Fixed()]))
        return try Annotator(context: context).annotate(try AnnotationFixtures.document())
    }

    @Test func jsonCarriesScoreDifferencesAndIssuesAndValidates() throws {
        let document = try Self.document()
        #expect(
            Data(JSONWriter.encode(document)) == (try JSONOutput.data(document)), "the fast writer equals JSONEncoder")
        let json = try JSONSchemaTests.json(document)
        let errors = JSONSchemaValidator(schema: try RepositoryFiles.annotatedSchema()).validate(json)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let decoded = try JSONDecoder().decode(
            AnnotatedDocument.self, from: Data(try AnnotatedJSONRenderer().render(document).utf8))
        #expect(decoded.sentences[0].english.origin == .memoryFuzzy)
        #expect(decoded.sentences[0].english.score == 0.875)
        #expect(decoded.sentences[0].english.memoryMatch?.differences.count == 3)
        #expect(decoded.sentences[1].english.issues?.first?.kind == .missingRendering)
        #expect(decoded.sentences[2].english.issues == nil, "no issues: the field is left out")
    }

    @Test func markdownAndHTMLShowTheMatchAndTheIssuesEscaped() throws {
        let document = try Self.document()
        let markdown = try ParallelMarkdownRenderer().render(document)
        #expect(markdown.contains("_(translation memory, fuzzy 87%)_"))
        #expect(markdown.contains("Memory source: 计划~~\\<旧\\>~~**新\\|\\***"))
        #expect(markdown.contains("**Issue** (missing-rendering): missing rendering \\<Peacock Plan\\> for 孔雀计划"))
        let html = try ParallelHTMLRenderer().render(document)
        #expect(html.contains("translation memory, fuzzy 87%"))
        #expect(html.contains("<del>&lt;旧&gt;</del><ins>新|*</ins>"))
        #expect(html.contains("missing rendering &lt;Peacock Plan&gt; for 孔雀计划"))
        #expect(!html.contains("<Peacock Plan>") && !html.contains("<b>plan</b>"))
    }

    @Test func xliffAndTMXCarryScoreAndIssuesAsWellFormedXML() throws {
        let document = try Self.document()
        let xliff = try XMLOutline.parse(
            try XLIFFRenderer(options: RenderOptions(xliffTarget: .draft)).render(document))
        let notes = xliff.textByElement["note"] ?? []
        #expect(notes.contains("87"))
        #expect(notes.contains("missing-rendering: missing rendering <Peacock Plan> for 孔雀计划"))
        #expect(notes.contains("旧计划<目标>"))
        let xliff12 = try XMLOutline.parse(
            try XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft)).render(document))
        #expect(
            (xliff12.textByElement["note"] ?? []).contains(
                "missing-rendering: missing rendering <Peacock Plan> for 孔雀计划"))
        let tmx = try XMLOutline.parse(try TMXRenderer().render(document))
        #expect(tmx.elementList.filter { $0.name == "tu" }.count == 2, "the two translations, no gloss")
        #expect((tmx.textByElement["prop"] ?? []).contains("87"))
        #expect((tmx.textByElement["prop"] ?? []).contains("tm-fuzzy"))
    }
}
