import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Glossary files that are broken, in the wrong encoding or not glossaries at all: each
/// problem is named with file:line:column, the valid entries are kept, and the file is
/// refused whole when nothing in it can be trusted.
@Suite struct GlossaryFileProblemTests {
    let parser = GlossaryTSVParser()
    static let header = "id\tzh\ten\tsource\n"

    func only(_ file: GlossaryFile, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        #expect(file.diagnostics.count == 1, "\(file.diagnostics)", sourceLocation: sourceLocation)
        return try #require(file.diagnostics.first, sourceLocation: sourceLocation)
    }

    @Test func aPNGImageIsRefusedWhole() throws {
        let png: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x09,
        ]
        let file = parser.parse(bytes: png, path: "logo.tsv")
        let problem = try only(file)
        #expect(
            problem.description
                == "logo.tsv:1:1: error: the file is a PNG image, not a tab-separated glossary; no entry of this file is loaded"
        )
        #expect(file.records.isEmpty && file.isRejected)
    }

    @Test func otherBinaryDataIsRefusedAtItsFirstNULByte() throws {
        let file = parser.parse(bytes: Array("id\tzh\nab".utf8) + [0x00, 0x01], path: "data.tsv")
        let problem = try only(file)
        #expect((problem.line, problem.column, problem.severity) == (2, 3, .error))
        #expect(problem.message.contains("binary data (a NUL byte at byte 8)"))
    }

    @Test func aJSONFileIsNamedAsJSON() throws {
        let file = parser.parse("{\"id\": \"peacock-plan\", \"zh\": \"孔雀计划\"}\n", path: "terms.json")
        let problem = try only(file)
        #expect(problem.message.hasPrefix("the file looks like JSON"))
        #expect(file.isRejected)
        #expect(
            parser.parse("[\n  {\"id\": 1}\n]\n", path: "list.json").diagnostics.first?.message.hasPrefix(
                "the file looks like JSON") == true)
    }

    @Test func utf16FilesAreNamedWithTheirByteOrder() throws {
        let text = Self.header + "peacock-plan\t孔雀计划\tPeacock Plan\ts\n"
        var little: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(
            try only(parser.parse(bytes: little, path: "le.tsv")).description
                == "le.tsv:1:1: error: the file is UTF-16LE (byte order mark); save it as UTF-8; no entry of this file is loaded"
        )
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try only(parser.parse(bytes: big, path: "be.tsv")).message.hasPrefix("the file is UTF-16BE"))
        // Without a byte order mark the NUL bytes give it away.
        let bare = Array(little.dropFirst(2))
        #expect(
            try only(parser.parse(bytes: bare, path: "bare.tsv")).message.contains("UTF-16 without a byte order mark"))
    }

    @Test func aGB18030FileIsRefusedAtItsFirstNonUTF8Byte() throws {
        // "id zh en source / peacock-plan 孔雀计划 Peacock Plan s" in GB18030.
        let bytes: [UInt8] =
            Array(Self.header.utf8) + Array("peacock-plan\t".utf8) + [0xBF, 0xD7, 0xC8, 0xB8, 0xBC, 0xC6, 0xBB, 0xAE]
            + Array("\tPeacock Plan\ts\n".utf8)
        let file = parser.parse(bytes: bytes, path: "gbk.tsv")
        let problem = try only(file)
        #expect(
            problem.description
                == "gbk.tsv:2:14: error: the file is not UTF-8 (it reads as GB18030); save it as UTF-8; no entry of this file is loaded"
        )
        #expect(file.records.isEmpty)
    }

    @Test func aDamagedLineInAUTF8FileIsLeftOutAlone() throws {
        var bytes = Array((Self.header + "talent\t人才\ttalent\ts\n").utf8)
        bytes += Array("bad\t人".utf8) + [0xC3, 0x28] + Array("\tx\ts\n".utf8)
        bytes += Array("peacock-plan\t孔雀计划\tPeacock Plan\ts\n".utf8)
        let file = parser.parse(bytes: bytes, path: "damaged.tsv")
        let problem = try only(file)
        #expect(
            problem.description
                == "damaged.tsv:3:6: error: not valid UTF-8 (byte 0xC3); save the file as UTF-8; the line is left out")
        #expect(file.entries.map(\.id) == ["talent", "peacock-plan"])
        #expect(file.skippedRows == 1)
    }

    @Test func aByteOrderMarkAndCRLFLineEndsAreRead() throws {
        let text =
            "\u{FEFF}id\tzh\ten\tsource\r\npeacock-plan\t孔雀计划\tPeacock Plan\tShenzhen\r\n\r\nfangguanfu\t放管服\tStreamline\tState Council\r\n"
        let file = parser.parse(text, path: "windows.tsv")
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.map(\.en) == ["Peacock Plan", "Streamline"])
        #expect(file.entries.map(\.source) == ["Shenzhen", "State Council"])
        #expect(file.entries[1].origin?.line == 4)
    }

    @Test func malformedRowsAreNamedAndSkippedAndTheRestKept() throws {
        let text =
            Self.header
            + "a\t甲\tA\ts\textra\n"  // too many columns
            + "b\t乙\tB\n"  // too few
            + "c\t丙\t\ts\n"  // empty en
            + "d\t丁\tD\ts\n"
            + "d\t戊\tE\ts\n"  // duplicate id
        let file = parser.parse(text, path: "rows.tsv")
        let errors = file.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "rows.tsv:2:9: error: expected 4 tab-separated columns as in the header on line 1, found 5; the line is left out",
                "rows.tsv:3:6: error: expected 4 tab-separated columns as in the header on line 1, found 3; the line is left out",
                "rows.tsv:4:5: error: empty en; the entry is left out",
                "rows.tsv:6:1: error: duplicate id d (first on line 5); the entry is left out",
            ])
        #expect(file.entries.map(\.id) == ["d"])
        #expect(file.skippedRows == 4)
    }

    @Test func aDuplicateIDAcrossFilesIsAnOverrideNotAnError() throws {
        let first = parser.parse(Self.header + "peacock-plan\t孔雀计划\tPeacock Plan\tShenzhen\n", path: "a.tsv")
        let second = parser.parse(Self.header + "peacock-plan\t孔雀计划\tPeacock Program\tHouse style\n", path: "b.tsv")
        let glossary = Glossary(files: [first, second])
        #expect(glossary.errors.isEmpty)
        #expect(glossary.entries.map(\.en) == ["Peacock Program"])
        #expect(glossary.overrides.map(\.reason) == [.sameID])
        #expect(glossary.overrides.first?.replacedOrigin == GlossaryEntry.Origin(file: "a.tsv", line: 2))
    }

    @Test func errorsStopTheLoadUnlessLenient() throws {
        let good = parser.parse(Self.header + "peacock-plan\t孔雀计划\tPeacock Plan\ts\n", path: "good.tsv")
        let bad = parser.parse(Self.header + "x\t甲\n", path: "bad.tsv")
        let png = parser.parse(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], path: "logo.tsv")
        let glossary = Glossary(files: [good, bad, png])
        #expect(glossary.skippedRows == 1)
        #expect(glossary.rejectedFiles == ["logo.tsv"])
        let error = try #require(throws: GlossaryLoadError.self) {
            try GlossaryLoadError.check(glossary, lenient: false)
        }
        #expect(error.errors.map(\.file) == ["bad.tsv", "logo.tsv"])
        #expect(error.description.hasPrefix("bad.tsv:2:"))
        #expect(error.description.hasSuffix("\n2 error(s) in the glossary"))
        #expect(try GlossaryLoadError.check(glossary, lenient: true).entries.map(\.id) == ["peacock-plan"])
    }
}
