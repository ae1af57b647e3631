import Foundation
import PropertyBased
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

/// Whatever the text, the annotated document keeps its span promises and every renderer
/// writes well-formed output in which the text is data: XML parses, JSON parses and
/// validates against the schema and carries the text unchanged, HTML and Markdown show
/// markup as text, the terms file keeps one row per term.
@Suite struct OutputProperties {
    /// File names as a user might give them (the path reaches titles and metadata).
    static let paths = [
        "policy.txt", "关于<script>alert(1)</script>的通知.txt", "a&b \"quoted\" 'single'.txt", "]]>--><!--.txt",
        "\u{202E}txt.exe",
    ]

    /// A document's text with the path and kind it is read as.
    struct Input: CustomStringConvertible {
        var text: String
        var path: String
        var kind: InputKind = .text
        var description: String {
            "path \(PropertyRunner.literal(path)), kind \(kind), text \(PropertyRunner.literal(text))"
        }
    }

    /// Plain text most of the time, else an HTML page or a Markdown file around it.
    static let inputs = zip(
        HostileText.document, HostileText.html, HostileText.markdown, Gen.int(in: 0...9),
        Gen.int(in: 0...(paths.count - 1))
    )
    .map { text, html, markdown, kind, path in
        switch kind {
        case 0, 1: return Input(text: html + "<p>" + text + "</p>" + html, path: paths[path], kind: .html)
        case 2, 3: return Input(text: markdown + "\n\n" + text + "\n" + markdown, path: paths[path], kind: .markdown)
        default: return Input(text: text, path: paths[path], kind: .text)
        }
    }

    /// Reads and annotates `input` with the fixture glossary; nil when the reader finds no
    /// text (an HTML page of markup only). NUL bytes are dropped first: the reader rejects
    /// them as binary data (the ingestion properties cover that).
    static func annotate(_ input: Input, pipeline: AnnotationPipeline) throws -> AnnotatedDocument? {
        let bytes = Array(input.text.utf8).filter { $0 != 0 }
        let document: Document
        do {
            document = try pipeline.reader.read(bytes: bytes, path: input.path, kind: input.kind)
        } catch IngestionError.empty {
            return nil
        }
        return try pipeline.annotate(document)
    }

    @Test func annotatedSpansLieWithinTheTextAndTermsNeverOverlap() throws {
        let pipeline = try PropertyFixtures.pipeline()
        try PropertyRunner.check("output.spans", count: 60, Self.inputs) { input in
            guard let document = try Self.annotate(input, pipeline: pipeline) else { return [] }
            return SpanInvariants.problems(in: document)
        }
    }

    @Test func everyRendererWritesWellFormedOutput() throws {
        let pipeline = try PropertyFixtures.pipeline()
        let validator = JSONSchemaValidator(schema: try RepositoryFiles.annotatedSchema())
        var rendered = 0, terms = 0
        try PropertyRunner.check("output.renderers", count: 40, Self.inputs) { input in
            guard let document = try Self.annotate(input, pipeline: pipeline) else { return [] }
            rendered += 1
            terms += document.terms.count
            return try OutputChecks.problems(in: document, validator: validator)
        }
        #expect(rendered > 0 && terms > 0, "\(rendered) documents rendered with \(terms) terms")
    }
}

