import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct CEDICTParserTests {
    @Test func parsesFieldsAndSenses() {
        let (entries, diagnostics) = CEDICTParser.parse(
            "人才 人才 [ren2 cai2] /talent/talented person/\n貓 猫 [mao1] /cat/CL:隻|只[zhi1]/\n")
        #expect(diagnostics.isEmpty)
        #expect(entries.count == 2)
        #expect(
            entries[0]
                == DictionaryEntry(
                    traditional: "人才", simplified: "人才", pinyinNumbered: "ren2 cai2",
                    senses: ["talent", "talented person"], line: 1))
        #expect(entries[1].traditional == "貓")
        #expect(entries[1].simplified == "猫")
        #expect(entries[1].senses == ["cat", "CL:隻|只[zhi1]"])
        #expect(entries[1].line == 2)
    }

    @Test func skipsCommentsAndBlankLinesAndAcceptsCRLF() {
        let text = "# CC-CEDICT\r\n#! version=1\r\n\r\n好 好 [hao3] /good/well/\r\n"
        let (entries, diagnostics) = CEDICTParser.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(entries.map(\.senses) == [["good", "well"]])
        #expect(entries.first?.line == 4)
    }

    @Test func reportsMalformedLinesWithLineNumbers() {
        let text = """
            好 好 [hao3] /good/
            onlyoneword
            壞 坏 huai4 /bad/
            壞 坏 [huai4 /bad/
            壞 坏 [huai4]
            壞 坏 [huai4] /bad
            壞 坏 [huai4] //
            新 新 [xin1] /new/
            """
        let (entries, diagnostics) = CEDICTParser.parse(text, path: "sample.u8")
        #expect(entries.map(\.simplified) == ["好", "新"])
        #expect(entries.map(\.line) == [1, 8])
        #expect(diagnostics.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(diagnostics[0].description.hasPrefix("sample.u8:2: warning: skipped:"))
        #expect(diagnostics[1].message.contains("reading in brackets"))
        #expect(diagnostics[2].message.contains("no closing"))
        #expect(diagnostics[3].message.contains("senses between slashes"))
        #expect(diagnostics[4].message.contains("do not end with"))
        #expect(diagnostics[5].message.contains("no senses"))
    }

    @Test func fixtureFileReportsItsTwoBadLines() throws {
        let dictionary = try DictionaryFixture.load()
        #expect(dictionary.count == 27)
        #expect(dictionary.diagnostics.map(\.line) == [13, 30])
        #expect(dictionary.diagnostics.allSatisfy { $0.file == DictionaryFixture.path && $0.severity == .warning })
    }
}
