import Foundation
import Testing

@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct OutputTests {
    @Test func slugsAreASCIIAndStayInTheirFolder() throws {
        let transcriber = try PinyinTranscriber()
        #expect(DocumentSlug.make(path: "samples/Shenzhen Talent Policy.txt") == "shenzhen-talent-policy")
        #expect(DocumentSlug.make(path: "深圳人才政策.txt", transcriber: transcriber) == "shen-zhen-ren-cai-zheng-ce")
        #expect(DocumentSlug.make(path: "../../etc/passwd") == "passwd")
        #expect(DocumentSlug.make(path: "..") == "document")
        #expect(DocumentSlug.make(path: "-") == "stdin")
        #expect(DocumentSlug.make(path: "C:\\docs\\plan.v2.html") == "plan-v2")
        #expect(DocumentSlug.make(path: "深圳.txt") == "document", "without a transcriber Han names fall back")
        #expect(
            DocumentSlug.make(path: String(repeating: "long-name-", count: 20) + ".txt").count <= DocumentSlug.maxLength
        )
        #expect(DocumentSlug.unique(["a/x.txt", "b/x.txt", "x.md"]) == ["x", "x-2", "x-3"])
    }

    @Test func formatListsParse() throws {
        #expect(try OutputFormat.parse(list: "all") == OutputFormat.allCases)
        #expect(try OutputFormat.parse(list: "html, json,html") == [.json, .html])
        #expect(try OutputFormat.parse(list: "markdown,xlf,tsv") == [.md, .xliff, .terms])
        #expect(throws: OutputFormat.ParseError(name: "pdf")) { try OutputFormat.parse(list: "json,pdf") }
        #expect(throws: OutputFormat.ParseError.self) { try OutputFormat.parse(list: " , ") }
    }

    @Test func markdownStreamsInChunksThatConcatenateToTheWholeText() throws {
        let document = try AnnotationFixtures.annotated()
        var renderer = ParallelMarkdownRenderer()
        let whole = try renderer.render(document)
        renderer.chunkBytes = 64
        var chunks: [[UInt8]] = []
        try renderer.write(document) { chunks.append($0) }
        #expect(chunks.count > 3)
        #expect(!chunks.contains { $0.isEmpty })
        #expect(chunks.flatMap { $0 } == Array(whole.utf8))
        #expect(try renderer.render(document) == whole)
    }

    @Test func theWriterWritesEveryFormatIntoTheFolder() throws {
        let document = try AnnotationFixtures.annotated()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-writer-\(UUID().uuidString)/policy"
        ).path
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let written = try AnnotationWriter().write(
            document, formats: OutputFormat.allCases, folder: folder, slug: "policy")
        #expect(
            written.map { ($0 as NSString).lastPathComponent } == [
                "policy.json", "policy.md", "policy.html", "policy.xlf", "policy.tmx", "policy.terms.tsv",
                "policy.brief.md", "policy.brief.html",
            ])
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(listed == written.map { ($0 as NSString).lastPathComponent }.sorted(), "no temporary files left behind")
        #expect(try String(contentsOfFile: written[0], encoding: .utf8) == AnnotatedJSONRenderer().render(document))
        var printed: [UInt8] = []
        try AnnotationWriter().standardOutput(document, format: .brief) { printed += $0 }
        #expect(String(decoding: printed, as: UTF8.self) == (try BriefMarkdownRenderer().render(document)))
    }

    @Test func markdownEscapingKeepsTextLiteral() {
        #expect(
            MarkdownEscaping.escape("*a* _b_ [c](d) <e> `f` #g |h| \\i")
                == "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\#g \\|h\\| \\\\i")
        #expect(MarkdownEscaping.escape("1. 总体要求") == "1\\. 总体要求")
        #expect(MarkdownEscaping.escape("1.总体要求") == "1.总体要求", "no list without a space")
        #expect(MarkdownEscaping.escape("- 一项") == "\\- 一项")
        #expect(MarkdownEscaping.escape("2.5亿元") == "2.5亿元")
        #expect(MarkdownEscaping.escape("===") == "\\===")
        #expect(MarkdownEscaping.escape("- x", lineStart: false) == "- x")
        #expect(MarkdownEscaping.escape("a\nb") == "a b")
        #expect(
            MarkdownEscaping.escape("In 2025, 3.5 million (about 10%) - done.")
                == "In 2025, 3.5 million (about 10%) - done.")
        #expect(MarkdownEscaping.escape("1. x", lineStart: false) == "1. x")
        #expect(MarkdownEscaping.escape("+ x") == "\\+ x")
        #expect(MarkdownEscaping.escape("a\tb\u{7F}") == "a\tb\u{7F}")
    }

    @Test func htmlEscapingCoversAttributes() {
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("a\u{0}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func contentSecurityPolicyHashesMatchTheInlineCode() throws {
        let html = try ParallelHTMLRenderer().render(try AnnotationFixtures.annotated())
        let style = html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
        let script = html.components(separatedBy: "<script>")[1].components(separatedBy: "</script>")[0]
        #expect(html.contains("style-src \(ContentSecurityPolicy.hashSource(style))"))
        #expect(html.contains("script-src \(ContentSecurityPolicy.hashSource(script))"))
        #expect(!html.contains("http://") && !html.contains("https://"), "no network references")
        // SHA-256 of "abc", base64.
        #expect(ContentSecurityPolicy.hashSource("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
    }
}

@Suite struct EscapingFastPathTests {
    @Test func plainTextIsReturnedAndHostileTextIsEscaped() {
        #expect(HTMLEscaping.escape("深圳实施孔雀计划，Peacock Plan。") == "深圳实施孔雀计划，Peacock Plan。")
        #expect(
            HTMLEscaping.escape("<script>\"x\" & 'y'</script>")
                == "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(HTMLEscaping.escape("a\u{1}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
        #expect(MarkdownEscaping.escape("孔雀计划") == "孔雀计划")
        #expect(MarkdownEscaping.escape("**粗体**") == "\\*\\*粗体\\*\\*")
        #expect(MarkdownEscaping.escape("1. 第一") == "1\\. 第一")
        #expect(MarkdownEscaping.escape("x\u{FFFF}") == "x\u{FFFD}")
    }
}
