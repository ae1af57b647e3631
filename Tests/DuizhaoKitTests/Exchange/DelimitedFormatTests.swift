import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct DelimitedFormatTests {
    // MARK: OmegaT

    @Test func omegaTExportHasCodingLineCommentsAndVariantLines() throws {
        let export = OmegaTWriter().write(ExchangeSamples.entries)
        let lines = export.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Glossary in tab-separated format -*- coding: utf-8 -*-")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        #expect(
            lines.contains(
                "孔雀计划\tPeacock Plan\tstatus: established; source: Shenzhen Municipal Government English site; category: program; also: Peacock Program; note: Shenzhen's program to attract overseas high-level talent."
            ))
        #expect(lines.contains("孔雀計劃\tPeacock Plan\tvariant of 孔雀计划"))
        // A deprecated rendering only in the comment, never as a target.
        #expect(
            lines.contains(
                "一带一路\tBelt and Road Initiative\tstatus: official; source: Xinhua style guide; category: program; also: B&R; do not use: One Belt, One Road"
            ))
        #expect(!lines.contains { $0.split(separator: "\t").dropFirst().first == "One Belt, One Road" })
        // The entry whose rendering is deprecated is left out.
        #expect(!lines.contains { $0.hasPrefix("<b>") })
        #expect(
            export.diagnostics.map(\.description) == [
                "warning: entry 'hostile': left out of the OmegaT glossary: its rendering is deprecated, and OmegaT would offer it as the target"
            ])
    }

    @Test func omegaTRoundTripKeepsStatusSourceCategoryAndAlternatives() throws {
        let written = ExchangeSamples.entries.filter { $0.status != .deprecated }
        let text = OmegaTWriter().write(ExchangeSamples.entries).text
        let back = OmegaTReader().read(text, file: "glossary.txt")
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        ExchangeSamples.expectSameFields(
            back.entries.map {
                var e = $0; e.id = ""; e.match = .normal; return e
            },
            written.map {
                var e = $0
                e.id = ""
                e.match = .normal  // OmegaT has no strict matching
                e.alternatives =
                    e.alternatives.filter { $0.status != .deprecated }
                    + e.alternatives.filter { $0.status == .deprecated }
                return e
            })
    }

    @Test func aForeignOmegaTCommentStaysANote() {
        let back = OmegaTReader().read("孔雀计划\tPeacock Plan\tstatus report pending; see memo\n", file: "g.txt")
        #expect(back.entries.first?.note == "status report pending; see memo")
        #expect(back.entries.first?.status == .proposed)
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
        #expect(messages.contains("o.txt:7: warning: no English term for '一带一路'; entry skipped"))
        #expect(messages.contains("o.txt:8: warning: cells after the third (source, target, comment) ignored"))
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
        #expect(messages.contains("d.tsv:1: warning: first row '中文 | English' read as a header and skipped"))
        #expect(messages.contains("d.tsv:3: warning: cells after the second (Chinese, English) ignored"))
        #expect(messages.contains("d.tsv:5: warning: no English term for '只有中文'; entry skipped"))
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
        #expect(throws: GlossaryExchangeError.unterminatedQuote(path: "t.csv", line: 2)) {
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
        #expect(
            peacock.alternatives == [
                GlossaryEntry.Alternative("Peacock Program"),
                GlossaryEntry.Alternative("Peacock Scheme", status: .deprecated),
            ])
        #expect(peacock.note == "Talent programme; says \"hello\" over two lines")
        #expect(result.entries[1].status == .proposed)
        #expect(result.entries[2].en == "reforms, streamlined")
        #expect(result.entries[2].id == "reforms-streamlined")
        #expect(result.entries[2].category == "general")
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("n.csv:1: warning: unknown column 'colour' ignored"))
        #expect(messages.contains("n.csv:4: warning: entry 'bad-status': unknown status 'approved'; using 'proposed'"))
        #expect(
            messages.contains(
                "n.csv:5: warning: entry 'reforms-streamlined': category 'policy' is not a native category; using 'general'"
            ))
    }

    @Test func readsPositionalCSV() throws {
        let text = String(decoding: try ExchangeSamples.fixture("positional.csv"), as: UTF8.self)
        let result = try GlossaryCSVReader().read(text, file: "p.csv")
        #expect(result.entries.map(\.zh) == ["孔雀计划", "放管服"])
        #expect(result.entries.map(\.en) == ["Peacock Plan", "reforms \"to streamline\""])
        #expect(result.entries[0].note == "a comment, with a comma")
        #expect(
            result.diagnostics.map(\.description) == ["p.csv:3: warning: no English term for 'single'; entry skipped"])
    }
}
