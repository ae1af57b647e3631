import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

/// Documents in the shapes they arrive in (gov.cn metadata tables as HTML and as lines, portal
/// toolbars, bylines and tails, reports with subtitle, speaker and 名词解释 appendix, State
/// Council closings, an English document): their title, metadata, removed chrome, frame roles,
/// outline and definitions, compared with golden files, and the header annotate writes.
@Suite struct RealDocumentTests {
    static let fixtures = [
        "govcn-table.html", "govcn-table-lines.txt", "govcn-table-cells.txt", "govcn-spaced.html", "portal-report.txt",
        "portal-report-b.txt",
        "portal-speech.txt", "state-council-closing.txt", "english-report.txt", "report-two-line-title.txt",
        "speech-two-line-title.txt", "county-list-table.txt",
    ]

    /// What a reader sees first of a document, for the golden file.
    struct Shape: Encodable {
        struct Removed: Encodable { var kind: String, line: Int, text: String }
        struct Frame: Encodable { var role: String, line: Int, text: String }
        struct Outline: Encodable {
            var id: String, level: Int, tier: String, role: String?, numbering: String, heading: String, parent: String?
        }
        var language: String
        var metadata: Metadata
        var removed: [Removed]
        var frame: [Frame]
        var outline: [Outline]
        var definitions: [DocumentDefinition]

