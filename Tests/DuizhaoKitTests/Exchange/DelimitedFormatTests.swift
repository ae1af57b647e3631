import Foundation
import Testing
@testable import DuizhaoKit

@Suite struct DelimitedFormatTests {
    // MARK: OmegaT

    @Test func omegaTExportHasCodingLineCommentsAndVariantLines() throws {
        let export = OmegaTWriter().write(ExchangeSamples.entries)
        let lines = export.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Glossary in tab-separated format -*- coding: utf-8 -*-")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        #expect(lines.contains("孔雀计划\tPeacock Plan\testablished: Shenzhen Municipal Government English site; also: Peacock Program; note: Shenzhen's program to attract overseas high-level talent."))
        #expect(lines.contains("孔雀計劃\tPeacock Plan\tvariant of 孔雀计划"))
        #expect(lines.contains("一带一路\tBelt and Road Initiative\tofficial: Xinhua style guide; also: B&R; avoid: One Belt, One Road"))
    }

    @Test func omegaTRoundTripKeepsTermsAndVariants() throws {
        let text = OmegaTWriter().write(ExchangeSamples.entries).text
        let back = OmegaTReader().read(text, file: "glossary.txt")
        #expect(back.entries.map(\.zh) == ExchangeSamples.entries.map(\.zh))
        #expect(back.entries.map(\.en) == ExchangeSamples.entries.map(\.en))
        #expect(back.entries.map(\.variants) == ExchangeSamples.entries.map(\.variants))
        // OmegaT has no status or source column: imports are proposed, sourced to the file.
        #expect(back.entries.allSatisfy { $0.status == .proposed && $0.source == "imported from glossary.txt" })
    }

    @Test func readsOmegaTFixture() throws {
        let text = String(decoding: try ExchangeSamples.fixture("omegat.txt"), as: UTF8.self)
        let result = OmegaTReader().read(text, file: "o.txt")
        #expect(result.entries.map(\.zh) == ["孔雀计划", "放管服", "新质生产力"])
        #expect(result.entries[0].variants == ["孔雀計劃"])
        #expect(result.entries[0].note == "Shenzhen talent programme")
        #expect(result.entries[1].note == nil)
        #expect(result.entries[2].en == "new quality productive forces")
        #expect(result.entries[2].origin?.line == 8)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("o.txt:7: no English term for '一带一路'; entry skipped"))
        #expect(messages.contains("o.txt:8: cells after the third (source, target, comment) ignored"))
    }

    // MARK: two-column TSV

    @Test func twoColumnExportSkipsRepeatedHeadwords() {
        var entries = ExchangeSamples.entries
        entries.append(GlossaryEntry(id: "peacock-2", zh: "孔雀计划", en: "Peacock Program", source: "s"))
        let export = TwoColumnTSVWriter().write(entries)
        let lines = export.text.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0] == "孔雀计划\tPeacock Plan")
        #expect(export.diagnostics.map(\.entryID) == ["peacock-2"])
    }

    @Test func readsTwoColumnFixtureSkippingHeader() throws {
        let text = String(decoding: try ExchangeSamples.fixture("deepl.tsv"), as: UTF8.self)
        let result = TwoColumnTSVReader().read(text, file: "d.tsv")
        #expect(result.entries.map(\.zh) == ["孔雀计划", "放管服"])
        #expect(result.entries.map(\.en) == ["Peacock Plan", "streamline administration"])
        #expect(result.entries.map(\.id) == ["peacock-plan", "streamline-administration"])
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("d.tsv:1: first row '中文 | English' read as a header and skipped"))
        #expect(messages.contains("d.tsv:3: cells after the second (Chinese, English) ignored"))
        #expect(messages.contains("d.tsv:5: no English term for '只有中文'; entry skipped"))
    }

    // MARK: CSV

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(CSVCodec.field("plain") == "plain")
        #expect(CSVCodec.field("a,b") == "\"a,b\"")
        #expect(CSVCodec.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVCodec.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVCodec.field(" padded") == "\" padded\"")
        #expect(CSVCodec.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func csvParsesQuotedFieldsAcrossLines() throws {
        let text = "a,\"b,\"\"c\"\"\nd\",e\r\n\r\nf,,\n\"g\""
        var strays: [Int] = []
        let records = try CSVCodec.parse(text, file: "t.csv") { strays.append($0) }
        #expect(records.map(\.fields) == [["a", "b,\"c\"\nd", "e"], ["f", "", ""], ["g"]])
        #expect(records.map(\.line) == [1, 4, 5])
        #expect(strays.isEmpty)
    }

    @Test func csvReportsStrayQuotesAndRefusesUnclosedOnes() throws {
        var strays: [Int] = []
        let records = try CSVCodec.parse("a,b\"c\nd,e", file: "t.csv") { strays.append($0) }
        #expect(records.map(\.fields) == [["a", "b\"c"], ["d", "e"]])
        #expect(strays == [1])
        #expect(throws: GlossaryExchangeError.unterminatedQuote(file: "t.csv", line: 2)) {
            try CSVCodec.parse("a,b\nc,\"d\ne", file: "t.csv") { _ in }
        }
    }

    @Test func csvRoundTripKeepsEveryField() throws {
        var entries = ExchangeSamples.entries
        entries[0].note = "Line one,\nline \"two\""
        let export = GlossaryCSVWriter().write(entries)
        #expect(export.diagnostics.isEmpty)
        #expect(export.text.hasPrefix("id,zh,en,en_alt,variants,full_form,category,status,source,note,match\r\n"))
        let back = try GlossaryCSVReader().read(export.text, file: "g.csv")
        // A line break inside a field cannot reach native entries: it becomes a space.
        entries[0].note = "Line one, line \"two\""
        ExchangeSamples.expectSameFields(back.entries, entries)
        #expect(back.diagnostics.map(\.message) == ["tabs or line breaks inside fields replaced with spaces"])
    }

    @Test func readsCSVWithNativeHeader() throws {
        let text = String(decoding: try ExchangeSamples.fixture("native-header.csv"), as: UTF8.self)
        let result = try GlossaryCSVReader().read(text, file: "n.csv")
        #expect(result.entries.count == 3)
        let peacock = result.entries[0]
        #expect(peacock.source == "Shenzhen government, English site")
        #expect(peacock.alternatives == [GlossaryEntry.Alternative("Peacock Program"), GlossaryEntry.Alternative("Peacock Scheme", status: .deprecated)])
        #expect(peacock.note == "Talent programme; says \"hello\" over two lines")
        #expect(result.entries[1].status == .proposed)
        #expect(result.entries[2].en == "reforms, streamlined")
        #expect(result.entries[2].id == "reforms-streamlined")
        #expect(result.entries[2].category == "general")
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("n.csv:1: unknown column 'colour' ignored"))
        #expect(messages.contains("n.csv:4: entry 'bad-status': unknown status 'approved'; using 'proposed'"))
        #expect(messages.contains("n.csv:5: entry 'reforms-streamlined': category 'policy' is not a native category; using 'general'"))
    }

    @Test func readsPositionalCSV() throws {
        let text = String(decoding: try ExchangeSamples.fixture("positional.csv"), as: UTF8.self)
        let result = try GlossaryCSVReader().read(text, file: "p.csv")
        #expect(result.entries.map(\.zh) == ["孔雀计划", "放管服"])
        #expect(result.entries.map(\.en) == ["Peacock Plan", "reforms \"to streamline\""])
        #expect(result.entries[0].note == "a comment, with a comma")
        #expect(result.diagnostics.map(\.description) == ["p.csv:3: no English term for 'single'; entry skipped"])
    }
}
