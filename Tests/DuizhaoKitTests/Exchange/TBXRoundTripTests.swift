import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct TBXRoundTripTests {
    @Test func nativeToTBXV3ToNativeLosesNothing() throws {
        let export = TBXWriter(version: .basic3).write(ExchangeSamples.entries)
        #expect(export.diagnostics.isEmpty)
        let back = try TBXReader().read(Data(export.text.utf8), file: "round.tbx")
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        ExchangeSamples.expectSameFields(back.entries, ExchangeSamples.entries)
        // Origins point into the TBX file.
        #expect(back.entries.allSatisfy { $0.origin?.file == "round.tbx" && ($0.origin?.line ?? 0) > 1 })
    }

    @Test func tbxV2KeepsEveryEntryItWritesWithDeprecatedRenderingsFromTheNote() throws {
        let written = ExchangeSamples.entries.filter { $0.status != .deprecated }
        let back = try TBXReader().read(
            Data(TBXWriter(version: .martif2).write(ExchangeSamples.entries).text.utf8), file: "round.tbx")
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        // Deprecated alternatives come back after the others (the note follows the terms).
        var expected = written
        for index in expected.indices {
            let alternatives = expected[index].alternatives
            expected[index].alternatives =
                alternatives.filter { $0.status != .deprecated } + alternatives.filter { $0.status == .deprecated }
        }
        ExchangeSamples.expectSameFields(back.entries, expected)
    }

    @Test func roundTripThroughTheNativeTextToo() throws {
        // native TSV → entries → TBX → entries → native TSV gives the same text.
        let native = NativeTSVWriter().write(ExchangeSamples.entries).text
        let entries = try NativeTSVReader().read(native, file: "a.tsv").entries
        let tbx = GlossaryExporter().export(entries, format: .tbx3).text
        let back = try GlossaryImporter().read(bytes: Array(tbx.utf8), file: "a.tbx")
        #expect(NativeTSVWriter().write(back.entries).text == native)
    }

    @Test func variantsComeBackTraditionalFirst() throws {
        let entry = GlossaryEntry(id: "x", zh: "孔雀计划", en: "Peacock Plan", variants: ["“孔雀计划”", "孔雀計劃"], source: "s")
        let back = try TBXReader().read(Data(TBXWriter().write([entry]).text.utf8), file: "v.tbx")
        #expect(back.entries.first?.variants == ["孔雀計劃", "“孔雀计划”"])
    }

    @Test func alternativeWithoutOwnStatusInDeprecatedEntryStaysWithoutOne() throws {
        let entry = GlossaryEntry(
            id: "x", zh: "甲", en: "A",
            alternatives: [GlossaryEntry.Alternative("B"), GlossaryEntry.Alternative("C", status: .official)],
            status: .deprecated, source: "s")
        let text = TBXWriter(version: .basic3).write([entry]).text
        #expect(
            text.contains(
                "<term>B</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"
            ))
        let back = try TBXReader().read(Data(text.utf8), file: "d.tbx")
        #expect(back.entries.first?.alternatives == entry.alternatives)
        #expect(back.entries.first?.status == .deprecated)
    }
}