        init(_ document: Document) {
            language = document.source.language
            metadata = document.metadata
            removed = document.removed.map { Removed(kind: $0.kind.rawValue, line: $0.line, text: $0.text) }
            let scalars = Array(document.text.unicodeScalars)
            frame = document.paragraphs.filter { $0.role != .body && $0.role != .heading }.map {
                Frame(
                    role: $0.role.rawValue, line: $0.line,
                    text: String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])))
            }
            outline = document.sections.map {
                Outline(
                    id: $0.id, level: $0.level, tier: $0.tier.rawValue, role: $0.role?.rawValue,
                    numbering: $0.numbering, heading: $0.heading, parent: $0.parent)
            }
            definitions = document.definitions
        }
    }

    static func document(_ name: String) throws -> Document {
        try DocumentReader().read(
            bytes: try Fixtures.bytes("real-documents/" + name), path: name, kind: InputKind(path: name))
    }

    static func annotated(_ document: Document) throws -> AnnotatedDocument {
        let context = AnnotationContext(
            glossary: AnnotationFixtures.glossary, matcher: FixtureMatcher(entries: AnnotationFixtures.entries),
            glosser: AnnotationFixtures.dictionary,
            resources: [])
        var annotated = try Annotator(context: context).annotate(document)
        annotated.generator.version = "0.0.0-test"
        return annotated
    }

    @Test(arguments: fixtures)
    func readsAsTheGoldenShape(_ name: String) throws {
        let document = try Self.document(name)
        try GoldenFiles.check(
            String(decoding: try JSONOutput.data(Shape(document)), as: UTF8.self) + "\n",
            name: "real-documents/\(name).shape.json")
    }

    @Test(arguments: fixtures)
    func annotatesWithTheGoldenHeader(_ name: String) throws {
        let document = try Self.document(name)
        let annotated = try Self.annotated(document)
        #expect(annotated.metadata == document.metadata)
        #expect(annotated.removed == document.removed)
        #expect(annotated.sections.map(\.role) == document.sections.map(\.role))
        // The Markdown header: title, English line, source and every metadata field.
        let markdown = try ParallelMarkdownRenderer().render(annotated)
        let blocks = markdown.components(separatedBy: "\n\n")
        let header = blocks.prefix { !$0.hasPrefix("- Source") } + blocks.drop { !$0.hasPrefix("- Source") }.prefix(1)
        try GoldenFiles.check(header.joined(separator: "\n\n") + "\n", name: "real-documents/\(name).header.md")
        let html = try ParallelHTMLRenderer().render(annotated)
        for field in annotated.metadataFields { #expect(html.contains("<dt>\(field.label)</dt>")) }
        let brief = Brief(annotated)
        #expect(brief.title == (document.metadata.title ?? name))
        #expect(brief.fields.map(\.label) == annotated.metadataFields.map(\.label))
    }

    /// Nothing of the page is lost: the Han characters of the page are those of the cleaned
    /// text and the removed chrome together.
    @Test(arguments: fixtures)
    func keepsEveryHanCharacter(_ name: String) throws {
        let bytes = try Fixtures.bytes("real-documents/" + name)
        let page = String(decoding: bytes, as: UTF8.self)
        let lines = name.hasSuffix(".html") ? HTMLTextExtractor().extract(page).lines.map(\.text) : [page]
        let document = try Self.document(name)
        func han(_ texts: [String]) -> [Unicode.Scalar] { texts.flatMap { $0.unicodeScalars.filter(\.isHan) }.sorted() }
        #expect(han(lines) == han([document.text] + document.removed.map(\.text)))
    }

    @Test func readsTheGovCNTableInEachShape() throws {
        for name in ["govcn-table.html", "govcn-table-lines.txt", "govcn-table-cells.txt", "govcn-spaced.html"] {
            let metadata = try Self.document(name).metadata
            #expect(metadata.title?.hasPrefix("国务院") == true, "\(name)")
            #expect(metadata.issuer?.hasPrefix("国务院") == true, "\(name)")
            #expect(metadata.documentNumber?.contains("〔") == true, "\(name)")
            #expect(metadata.indexNumber?.hasPrefix("000014349/") == true, "\(name)")
            #expect(metadata.dateWritten != nil && metadata.date != nil, "\(name)")
            #expect(metadata.lines[.title] != nil && metadata.lines[.indexNumber] != nil, "\(name)")
        }
        let html = try Self.document("govcn-table.html")
        #expect(html.metadata.title == "国务院关于推进智慧农业示范建设的意见")
        #expect(html.metadata.documentNumber == "国发〔2025〕9号")
        #expect(html.metadata.dateWritten == "2025-03-08" && html.metadata.date == "2025-03-15")
        #expect(html.metadata.subjectCategory == "农业、林业、水利\\农业")
        #expect(html.metadata.keywords == nil)
        #expect(html.paragraphs.first?.role == .title)
        #expect(!html.text.contains("索") && !html.text.contains("下载") && !html.text.contains("纠错"))
    }

    @Test func readsAReportsFrameAndItsDefinitions() throws {
        let document = try Self.document("portal-report.txt")
        let metadata = document.metadata
        #expect(metadata.title == "2026年青山省政府工作报告")
        #expect(metadata.occasion == "青山省第十四届人民代表大会第四次会议" && metadata.occasionDate == "2026-01-25")
        #expect(metadata.speaker == "王某某" && metadata.speakerRole == "青山省人民政府省长")
        #expect(metadata.source == "青山日报" && metadata.date == "2026-02-02" && metadata.editor == "孙某某")
        #expect(Set(document.removed.map(\.kind)).isSuperset(of: [.toolbar, .byline, .related, .identifier]))
        let appendix = try #require(document.sections.first { $0.tier == .appendix })
        #expect(
            appendix.role == .appendix && appendix.level == 1 && appendix.numbering == "附件2"
                && appendix.heading == "名词解释")
        let notes = document.sections.filter { $0.parent == appendix.id }
        #expect(notes.map(\.ordinal) == [1, 2, 3] && notes.allSatisfy { $0.role == .appendix })
        #expect(
            document.sections.filter { $0.tier == .numeral }.count == 2, "the appendix is not a section of the report")
        #expect(document.definitions.map(\.term) == ["三区三线", "六稳六保", "放管服"])
        #expect(document.definitions.allSatisfy { $0.kind == .appendix })
        #expect(document.definitions[0].definition.hasPrefix("指城镇空间") && document.definitions[0].line == 17)
    }

    @Test func readsTitlesAndSpeakersSpreadOverLines() throws {
        let report = try Self.document("report-two-line-title.txt").metadata
        #expect(report.title == "2025年青山省人民政府工作报告")
        #expect(report.speakerRole == "青山省人民政府省长" && report.speaker == "张某")
        let speech = try Self.document("speech-two-line-title.txt")
        #expect(speech.metadata.title == "坚定信心　勇毅前行 奋力谱写青山高质量发展新篇章")
        #expect(speech.metadata.occasion == "青山省委经济工作会议" && speech.metadata.occasionDate == "2024-12-20")
        #expect(speech.metadata.speaker == "王某某" && speech.metadata.addressees == "同志们")
        #expect(speech.paragraphs.filter { $0.role == .title }.count == 2)
    }

    @Test func readsATableLaidOutAsAList() throws {
        let document = try Self.document("county-list-table.txt")
        let metadata = document.metadata
        #expect(metadata.title == "青山县人民政府关于加强耕地保护的通知")
        #expect(metadata.indexNumber == "1234560000/2025-000321" && metadata.issuer == "青山县人民政府办公室")
        #expect(
            metadata.documentNumber == "青政发〔2025〕4號" && metadata.dateWritten == "2025-02-10"
                && metadata.date == "2025-02-12")
        #expect(metadata.subjectCategory == nil && metadata.source == nil, "empty cells stay empty")
        #expect(document.removed.last?.kind == .repeatedTitle, "the title under the table is not the value of 内容概述")
        #expect(metadata.addressees == "各乡镇人民政府，县政府各部门")
    }

    @Test func aPageOfChromeOnlyIsAnErrorNamingWhatWasThere() {
        let page = "下载 打印 全屏 收藏 【字号：加大 还原 减小】\n发布机构:科技部门户网站 文号:国科发专〔2017〕145号\n公开日期: 2018-03-05 有效性: 有效\n"
        #expect(throws: IngestionError.onlyChrome(path: "p.txt", kinds: ["toolbar", "metadataTable"])) {
            try DocumentReader().read(bytes: Array(page.utf8), path: "p.txt", kind: .text)
        }
        #expect(
            IngestionError.onlyChrome(path: "p.txt", kinds: ["toolbar"]).description
                == "p.txt: no article text, only page chrome (toolbar): was the page saved whole?")
    }

    @Test func readsAStateCouncilClosing() throws {
        let document = try Self.document("state-council-closing.txt")
        #expect(document.metadata.issuer == "国务院")
        #expect(document.metadata.dateWritten == "2022-04-06")
        #expect(document.metadata.disclosure == "此件公开发布")
        #expect(document.paragraphs.filter { $0.role == .signature }.count == 2)
    }

    @Test func detectsADocumentThatIsNotChinese() throws {
        #expect(try Self.document("english-report.txt").source.language == "en")
        #expect(try Self.document("portal-report.txt").source.language == "zh")
        let detector = LanguageDetector()
        #expect(
            detector.language(
                of: "Le gouvernement a présenté le rapport sur les travaux de la session et les résultats.") == "fr")
        #expect(detector.language(of: "2024 12 31") == "zxx")
        #expect(detector.language(of: "深圳市 Shenzhen 2024年 GDP") == "zh")
        #expect(LanguageDetector.notChineseReason("en") == "the text is in English (en), not Chinese")
        #expect(LanguageDetector.notChineseReason("zh") == nil)
    }

    @Test func recognizesToolbarsAndIdsButNotProse() {
        #expect(BoilerplateFilter.isToolbar("下载 打印 全屏 收藏 【字号：加大 还原 减小】"))
        #expect(BoilerplateFilter.isToolbar("【字体：大 中 小】【打印】【关闭】"))
        #expect(!BoilerplateFilter.isToolbar("下载中心"))
        #expect(!BoilerplateFilter.isToolbar("大中小"))
        #expect(!BoilerplateFilter.isToolbar("关于印发打印机采购办法的通知"))
        #expect(!BoilerplateFilter.isToolbar("【】 ：："))
        // A mark after a space or a separator joins its character: the characters decide.
        #expect(BoilerplateFilter.isToolbar(" \u{301}打印 关闭"))
        #expect(!BoilerplateFilter.isToolbar("【\u{301}打印】【关闭】"))
        #expect(!BoilerplateFilter.isToolbar(" \u{301}通知"))
        #expect(!BoilerplateFilter.isToolbar("打\u{301}印 关闭"))
        #expect(BoilerplateFilter.isIdentifier("a3f9c2e1b4d5e6f708192a3b4c5d6e7f"))
        #expect(!BoilerplateFilter.isIdentifier("000014349/2024-00112"))
        #expect(!BoilerplateFilter.isIdentifier("GuangdongHongKongMacao"))
        #expect(BoilerplateFilter.isIdentifier("doc_2024-0611-a7"))
        #expect(!BoilerplateFilter.isIdentifier("a3f9c2e1b4d5e6f7\u{E9}8192"))
        #expect(!BoilerplateFilter.isIdentifier("a3f9c2e1b4d5 e6f708192"))
        #expect(!BoilerplateFilter.isIdentifier("a3f9c2e1b4d5e6f"))
    }

    @Test func readsFormalLines() {
        #expect(FormalLines.documentNumber("国办发〔2022〕35号") == "国办发〔2022〕35号")
        #expect(FormalLines.documentNumber("国函[2020]12号") == "国函[2020]12号")
        #expect(FormalLines.documentNumber("到2025年完成12号任务") == nil)
        #expect(FormalLines.speaker("××省人民政府省长 ×××")?.name == "×××")
        #expect(FormalLines.speaker("各位代表，现在我代表省人民政府向大会报告工作") == nil)
        #expect(FormalLines.chineseDate(in: "二〇二一年三月八日") == "2021-03-08")
        #expect(FormalLines.chineseDate(in: "二〇二一年十二月三十一日") == "2021-12-31")
        #expect(FormalLines.disclosure("（此件公开发布）") == "此件公开发布")
        #expect(FormalLines.isIssuer("国家发展改革委 财政部"))
        #expect(!FormalLines.isIssuer("我们要坚持改革开放"))
        let subtitle = FormalLines.subtitle("——2026年1月25日在××省第十四届人民代表大会第四次会议上")
        #expect(subtitle?.occasion == "××省第十四届人民代表大会第四次会议" && subtitle?.date == "2026-01-25")
    }

    @Test func readsAppendixMarkers() {
        let outline = OutlineParser()
        #expect(outline.appendixMarker(in: "附件2 名词解释")?.numbering == "附件2")
        #expect(outline.appendixMarker(in: "附件2 名词解释")?.ordinal == 2)
        #expect(outline.appendixMarker(in: "附件：1. 智慧农业示范区建设指标")?.numbering == "附件")
        #expect(outline.appendixMarker(in: "附表3：重点项目表")?.numbering == "附表3")
        #expect(outline.appendixMarker(in: "名词解释")?.tier == .appendix)
        #expect(outline.appendixMarker(in: "附件下载") == nil)
        #expect(outline.appendixMarker(in: "附件1所列项目由各地组织实施。") == nil)
        // `1.三区三线` is a numbered heading (三 is a numeral character, not a digit).
        #expect(outline.marker(in: "1.三区三线：指城镇空间、农业空间、生态空间。")?.ordinal == 1)
        #expect(outline.marker(in: "3.5亿元用于建设。") == nil)
    }
}
