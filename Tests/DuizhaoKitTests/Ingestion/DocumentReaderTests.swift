import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct DocumentReaderTests {
    @Test func removesChromeAndReadsByline() throws {
        let document = try Fixtures.document("documents/scraped-page.txt")
        var expected = Metadata(title: "测试文章标题", author: "张三", source: "测试日报", editor: "李四", date: "2022-07-09")
        expected.lines = [.title: 2, .author: 3, .source: 3, .editor: 3, .date: 3]
        #expect(document.metadata == expected)
        #expect(document.removed.map(\.kind) == [.breadcrumb, .byline, .widget, .widget, .widget])
        #expect(document.removed.first?.line == 1)
        #expect(!document.text.contains("首页"))
        #expect(!document.text.contains("很赞"))
        #expect(!document.text.contains("评论"))
        #expect(document.paragraphs.first?.role == .title)
    }

    @Test func flagsDuplicateParagraphsWithoutDroppingThem() throws {
        let document = try Fixtures.document("documents/scraped-page.txt")
        let body = document.paragraphs.filter { $0.role == .body }
        #expect(body.count == 2)
        #expect(body[0].duplicateOf == nil)
        #expect(body[1].duplicateOf == body[0].index)
    }

    @Test func findsEveryOutlineTier() throws {
        let document = try Fixtures.document("documents/outline-tiers.txt")
        let tiers = document.sections.map(\.tier)
        #expect(
            tiers == [
                .chapter, .numeral, .parenthesizedNumeral, .arabic, .parenthesizedArabic, .arabic,
                .parenthesizedNumeral, .chapter, .article,
            ])
        #expect(
            document.sections.map(\.id) == [
                "1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1", "1.1.1.2", "1.1.2", "2", "2.1",
            ])
        #expect(document.sections.map(\.level) == [1, 2, 3, 4, 5, 4, 3, 1, 2])
        #expect(document.sections.map(\.heading) == ["总则", "总体要求", "基本原则", "坚持问题导向", "突出重点", "强化协同", "主要目标", "附则", ""])
        #expect(document.sections.map(\.ordinal) == [1, 1, 1, 1, 1, 2, 2, 2, 1])
        let inline = document.sections[4]
        #expect(document.paragraphs.first { $0.span.start == inline.span.start }?.role == .body)
        // Headings' spans point at their text.
        for section in document.sections where !section.heading.isEmpty {
            #expect(substring(document.text, section.headingSpan) == section.heading)
        }
        // A section spans up to the next one at its level or above.
        #expect(document.sections[1].span.end < document.sections[7].span.start)
        #expect(document.paragraphs.last?.section == "2.1")
    }

    @Test func findsEnumerationsInsideParagraphs() throws {
        let document = try Fixtures.document("documents/enumeration.txt")
        let items = document.paragraphs.flatMap(\.enumerations)
        #expect(items.map(\.marker) == ["一是", "二是", "三是", "四是"])
        #expect(items.map(\.ordinal) == [1, 2, 3, 4])
        for item in items { #expect(substring(document.text, item.span) == item.marker) }
    }

    @Test func readsHTMLWithoutScriptsStylesOrChrome() throws {
        let document = try Fixtures.document("documents/page.html")
        #expect(document.source.kind == .html)
        #expect(document.metadata.title == "关于“放管服”改革的通知")
        #expect(document.metadata.author == "王五")
        let paragraphs = document.paragraphs.map { substring(document.text, $0.span) }
        #expect(paragraphs == ["关于“放管服”改革的通知", "第一段&内容。第二句。", "第二段", "第三段"])
        #expect(!document.text.contains("不要"))
        #expect(!document.text.contains("导航"))
        #expect(!document.text.contains("版权"))
    }

    @Test func readsMarkdownWithFrontMatter() throws {
        let document = try Fixtures.document("documents/notes.md")
        #expect(document.metadata.title == "Markdown 测试")
        #expect(document.metadata.date == "2021-12-01")
        #expect(document.sections.map(\.heading) == ["要求"])
        #expect(document.text.contains("加粗的链接文本和代码。"))
        #expect(document.text.contains("列表项一。"))
        #expect(!document.text.contains("**"))
        #expect(!document.text.contains("http"))
    }

    @Test func gb18030AndUTF8GiveTheSameDocument() throws {
        var utf8 = try Fixtures.document("encodings/policy.utf8.txt")
        let gb = try Fixtures.document("encodings/policy.gb18030.txt")
        #expect(gb.source.encoding == "GB18030")
        utf8.source = gb.source
        #expect(utf8 == gb)
        #expect(try JSONOutput.data(utf8) == JSONOutput.data(gb))
    }

    @Test func offsetsAreUnicodeScalars() throws {
        // 𠀀 is outside the BMP: two UTF-16 units, one scalar.
        let marked = MarkedText("⟦𠀀⟧⟦字⟧⟦测试⟧。")
        let document = try Fixtures.document(text: marked.text)
        let tokens = document.sentences[0].tokens.filter { $0.kind != .punctuation }
        #expect(tokens.map(\.span) == marked.spans)
        #expect(document.sentences[0].span == TextSpan(start: 0, end: 5))
    }

    @Test func tokenAndSentenceSpansIndexTheCleanedText() throws {
        let document = try Fixtures.document("documents/scraped-page.txt")
        for sentence in document.sentences {
            #expect(substring(document.text, sentence.span) == sentence.text)
            for token in sentence.tokens { #expect(substring(document.text, token.span) == token.text) }
        }
    }

    @Test(arguments: ["", "   \n\n  "])
    func emptyInputIsAnError(text: String) {
        #expect(throws: IngestionError.empty(path: "e.txt")) {
            try DocumentReader().read(bytes: Array(text.utf8), path: "e.txt", kind: .text)
        }
    }

    @Test func directoryAndMissingPathAreErrors() throws {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: IngestionError.isDirectory(path: folder)) { try DocumentReader().read(path: folder) }
        #expect(throws: IngestionError.notFound(path: "/no/such/file.txt")) {
            try DocumentReader().read(path: "/no/such/file.txt")
        }
    }

    @Test func randomBytesAreAnError() {
        #expect(throws: IngestionError.self) { try Fixtures.document("encodings/random.bin") }
    }

    @Test func sizeLimitIsEnforced() {
        #expect(throws: IngestionError.tooLarge(path: "big.txt", bytes: 12, limit: 10)) {
            try DocumentReader(maxSize: 10).read(bytes: Array("深圳实施".utf8), path: "big.txt", kind: .text)
        }
    }
}

func substring(_ text: String, _ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
}
