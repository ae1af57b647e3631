import Foundation
import Testing

@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct GlossaryImporterTests {
    @Test(arguments: [
        ("v3-no-namespace.tbx", GlossaryImportFormat.tbx), ("v2-ntig.tbx", .tbx), ("omegat.txt", .omegat),
        ("deepl.tsv", .omegat), ("native-header.csv", .csv), ("positional.csv", .csv), ("native.tsv", .tsv),
    ])
    func detectsFormat(fixture: String, format: GlossaryImportFormat) throws {
        // deepl.tsv has a third cell on one row: read as OmegaT, whose reader keeps it as a note.
        let result = try GlossaryImporter().read(bytes: try ExchangeSamples.fixture(fixture), file: fixture)
        #expect(result.format == format)
        #expect(!result.entries.isEmpty)
    }

    @Test func detectsByContentWhateverTheName() throws {
        let tbx = TBXWriter(version: .martif2).write(ExchangeSamples.entries).text
        #expect(try GlossaryImporter().read(bytes: Array(tbx.utf8), file: "-").format == .tbx)
        let twoColumns = "孔雀计划\tPeacock Plan\n放管服\tstreamline administration\n"
        #expect(try GlossaryImporter().read(bytes: Array(twoColumns.utf8), file: "g.tsv").format == .deepl)
        let omegat = "孔雀计划\tPeacock Plan\tnote\n"
        #expect(try GlossaryImporter().read(bytes: Array(omegat.utf8), file: "g").format == .omegat)
        #expect(throws: GlossaryExchangeError.unknownFormat(path: "x")) {
            try GlossaryImporter().read(bytes: Array("just words\n".utf8), file: "x")
        }
    }

    @Test func decodesGB18030TextFormats() throws {
        // “孔雀计划<TAB>Peacock Plan” as GB18030, as spreadsheets in China often save.
        let bytes: [UInt8] = [0xBF, 0xD7, 0xC8, 0xB8, 0xBC, 0xC6, 0xBB, 0xAE, 0x09] + Array("Peacock Plan\n".utf8)
        let result = try GlossaryImporter().read(bytes: bytes, file: "g.tsv", format: .deepl)
        #expect(result.entries.map(\.zh) == ["孔雀计划"])
    }

    @Test func givenDefaultSourceReplacesTheFileName() throws {
        let result = try GlossaryImporter(defaultSource: "Team glossary 2024").read(
            bytes: Array("甲\tA\n".utf8), file: "g.tsv", format: .deepl)
        #expect(result.entries.first?.source == "Team glossary 2024")
        #expect(result.entries.first?.status == .proposed)
    }

    @Test func exporterCoversEveryFormatAndImportReadsItBack() throws {
        for format in GlossaryExportFormat.allCases {
            let export = GlossaryExporter().export(ExchangeSamples.entries, format: format)
            let back = try GlossaryImporter().read(bytes: Array(export.text.utf8), file: "g.\(format.fileExtension)")
            // Formats for CAT tools leave out entries whose rendering is deprecated.
            let expected =
                [.tbx, .omegat].contains(format)
                ? ExchangeSamples.entries.filter { $0.status != .deprecated } : ExchangeSamples.entries
            #expect(back.entries.map(\.zh) == expected.map(\.zh), "\(format)")
            #expect(back.entries.map(\.en) == expected.map(\.en), "\(format)")
        }
    }
}
