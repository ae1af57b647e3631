import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct NativeTSVTests {
    @Test func writesHeaderAndMatchColumnOnlyWhenAnEntryIsStrict() {
        let normal = [GlossaryEntry(id: "a", zh: "甲", en: "A", source: "s")]
        let lines = NativeTSVWriter().write(normal).text.split(separator: "\n")
        #expect(lines.first == "id\tzh\ten\ten_alt\tvariants\tfull_form\tcategory\tstatus\tsource\tnote")
        #expect(lines.dropFirst().first == "a\t甲\tA\t\t\t\tgeneral\tproposed\ts\t")

        let strict = NativeTSVWriter().write(ExchangeSamples.entries).text.split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(strict.first?.hasSuffix("\tnote\tmatch") == true)
        let belt = strict.first { $0.hasPrefix("belt-and-road\t") }
        #expect(belt?.hasSuffix("\tstrict") == true)
        // Alternatives: a status only where it differs from the entry's.
        #expect(belt?.contains("\tOne Belt, One Road [deprecated]|B&R\t") == true)
    }

    @Test func replacesTabsAndLineBreaksAndReportsThem() throws {
        let entry = GlossaryEntry(
            id: "x", zh: "甲\t乙", en: "line one\nline two", alternatives: [GlossaryEntry.Alternative("a|b")],
            source: "s\r\nt", note: "n\u{2028}m", origin: GlossaryEntry.Origin(file: "g.tsv", line: 7))
        let export = NativeTSVWriter().write([entry])
        let row = try #require(export.text.split(separator: "\n").last)
        #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == 10)
        #expect(row.contains("甲 乙\tline one line two\ta/b\t"))
        #expect(export.diagnostics.count == 5)
        #expect(export.diagnostics.allSatisfy { $0.description.hasPrefix("g.tsv:7: warning: entry 'x': ") })
        #expect(export.diagnostics.contains { $0.message.contains("'|'") })
    }

    @Test func reportsIDsThatWouldReadAsComments() {
        let export = NativeTSVWriter().write([GlossaryEntry(id: "#x", zh: "甲", en: "A", source: "s")])
        #expect(export.diagnostics.map(\.message) == ["id starts with '#', so its line would read as a comment"])
    }

    @Test func readsFixtureMappingColumnsByHeader() throws {
        let text = String(decoding: try ExchangeSamples.fixture("native.tsv"), as: UTF8.self)
        let result = try NativeTSVReader().read(text, file: "native.tsv")
        #expect(result.entries.count == 3)
        let peacock = result.entries[0]
        #expect(
            peacock.alternatives == [
                GlossaryEntry.Alternative("Peacock Program"),
                GlossaryEntry.Alternative("Peacock Scheme", status: .deprecated),
            ])
        #expect(peacock.variants == ["孔雀計劃", "“孔雀计划”"])
        #expect(peacock.status == .established)
        #expect(peacock.origin == GlossaryEntry.Origin(file: "native.tsv", line: 3))
        let fang = result.entries[1]
        #expect(fang.fullForm == "简政放权、放管结合、优化服务")
        #expect(fang.match == .strict)
        #expect(fang.status == .official)
        // No id, unknown status, no source: generated id, proposed, imported source; all reported.
        let belt = result.entries[2]
        #expect(belt.id == "belt-and-road-initiative")
        #expect(belt.status == .proposed)
        #expect(belt.source == "imported from native.tsv")
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("native.tsv:2: warning: unknown column 'colour' ignored"))
        #expect(messages.contains("native.tsv:3: warning: 1 cell(s) beyond the header's 12 columns ignored") == false)
        #expect(messages.contains { $0.hasPrefix("native.tsv:5:") && $0.contains("unknown status 'bogus'") })
        #expect(messages.contains { $0.hasPrefix("native.tsv:5:") && $0.contains("no id") })
        #expect(messages.contains { $0.hasPrefix("native.tsv:5:") && $0.contains("no source") })
    }

    @Test func missingRequiredColumnsIsAnError() {
        #expect(throws: GlossaryExchangeError.missingColumns(path: "f.tsv", line: 2, columns: ["en"])) {
            try NativeTSVReader().read("# c\nid\tzh\nx\t甲\n", file: "f.tsv")
        }
        #expect(throws: GlossaryExchangeError.noHeader(path: "e.tsv")) {
            try NativeTSVReader().read("# only comments\n\n", file: "e.tsv")
        }
    }

    @Test func nativeRoundTripKeepsEveryField() throws {
        let export = NativeTSVWriter().write(ExchangeSamples.entries)
        #expect(export.diagnostics.isEmpty)
        let back = try NativeTSVReader().read(export.text, file: "round.tsv")
        #expect(back.diagnostics.isEmpty)
        ExchangeSamples.expectSameFields(back.entries, ExchangeSamples.entries)
    }

    /// Regression (issue 16): the lenient import and the strict loader had two column lists,
    /// two category lists and two status rules. The import took `document-defined` (a status
    /// duizhao gives only to a document's own terms) that loading refuses, and kept an unknown
    /// category without a word where loading warns. One schema: both now flag both.
    @Test func strictAndLenientReadingAgreeOnStatusesAndCategories() throws {
        let text =
            "id\tzh\ten\tcategory\tstatus\tsource\talt-free\n"
            + "peacock-plan\t孔雀计划\tPeacock Plan\tagency\tdocument-defined\ts\tx\n"
        let strict = GlossaryTSVParser().parse(text, path: "g.tsv")
        #expect(strict.records.isEmpty, "strict loading leaves the entry out")
        #expect(
            strict.diagnostics.contains { $0.severity == .error && $0.message.contains("status \"document-defined\"") })
        #expect(
            strict.diagnostics.contains {
                $0.severity == .warning && $0.message.contains("unknown category \"agency\"")
            })
        #expect(strict.diagnostics.contains { $0.message.contains("unknown column \"alt-free\"") })

        let lenient = try NativeTSVReader().read(text, file: "g.tsv")
        let entry = try #require(lenient.entries.first)
        #expect(entry.status == .proposed, "the import never gives an entry a status loading refuses")
        #expect(entry.category == "agency", "an unknown category is kept, as loading keeps it")
        let messages = lenient.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("status 'document-defined'") && $0.contains("using 'proposed'") })
        #expect(messages.contains { $0.contains("unknown category 'agency' kept") })
        #expect(messages.contains { $0.contains("unknown column 'alt-free'") })
        #expect(
            GlossaryTSVParser().parse(NativeTSVWriter().write(lenient.entries).text, path: "back.tsv").records.count
                == 1)
    }
}
