import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct TBXExportTests {
    private func tree(_ text: String) throws -> XMLNode {
        try XMLNode.parse(Data(text.utf8), file: "export.tbx")
    }

    private func entries(_ root: XMLNode, named name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        func walk(_ node: XMLNode) {
            if node.name == name { found.append(node) }
            node.children.forEach(walk)
        }
        walk(root)
        return found
    }

    @Test func writesTBXBasicV3WithDataCategories() throws {
        let export = TBXWriter(version: .basic3).write(ExchangeSamples.entries)
        #expect(
            export.text.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"
            ))
        #expect(!export.text.contains("<!DOCTYPE"))
        let root = try tree(export.text)
        #expect(root.children.map(\.name) == ["tbxHeader", "text"])
        let concepts = entries(root, named: "conceptEntry")
        #expect(
            concepts.map { $0.attributes["id"] } == [
                "peacock-plan", "fang-guan-fu", "belt-and-road", "_5g-base-station", "hostile",
            ])

        let peacock = concepts[0]
        #expect(peacock.children.first { $0.type == "subjectField" }?.text == "program")
        #expect(
            peacock.children.first { $0.name == "note" }?.text
                == "Shenzhen's program to attract overseas high-level talent.")
        let sections = peacock.children.filter { $0.name == "langSec" }
        #expect(sections.map { $0.attributes["xml:lang"] } == ["zh-Hans", "zh-Hant", "en"])
        #expect(sections[0].children.map { $0.children.first?.text } == ["孔雀计划", "“孔雀计划”"])
        #expect(sections[1].children.map { $0.children.first?.text } == ["孔雀計劃"])
        let rendering = try #require(sections[2].children.first)
        #expect(rendering.children.map(\.name) == ["term", "termNote", "admin", "note"])
        #expect(rendering.children[1].text == "preferredTerm-admn-sts")
        #expect(rendering.children[2].type == "source")
        #expect(rendering.children[2].text == "Shenzhen Municipal Government English site")
        #expect(rendering.children[3].text == "status: established")
        #expect(sections[2].children[1].children.map(\.text) == ["Peacock Program", "admittedTerm-admn-sts"])

        let fang = concepts[1].children.filter { $0.name == "langSec" }[0]
        #expect(fang.children[0].children.map(\.text) == ["放管服", "abbreviation", "preferredTerm-admn-sts"])
        #expect(fang.children[1].children.map(\.text) == ["简政放权、放管结合、优化服务", "fullForm"])

        let belt = concepts[2].children.filter { $0.name == "langSec" }
        #expect(belt[0].children[0].children.contains { $0.name == "note" && $0.text == "match: strict" })
        // No Traditional variant listed: ICU generates one and marks it as generated.
        #expect(belt[1].attributes["xml:lang"] == "zh-Hant")
        #expect(
            belt[1].children[0].children.map(\.text) == ["一帶一路", "variant", TBXConventions.generatedTraditionalNote])
        #expect(
            belt[2].children[1].children.map(\.text) == [
                "One Belt, One Road", "deprecatedTerm-admn-sts", "status: deprecated",
            ])
        #expect(belt[2].children[2].children.map(\.text) == ["B&R", "admittedTerm-admn-sts"])
    }

    @Test func writesTBXV2MartifForCATToolsByDefault() throws {
        let export = TBXWriter().write(ExchangeSamples.entries)
        let root = try tree(export.text)
        #expect(root.name == "martif")
        #expect(root.attributes["type"] == "TBX-Basic")
        #expect(root.children.map(\.name) == ["martifHeader", "text"])
        let termEntries = entries(root, named: "termEntry")
        // The entry whose rendering is deprecated is left out, and said so.
        #expect(
            termEntries.map { $0.attributes["id"] } == [
                "peacock-plan", "fang-guan-fu", "belt-and-road", "_5g-base-station",
            ])
        #expect(
            export.diagnostics.map(\.description) == [
                "warning: entry 'hostile': left out of TBX v2: its rendering is deprecated, and tools would offer it as an equivalent (TBX v3 keeps it, marked)"
            ])
        // English second: tools that take the second language section as the target get English, not Traditional.
        #expect(
            termEntries[0].children.filter { $0.name == "langSet" }.map { $0.attributes["xml:lang"] } == [
                "zh-Hans", "en", "zh-Hant",
            ])
        #expect(entries(root, named: "tig").count > 10)
        #expect(entries(root, named: "termSec").isEmpty)
        #expect(entries(root, named: "conceptEntry").isEmpty)
    }

    @Test func tbxV2NamesDeprecatedRenderingsInANoteAndNeverAsTerms() throws {
        let root = try tree(TBXWriter(version: .martif2).write([ExchangeSamples.entries[2]]).text)
        let belt = try #require(entries(root, named: "termEntry").first)
        #expect(belt.children.first { $0.name == "note" }?.text == "Do not use: \u{201C}One Belt, One Road\u{201D}")
        let english = try #require(belt.children.first { $0.name == "langSet" && $0.attributes["xml:lang"] == "en" })
        #expect(entries(english, named: "term").map(\.text) == ["Belt and Road Initiative", "B&R"])
        #expect(!entries(root, named: "termNote").contains { $0.text == "deprecatedTerm-admn-sts" })
    }

    @Test func escapesHostileTextSoItStaysData() throws {
        let export = TBXWriter(version: .basic3).write([ExchangeSamples.entries[4]])
        #expect(export.diagnostics.isEmpty)
        #expect(!export.text.contains("<script>"))
        #expect(!export.text.contains("<b>"))
        #expect(!export.text.contains("<!ENTITY"))
        #expect(!export.text.contains("<![CDATA["))
        #expect(export.text.contains("&lt;b&gt;“测试”&lt;/b&gt; &amp; 'x'"))
        let root = try tree(export.text)
        let terms = entries(root, named: "term").map(\.text)
        #expect(terms.contains("<b>“测试”</b> & 'x'"))
        #expect(terms.contains("\"]]></term><script>alert(1)</script>"))
        #expect(entries(root, named: "admin").first?.text == "a & b < c > d \"q\" 'a' &amp;")
        #expect(entries(root, named: "script").isEmpty)
    }

    @Test func escapesAttributesAndReplacesCharactersXMLCannotHold() throws {
        let entry = GlossaryEntry(id: "Q\"<'>&\tid", zh: "甲\u{1}乙", en: "A\u{FFFF}", source: "s")
        let export = TBXWriter(version: .basic3).write([entry])
        let root = try tree(export.text)
        let concept = try #require(entries(root, named: "conceptEntry").first)
        #expect(concept.attributes["id"] == "_q-id")
        #expect(entries(root, named: "term").map(\.text).prefix(1) == ["甲\u{FFFD}乙"])
        #expect(
            export.diagnostics.map(\.message).contains(
                "2 control character(s) that XML cannot hold replaced with U+FFFD"))
        #expect(export.diagnostics.map(\.message).contains("id cannot be an XML ID; written as '_q-id'"))
        var replaced = 0
        #expect(
            XMLEscaping.attribute("a\"b'c<d>&\t\n", replaced: &replaced) == "a&quot;b&apos;c&lt;d&gt;&amp;&#9;&#10;")
        #expect(replaced == 0)
    }

    @Test func repeatedIDsAreMadeUnique() throws {
        let twins = [
            GlossaryEntry(id: "a", zh: "甲", en: "A", source: "s"),
            GlossaryEntry(id: "a", zh: "乙", en: "B", source: "s"),
        ]
        let export = TBXWriter(version: .basic3).write(twins)
        let ids = entries(try tree(export.text), named: "conceptEntry").map { $0.attributes["id"] }
        #expect(ids == ["a", "a-2"])
        #expect(export.diagnostics.count == 1)
    }

    @Test func canLeaveOutGeneratedTraditionalForms() throws {
        let export = TBXWriter(generateTraditional: false).write([ExchangeSamples.entries[2]])
        #expect(!export.text.contains("zh-Hant"))
    }
}
