import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

/// Document and glossary text is data: markup in a source page or a quote in a glossary
/// note must come out as text in every format.
@Suite struct HostileInputTests {
    static let entry = GlossaryEntry(
        id: "x\" onmouseover=\"alert(1)", zh: "孔雀计划", en: "Peacock \"Plan\" <i>",
        alternatives: [.init("</span><script>alert(2)</script>")],
        fullForm: "<full form>", category: "\"}body{display:none}/*", status: .proposed,
        source: "<script>alert('src')</script> & co",
        note: "He said \"hi\" & <b>bold</b>'s")

    static func document() throws -> AnnotatedDocument {
        let context = AnnotationContext(glossary: [entry], matcher: FixtureMatcher(entries: [entry]))
        var document = try Annotator(context: context).annotate(try AnnotationFixtures.document("hostile.txt"))
        document.generator.version = "0.0.0-test"
        return document
    }

    /// Tag names a page may contain; anything else means markup leaked.
    static let tags: Set<String> = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "dl", "dt", "dd",
        "code", "div", "label",
        "input", "span", "nav", "ol", "ul", "li", "a", "main", "ruby", "rt", "em", "strong", "section", "table",
        "thead", "tbody", "tr", "th",
        "td", "details", "summary", "footer", "script", "br",
    ]
    static let attributes: Set<String> = [
        "lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "tabindex", "data-entry", "data-s",
        "role", "type", "aria-label",
    ]

    /// Every tag in `html` with its attribute names; reports tags or attributes outside the
    /// allowed sets (an unescaped `<` or `"` shows up as one).
    static func checkMarkup(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var inScript = false
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            guard let close = scalars[index...].firstIndex(of: ">") else {
                Issue.record("unclosed tag at scalar \(index)", sourceLocation: sourceLocation)
                return
            }
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
            index = close + 1
            if inScript {
                if tag == "/script" { inScript = false }
                continue
            }
            var body = Substring(tag)
            if body.hasPrefix("/") { body = body.dropFirst() }
            let name = body.prefix { !$0.isWhitespace && $0 != "/" }
            #expect(tags.contains(String(name)), "unexpected tag <\(tag)>", sourceLocation: sourceLocation)
            if name == "script" && !tag.hasPrefix("/") { inScript = true }
            if name == "!DOCTYPE" { continue }
            // Attributes: name="value" pairs, values without quotes inside.
            var rest = body.dropFirst(name.count)
            while let first = rest.first {
                if first.isWhitespace || first == "/" { rest = rest.dropFirst(); continue }
                let attribute = rest.prefix { $0 != "=" && !$0.isWhitespace }
                #expect(
                    attributes.contains(String(attribute)), "unexpected attribute \(attribute) in <\(tag)>",
                    sourceLocation: sourceLocation)
                rest = rest.dropFirst(attribute.count)
                if rest.first == "=" {
                    rest = rest.dropFirst()
                    guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else {
                        Issue.record("unquoted attribute value in <\(tag)>", sourceLocation: sourceLocation)
                        break
                    }
                    rest = rest[rest.index(after: end)...]
                }
            }
        }
    }

    @Test func parallelPageShowsMarkupAsText() throws {
        let html = try ParallelHTMLRenderer().render(try Self.document())
        Self.checkMarkup(html)
        #expect(html.components(separatedBy: "<script>").count == 2, "only the page's own script")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("He said &quot;hi&quot; &amp; &lt;b&gt;bold&lt;/b&gt;&#39;s"))
        #expect(html.contains("&lt;script&gt;alert(&#39;src&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("data-entry=\"x&quot; onmouseover=&quot;alert(1)\""))
        let style = html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
        #expect(!style.contains("body{display:none}"), "a category never reaches the style sheet")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
    }

    @Test func briefPageShowsMarkupAsText() throws {
        let html = try BriefHTMLRenderer().render(try Self.document())
        Self.checkMarkup(html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;b&gt;粗体&lt;/b&gt;"))
        #expect(html.contains("Peacock &quot;Plan&quot; &lt;i&gt;"))
        #expect(!html.contains("<img"))
    }

    @Test func markdownEscapesMarkup() throws {
        let markdown = try ParallelMarkdownRenderer().render(try Self.document())
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("\\[链接\\](javascript:alert(3))"))
        #expect(markdown.contains("\\*强调\\*"))
        #expect(markdown.contains("\\# 标题 \\| 表格 \\| \\`代码\\`"))
        let brief = try BriefMarkdownRenderer().render(try Self.document())
        #expect(!brief.contains("<script>"))
    }

    @Test func xmlFormatsKeepMarkupAsText() throws {
        let document = try Self.document()
        for renderer in [
            XLIFFRenderer(), XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft)),
            TMXRenderer(content: .glosses),
            XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .source, inlineTerms: true)),
        ] as [any DocumentRenderer] {
            let xml = try renderer.render(document)
            let parsed = try XMLOutline.parse(xml)
            #expect(!parsed.elements.contains("script"))
            #expect(!parsed.elements.contains("img"))
            #expect(parsed.text.contains("<script>alert(1)</script>"), "the source text survives as text")
            #expect(parsed.text.contains("]]> <!-- comment -->"))
        }
    }

    @Test func termsFileHasOneLinePerTerm() throws {
        var entry = Self.entry
        entry.note = "line one\nline\ttwo"
        let context = AnnotationContext(glossary: [entry], matcher: FixtureMatcher(entries: [entry]))
        let document = try Annotator(context: context).annotate(try AnnotationFixtures.document("hostile.txt"))
        let tsv = try TermsTSVRenderer().render(document)
        let lines = tsv.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(
            lines[2].split(separator: "\t", omittingEmptySubsequences: false).count == TermsTSVRenderer.columns.count)
        #expect(lines[2].contains("line one line two"))
    }
}
