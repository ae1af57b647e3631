import Foundation
import Testing

@testable import DuizhaoKit

@Suite struct PairTSVReaderTests {
    func pairs(_ text: String, file: String = "p.tsv") throws -> [BilingualPair] {
        try PairTSVReader().pairs(text, file: file)
    }

    @Test func readsPairsWithOptionalHeaderAndOrigin() throws {
        let pairs = try pairs(
            "source\ttarget\torigin\n# reviewed 2024\n附则\tSupplementary Provisions\n\n总则\tGeneral Provisions\t2024 report\r\n"
        )
        #expect(pairs.map(\.source) == ["附则", "总则"])
        #expect(pairs.map(\.target) == ["Supplementary Provisions", "General Provisions"])
        #expect(pairs.map(\.origin) == [nil, "2024 report"])
        #expect(pairs.map(\.line) == [3, 5])
        #expect(try self.pairs("附则\tSupplementary Provisions\n").count == 1)
        #expect(try self.pairs("中文\t英文\n附则\tSupplementary Provisions\n").map(\.line) == [2])
    }

    @Test func anEmptyTargetIsAnUntranslatedPair() throws {
        #expect(try pairs("附则\t\n") == [BilingualPair(source: "附则", target: "", line: 1)])
    }

    @Test func badLinesAreReportedWithTheirNumber() {
        #expect(
            throws: InterchangeError.badLine(
                path: "p.tsv", line: 2, problem: "expected source<TAB>target[<TAB>origin], found no tab")
        ) {
            try pairs("附则\tSupplementary Provisions\n总则 General Provisions\n")
        }
        #expect(
            throws: InterchangeError.badLine(
                path: "p.tsv", line: 2,
                problem: "the source (column 1) has no Chinese characters; columns are source<TAB>target")
        ) {
            try pairs("附则\tSupplementary Provisions\nSupplementary Provisions\t附则\n")
        }
        #expect(
            throws: InterchangeError.badLine(
                path: "p.tsv", line: 1, problem: "4 columns; expected source, target and an optional origin")
        ) {
            try pairs("附则\ta\tb\tc\n")
        }
    }

    /// Regression (issue 16): `tm import` read TSV as UTF-8 only and refused a GB18030 file
    /// that `check` decoded; both now decode through TextDecoder, and agree.
    @Test func aGB18030TSVIsReadByCheckAndTMImportAlike() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "中文⇥英文 / 附则⇥Supplementary Provisions / 总则⇥General Provisions / 保障措施⇥Safeguards /
        // 对孔雀计划团队给予最高一亿元资助。⇥Peacock Plan teams receive up to 100 million yuan." in GB18030.
        let gb: [UInt8] = [
            0xD6, 0xD0, 0xCE, 0xC4, 0x09, 0xD3, 0xA2, 0xCE, 0xC4, 0x0A, 0xB8, 0xBD, 0xD4, 0xF2, 0x09, 0x53, 0x75, 0x70,
            0x70, 0x6C, 0x65, 0x6D, 0x65, 0x6E, 0x74, 0x61, 0x72, 0x79, 0x20, 0x50, 0x72, 0x6F, 0x76, 0x69, 0x73, 0x69,
            0x6F, 0x6E, 0x73, 0x0A, 0xD7, 0xDC, 0xD4, 0xF2, 0x09, 0x47, 0x65, 0x6E, 0x65, 0x72, 0x61, 0x6C, 0x20, 0x50,
            0x72, 0x6F, 0x76, 0x69, 0x73, 0x69, 0x6F, 0x6E, 0x73, 0x0A, 0xB1, 0xA3, 0xD5, 0xCF, 0xB4, 0xEB, 0xCA, 0xA9,
            0x09, 0x53, 0x61, 0x66, 0x65, 0x67, 0x75, 0x61, 0x72, 0x64, 0x73, 0x0A, 0xB6, 0xD4, 0xBF, 0xD7, 0xC8, 0xB8,
            0xBC, 0xC6, 0xBB, 0xAE, 0xCD, 0xC5, 0xB6, 0xD3, 0xB8, 0xF8, 0xD3, 0xE8, 0xD7, 0xEE, 0xB8, 0xDF, 0xD2, 0xBB,
            0xD2, 0xDA, 0xD4, 0xAA, 0xD7, 0xCA, 0xD6, 0xFA, 0xA1, 0xA3, 0x09, 0x50, 0x65, 0x61, 0x63, 0x6F, 0x63, 0x6B,
            0x20, 0x50, 0x6C, 0x61, 0x6E, 0x20, 0x74, 0x65, 0x61, 0x6D, 0x73, 0x20, 0x72, 0x65, 0x63, 0x65, 0x69, 0x76,
            0x65, 0x20, 0x75, 0x70, 0x20, 0x74, 0x6F, 0x20, 0x31, 0x30, 0x30, 0x20, 0x6D, 0x69, 0x6C, 0x6C, 0x69, 0x6F,
            0x6E, 0x20, 0x79, 0x75, 0x61, 0x6E, 0x2E, 0x0A,
        ]
        #expect(String(validating: gb, as: UTF8.self) == nil, "the fixture is not UTF-8")
        let path = folder.appendingPathComponent("pairs.tsv").path
        try Data(gb).write(to: URL(fileURLWithPath: path))
        let checked = try BilingualReader().read(path: path)
        let imported = try MemoryFileReader.read(path: path)
        #expect(checked.map(\.source) == ["附则", "总则", "保障措施", "对孔雀计划团队给予最高一亿元资助。"])
        #expect(imported.map(\.source) == checked.map(\.source))
        #expect(imported.map(\.target) == checked.map(\.target))
        #expect(imported.map(\.line) == checked.map(\.line))
    }
}
