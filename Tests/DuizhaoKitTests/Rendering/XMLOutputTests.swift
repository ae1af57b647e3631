import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's parser: element names (namespace URI and local
/// name), attributes and the character data, in order.
final class XMLOutline: NSObject, XMLParserDelegate {
    struct Element {
        var namespace: String?
        var name: String
        var attributes: [String: String]
    }

    var elementList: [Element] = []
    var text = ""
    /// Character data per element path, for `source` and `target` checks.
    var textByElement: [String: [String]] = [:]
    private var stack: [(String, String)] = []

    var elements: Set<String> { Set(elementList.map(\.name)) }

    static func parse(_ xml: String) throws -> XMLOutline {
        let outline = XMLOutline()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = outline
        guard parser.parse() else {
            throw CocoaError(
                .coderReadCorrupt,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "XML parse error \(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)"
                ])
        }
        return outline
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elementList.append(Element(namespace: namespaceURI, name: elementName, attributes: attributes))
        stack.append((elementName, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        for index in stack.indices { stack[index].1 += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if let (name, content) = stack.popLast() { textByElement[name, default: []].append(content) }
    }
}

@Suite struct XMLOutputTests {
    static let xliffCore2 = "urn:oasis:names:tc:xliff:document:2.0"
    static let glossaryModule = "urn:oasis:names:tc:xliff:glossary:2.0"

    @Test func xliff21HasAUnitPerSentenceAndTheGlossaryModule() throws {
        let document = try AnnotationFixtures.annotated()
        let outline = try XMLOutline.parse(try XLIFFRenderer().render(document))
        let units = outline.elementList.filter { $0.name == "unit" }
        #expect(units.count == document.sentences.count)
        #expect(units.allSatisfy { $0.namespace == Self.xliffCore2 })
        #expect(outline.elementList.first { $0.name == "xliff" }?.attributes["version"] == "2.1")
        let marks = outline.elementList.filter { $0.name == "mrk" }
        let termCount = document.sentences.reduce(0) { $0 + $1.terms.count }
        #expect(marks.count == termCount)
        #expect(marks.allSatisfy { $0.attributes["type"] == "term" && $0.attributes["id"] != nil })
        let entries = outline.elementList.filter { $0.name == "glossEntry" }
        #expect(entries.count == termCount)
        #expect(
            entries.allSatisfy { $0.namespace == Self.glossaryModule && $0.attributes["ref"]?.hasPrefix("#m") == true })
        #expect(outline.textByElement["translation"]?.contains("Peacock Plan") == true)
        // Sources are the sentences, targets empty.
        #expect(outline.textByElement["source"] == document.sentences.map(\.text))
        #expect(outline.textByElement["target"]?.allSatisfy(\.isEmpty) == true)
    }

    @Test func xliff21DraftTargetsAreInitialAndInlineMarksOptional() throws {
        let document = try AnnotationFixtures.annotated()
        let outline = try XMLOutline.parse(
            try XLIFFRenderer(options: RenderOptions(xliffTarget: .draft, inlineTerms: false)).render(document))
        #expect(!outline.elements.contains("mrk"))
        #expect(outline.elementList.filter { $0.name == "segment" }.allSatisfy { $0.attributes["state"] == "initial" })
        #expect(outline.textByElement["target"] == document.sentences.map(\.english.text))
        #expect(outline.elementList.filter { $0.name == "glossEntry" }.allSatisfy { $0.attributes["ref"] == nil })
    }

    @Test func xliffSourceTargetsCopyTheSourceAndDraftsCarryTheirOrigin() throws {
        var document = try AnnotationFixtures.annotated()
        for version in RenderOptions.XLIFFVersion.allCases {
            let outline = try XMLOutline.parse(
                try XLIFFRenderer(options: RenderOptions(xliffVersion: version, xliffTarget: .source)).render(document))
            #expect(outline.textByElement["target"] == document.sentences.map(\.text), "\(version)")
        }
        // XLIFF 1.2 drafts: needs-review-translation, the origin as state-qualifier and note.
        document.sentences[3].english = EnglishLine(
            text: "Shenzhen allocates RMB 1 billion a year.", origin: .memoryExact, provider: "/home/a/memory.sqlite")
        let xml = try XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft)).render(document)
        let outline = try XMLOutline.parse(xml)
        let targets = outline.elementList.filter { $0.name == "target" }
        #expect(targets.allSatisfy { $0.attributes["state"] == "needs-review-translation" })
        #expect(targets[3].attributes["state-qualifier"] == "exact-match")
        #expect(targets[0].attributes["state-qualifier"] == "leveraged-glossary")
        #expect(outline.textByElement["note"]?.contains("English line origin: translation memory") == true)
        #expect(!xml.contains("/home/a"))
    }

    @Test func xliff12MarksTermsOnlyWhenAsked() throws {
        let document = try AnnotationFixtures.annotated()
        // Off by default: CAT tools turn marks into tags, which cost memory matches; the renderings stay in notes.
        let plain = try XMLOutline.parse(
            try XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2)).render(document))
        #expect(!plain.elements.contains("mrk"))
        #expect(plain.textByElement["note"]?.contains { $0.contains("孔雀计划 = Peacock Plan") } == true)
        let outline = try XMLOutline.parse(
            try XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, inlineTerms: true)).render(document))
        #expect(outline.elementList.first { $0.name == "xliff" }?.attributes["version"] == "1.2")
        #expect(outline.elementList.filter { $0.name == "trans-unit" }.count == document.sentences.count)
        let marks = outline.elementList.filter { $0.name == "mrk" }
        #expect(!marks.isEmpty && marks.allSatisfy { $0.attributes["mtype"] == "term" })
        #expect(outline.elementList.allSatisfy { $0.namespace == "urn:oasis:names:tc:xliff:document:1.2" })
    }

    @Test func tmxHoldsTranslationsOnlyUnlessGlossesAreAskedFor() throws {
        var document = try AnnotationFixtures.annotated()
        let empty = try XMLOutline.parse(try TMXRenderer().render(document))
        #expect(!empty.elements.contains("tu"))
        #expect(empty.elements.contains("header"))
        #expect(empty.textByElement["note"]?.first?.contains("--tmx-include-gloss") == true)

        // With glosses asked for, they go to a second file of their own.
        let renderers = OutputFormat.tmx.renderers(options: RenderOptions(tmxIncludeGloss: true))
        #expect(renderers.map(\.fileSuffix) == [".tmx", ".gloss.tmx"])
        #expect(try !XMLOutline.parse(try renderers[0].render(document)).elements.contains("tu"))
        let glosses = try XMLOutline.parse(try renderers[1].render(document))
        #expect(glosses.elementList.filter { $0.name == "tu" }.count == document.sentences.count)
        #expect(glosses.textByElement["prop"]?.filter { $0 == "gloss" }.count == document.sentences.count)

        // A translated sentence is a unit without the option; glosses stay out.
        document.sentences[3].english = EnglishLine(
            text: "Shenzhen allocates RMB 1 billion a year.", origin: .human, provider: "reviewer")
        let mixed = try XMLOutline.parse(try TMXRenderer().render(document))
        #expect(mixed.elementList.filter { $0.name == "tu" }.count == 1)
        #expect(mixed.textByElement["seg"] == [document.sentences[3].text, "Shenzhen allocates RMB 1 billion a year."])
        #expect(
            mixed.elementList.filter { $0.name == "tuv" }.map {
                $0.attributes["http://www.w3.org/XML/1998/namespace:lang"] ?? $0.attributes["xml:lang"]
                    ?? $0.attributes["lang"]
            } == ["zh-CN", "en"])
    }

    @Test(.enabled(if: RepositoryFiles.tool("xmllint") != nil, "xmllint is not installed"))
    func xmllintAcceptsEveryXMLOutput() throws {
        let document = try AnnotationFixtures.annotated()
        let hostile = try HostileInputTests.document()
        let renderers: [any DocumentRenderer] = [
            XLIFFRenderer(), XLIFFRenderer(options: RenderOptions(xliffTarget: .draft, inlineTerms: false)),
            XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft)), TMXRenderer(),
            TMXRenderer(content: .glosses),
            XLIFFRenderer(options: RenderOptions(xliffTarget: .source)),
            XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .source, inlineTerms: true)),
        ]
        for renderer in renderers {
            for source in [document, hostile] {
                let (status, output) = try RepositoryFiles.run(
                    RepositoryFiles.tool("xmllint")!, ["--noout", "--nonet", "-"],
                    input: Data(try renderer.render(source).utf8))
                #expect(status == 0, "xmllint: \(output)")
            }
        }
    }
}