/// The well-formedness checks of every output format.
enum OutputChecks {
    /// The XML renderers, with the option sets that change their markup.
    static var xmlRenderers: [(String, any DocumentRenderer)] {
        [
            ("xliff 2.1", XLIFFRenderer()),
            (
                "xliff 2.1 draft, no inline terms",
                XLIFFRenderer(options: RenderOptions(xliffTarget: .draft, inlineTerms: false))
            ),
            ("xliff 1.2", XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2))),
            ("xliff 1.2 draft", XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft))),
            ("tmx", TMXRenderer()),
            ("gloss tmx", TMXRenderer(content: .glosses)),
        ]
    }

    /// Markup the generators put in text and glossary fields and the renderers never write
    /// themselves; it must never come out raw.
    static let rawMarkup = ["<script>alert", "<b>", "<!--", "<![CDATA[", "<?xml"]

    static func problems(in document: AnnotatedDocument, validator: JSONSchemaValidator) throws -> [String] {
        var problems: [String] = []
        for (name, renderer) in xmlRenderers {
            let xml = try renderer.render(document)
            do {
                let outline = try XMLOutline.parse(xml)
                if outline.elements.contains("script") || outline.elements.contains("b") {
                    problems.append("\(name): markup from the text became elements")
                }
                if name.hasPrefix("xliff 2.1") {
                    let units = outline.elementList.filter { $0.name == "unit" }.count
                    if units != document.sentences.count {
                        problems.append("\(name): \(units) units for \(document.sentences.count) sentences")
                    }
                } else if name.hasPrefix("xliff 1.2") {
                    let units = outline.elementList.filter { $0.name == "trans-unit" }.count
                    if units != document.sentences.count {
                        problems.append("\(name): \(units) trans-units for \(document.sentences.count) sentences")
                    }
                }
            } catch {
                problems.append("\(name) does not parse: \(error)")
            }
        }
        // JSON: parses, validates, and carries the text and the schema name unchanged.
        let json = try AnnotatedJSONRenderer().render(document)
        do {
            let value = try JSONValue.parse(Data(json.utf8))
            problems += validator.validate(value).prefix(3).map { "json: \($0)" }
            if value["schema"] != .string(AnnotatedDocument.schemaIdentifier) {
                problems.append("json: schema field missing")
            }
            if value["text"] != .string(document.text) { problems.append("json: the text does not round-trip") }
            if value["source"]?["path"] != .string(document.source.path) {
                problems.append("json: the source path does not round-trip")
            }
        } catch {
            problems.append("json does not parse: \(error)")
        }
        // HTML pages: only the renderer's own tags and attributes, every & a reference.
        for (name, renderer) in [("html", ParallelHTMLRenderer()), ("brief html", BriefHTMLRenderer())]
            as [(String, any DocumentRenderer)]
        {
            let html = try renderer.render(document)
            problems += HTMLChecks.problems(in: html).prefix(3).map { "\(name): \($0)" }
            for markup in rawMarkup where html.contains(markup) { problems.append("\(name): raw \(markup)") }
        }
        for (name, renderer) in [("md", ParallelMarkdownRenderer()), ("brief md", BriefMarkdownRenderer())]
            as [(String, any DocumentRenderer)]
        {
            // Markdown escapes with a backslash: `\<?xml` is text, `<?xml` would be HTML.
            let markdown = try renderer.render(document)
            for markup in rawMarkup {
                var rest = markdown[...]
                while let found = rest.range(of: markup) {
                    if found.lowerBound == markdown.startIndex
                        || markdown[markdown.index(before: found.lowerBound)] != "\\"
                    {
                        problems.append("\(name): raw \(markup)")
                        break
                    }
                    rest = markdown[found.upperBound...]
                }
            }
        }
        // Terms: a comment, the header, one row per term, every row with every column.
        let rows = try TermsTSVRenderer().render(document).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        if rows.count != document.terms.count + 2 {
            problems.append("terms: \(rows.count) lines for \(document.terms.count) terms")
        }
        for row in rows.dropFirst()
        where row.split(separator: "\t", omittingEmptySubsequences: false).count != TermsTSVRenderer.columns.count {
            problems.append("terms: a row without \(TermsTSVRenderer.columns.count) columns")
        }
        return problems
    }
}

/// Checks of a rendered HTML page: tag and attribute names from the renderers' own
/// vocabulary (an unescaped `<` or `"` in the text shows up as an unknown one), every `&`
/// outside scripts and styles starting a character reference, no character HTML forbids.
enum HTMLChecks {
    static func problems(in html: String) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var problems: [String] = []
        var index = 0
        var rawTextEnd: String?  // inside <script> or <style>: the closing tag
        while index < scalars.count {
            let scalar = scalars[index]
            if !XMLEscaping.isAllowed(scalar) {
                problems.append("character U+\(String(scalar.value, radix: 16)) at \(index)")
            }
            if scalar == "&", rawTextEnd == nil {
                let rest = scalars[(index + 1)...].prefix(12)
                guard let semicolon = rest.firstIndex(of: ";") else {
                    problems.append("bare & at \(index)"); index += 1; continue
                }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
                let numeric =
                    name.hasPrefix("#") && name.count > 1 && name.dropFirst().allSatisfy { $0.isHexDigit || $0 == "x" }
                let named = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                if !numeric && !named { problems.append("bare & at \(index)") }
            }
            guard scalar == "<" else { index += 1; continue }
            guard let close = scalars[index...].firstIndex(of: ">") else {
                return problems + ["unclosed tag at \(index)"]
            }
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
            index = close + 1
            if let end = rawTextEnd {
                if tag == end { rawTextEnd = nil }
                continue
            }
            var body = Substring(tag)
            if body.hasPrefix("/") { body = body.dropFirst() }
            let name = body.prefix { !$0.isWhitespace && $0 != "/" }
            if !HostileInputTests.tags.contains(String(name)) { problems.append("unexpected tag <\(tag.prefix(40))>") }
            if (name == "script" || name == "style") && !tag.hasPrefix("/") { rawTextEnd = "/\(name)" }
            if name == "!DOCTYPE" { continue }
            var rest = body.dropFirst(name.count)
            while let first = rest.first {
                if first.isWhitespace || first == "/" { rest = rest.dropFirst(); continue }
                let attribute = rest.prefix { $0 != "=" && !$0.isWhitespace }
                if !HostileInputTests.attributes.contains(String(attribute)) {
                    problems.append("unexpected attribute \(attribute.prefix(40)) in <\(name)>")
                }
                rest = rest.dropFirst(attribute.count)
                if rest.first == "=" {
                    rest = rest.dropFirst()
                    guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else {
                        problems.append("unquoted attribute value in <\(name)>")
                        break
                    }
                    rest = rest[rest.index(after: end)...]
                }
            }
        }
        return problems
    }
}
