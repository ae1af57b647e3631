import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct TBXImportTests {
    @Test func readsNamespaceFreeTBXV3() throws {
        let result = try TBXReader().read(Data(try ExchangeSamples.fixture("v3-no-namespace.tbx")), file: "v3.tbx")
        #expect(result.format == .tbx)
        #expect(result.entries.count == 2)
        let peacock = result.entries[0]
        #expect(peacock.id == "c0001")
        #expect(peacock.zh == "孔雀计划")
        #expect(peacock.variants == ["孔雀計劃"])
        #expect(peacock.en == "Peacock Plan")
        #expect(
            peacock.alternatives == [
                GlossaryEntry.Alternative("Peacock Program"),
                GlossaryEntry.Alternative("Peacock Scheme", status: .deprecated),
            ])
        #expect(peacock.category == "program")
        #expect(
            peacock.note == "Shenzhen's programme to attract overseas talent teams. (source: Shenzhen talent office)")
        // The file says nothing about reliability or where the rendering comes from.
        #expect(peacock.status == .proposed)
        #expect(peacock.source == "imported from v3.tbx")
        #expect(peacock.origin == GlossaryEntry.Origin(file: "v3.tbx", line: 10))

        let housing = result.entries[1]
        #expect(housing.id == "c-2")
        #expect(housing.category == "general")

        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("v3.tbx:16: warning: <transacGrp> not mapped; left out"))
        #expect(
            messages.contains(
                "v3.tbx:20: warning: <termNote type=\"partOfSpeech\"> not mapped; left out (2 times; first shown)"))
        #expect(messages.contains("v3.tbx:41: warning: <langSec xml:lang=\"fr\"> not mapped; left out"))
        #expect(
            messages.contains(
                "v3.tbx:45: warning: entry 'c-2': id 'C 2' is not a native id (lowercase letters, digits, -); using 'c-2'"
            ))
        #expect(
            messages.contains(
                "v3.tbx:45: warning: entry 'c-2': category 'talent policy' is not a native category; using 'general'"))
        #expect(messages.contains("v3.tbx:57: warning: entry 'c0003': no English term for '无英文'; entry skipped"))
    }

    @Test func readsTBXV2WithNtigAndTig() throws {
        let result = try TBXReader().read(Data(try ExchangeSamples.fixture("v2-ntig.tbx")), file: "v2.tbx")
        #expect(result.entries.count == 2)
        let fang = result.entries[0]
        #expect(fang.zh == "放管服")
        #expect(fang.fullForm == "简政放权、放管结合、优化服务")
        #expect(fang.en == "reforms to streamline administration, delegate power and improve services")
        #expect(fang.status == .official)
        #expect(fang.source == "State Council English website")
        #expect(fang.category == "reform")

        // Only a Traditional term: the headword is converted, and the Traditional form kept.
        let belt = result.entries[1]
        #expect(belt.zh == "一带一路")
        #expect(belt.variants == ["一帶一路"])
        #expect(belt.en == "Belt and Road Initiative")
        #expect(
            belt.alternatives == [
                GlossaryEntry.Alternative("One Belt, One Road", status: .deprecated), GlossaryEntry.Alternative("B&R"),
            ])
        #expect(belt.status == .proposed)

        let messages = result.diagnostics.map(\.description)
        #expect(
            messages.contains {
                $0.hasPrefix("v2.tbx:") && $0.contains("converted from Traditional '一帶一路' by ICU Hant-Hans")
            })
        #expect(
            messages.contains { $0.hasPrefix("v2.tbx:44:") && $0.contains("<descrip type=\"context\"> not mapped") })
        #expect(messages.contains { $0.hasPrefix("v2.tbx:47:") && $0.contains("no Chinese term; entry skipped") })
    }

    @Test func refusesEntityDeclarations() {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <tbx><text><body><conceptEntry id="a"><langSec xml:lang="zh"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """
        #expect(throws: InterchangeError.entityDeclaration(path: "x.tbx", line: 3)) {
            try TBXReader().read(Data(hostile.utf8), file: "x.tbx")
        }
    }

    @Test func malformedXMLNamesFileAndLine() throws {
        let broken = "<?xml version=\"1.0\"?>\n<tbx>\n<text><body>\n<conceptEntry id=\"a\">\n</body></text></tbx>\n"
        let error = try #require(throws: InterchangeError.self) {
            try TBXReader().read(Data(broken.utf8), file: "b.tbx")
        }
        guard case .malformedXML(let file, let line, _, _) = error else {
            Issue.record("expected malformedXML, got \(error)")
            return
        }
        #expect(file == "b.tbx")
        #expect(line == 5)
        #expect(error.description.hasPrefix("b.tbx:5:"))
    }

    @Test func otherXMLIsNotTBX() {
        #expect(throws: GlossaryExchangeError.notTBX(path: "x.xml", root: "xliff")) {
            try TBXReader().read(Data("<xliff version=\"1.2\"/>".utf8), file: "x.xml")
        }
    }

    @Test func readsPrefixedElementsAndTheTBXV3Namespace() throws {
        let text = """
            <t:tbx xmlns:t="urn:iso:std:iso:30042:ed:3.0" type="TBX-Basic" style="dca"><t:text><t:body>
            <t:conceptEntry id="x"><t:langSec xml:lang="zh-Hans"><t:termSec><t:term>甲<t:hi>乙</t:hi>丙</t:term></t:termSec></t:langSec>
            <t:langSec xml:lang="en-GB"><t:termSec><t:term>AB</t:term></t:termSec></t:langSec></t:conceptEntry>
            </t:body></t:text></t:tbx>
            """
        let result = try TBXReader().read(Data(text.utf8), file: "p.tbx")
        #expect(result.entries.map(\.zh) == ["甲乙丙"])
        #expect(result.entries.map(\.en) == ["AB"])
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct TBXLargeFileTests {
    @Test func readsDocumentsOverTenMegabytes() throws {
        // XMLParser(data:) fails at the end of documents this size; the reader must not.
        let padding = String(repeating: "<!-- " + String(repeating: "x", count: 1000) + " -->\n", count: 11_000)
        let text = """
            <?xml version="1.0"?>
            <tbx><text><body><conceptEntry id="a"><langSec xml:lang="zh"><termSec><term>甲</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>A</term></termSec></langSec></conceptEntry>
            \(padding)</body></text></tbx>
            """
        #expect(text.utf8.count > 11_000_000)
        let result = try TBXReader().read(Data(text.utf8), file: "big.tbx")
        #expect(result.entries.map(\.en) == ["A"])
    }
}
