import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoText

/// One line splitter: `\n`, `\r\n` and a lone `\r` each end one line, for documents,
/// glossaries, imports and positions alike.
@Suite struct TextLinesTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndGivesTheSameLines(lineEnd: String) {
        let text = "\u{FEFF}一" + lineEnd + lineEnd + "三" + lineEnd + "四"
        let lines = TextLines.split(text)
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map { String($0.text) } == ["一", "", "三", "四"])
        #expect(TextLines.split(text + lineEnd).count == 4)
        #expect(SourceLine.lines(of: text).map(\.line) == [1, 2, 3, 4])
        // The byte of 三 is on line 3, column 1.
        let bytes = Array(text.utf8)
        let offset = text.utf8.distance(from: text.startIndex, to: text.firstIndex(of: "三")!)
        let position = TextLines.position(ofByte: offset, in: bytes)
        #expect(position.line == 3 && position.column == 1)
    }

    @Test func linesAndTheirBreaksRebuildRandomTextAndNumberAsPositionsDo() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], Array("一".utf8), [0x61], [0xEF, 0xBB, 0xBF],
        ]
        for length in 0..<200 {
            let bytes = (0..<(length % 40)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let lines = TextLines.ranges(of: bytes)
            let breaks: Set<[UInt8]> = [[0x0A], [0x0D], [0x0D, 0x0A]]
            // Past a leading byte-order mark, each line is followed by one break (the last
            // maybe by none), and nothing else lies between them.
            var rebuilt: [UInt8] = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []
            for (index, line) in lines.enumerated() {
                #expect(line.number == index + 1)
                #expect(line.range.lowerBound == rebuilt.count, "\(bytes)")
                #expect(!bytes[line.range].contains { $0 == 0x0A || $0 == 0x0D }, "\(bytes)")
                #expect(TextLines.position(ofByte: line.range.lowerBound, in: bytes).line == line.number, "\(bytes)")
                rebuilt += bytes[line.range]
                let next = index + 1 < lines.count ? lines[index + 1].range.lowerBound : bytes.count
                let gap = Array(bytes[line.range.upperBound..<next])
                #expect(breaks.contains(gap) || (gap.isEmpty && index == lines.count - 1), "\(bytes)")
                rebuilt += gap
            }
            #expect(rebuilt == bytes, "\(bytes)")
        }
    }

    @Test func paragraphSeparatorsEndLinesOfADocumentAndQuotesDoNot() {
        // “ ” — … share the separators' lead byte E2.
        let text = "“一”—\u{2028}二…\u{2029}三\n‘四’"
        #expect(SourceLine.lines(of: text).map(\.text) == ["“一”—", "二…", "三", "‘四’"])
        #expect(SourceLine.lines(of: "“引号”——省略……").map(\.text) == ["“引号”——省略……"])
        var plain = "“引号”——省略……"
        #expect(!SourceLine.hasParagraphSeparators(&plain))
        var separated = "末\u{2029}"
        #expect(SourceLine.hasParagraphSeparators(&separated))
    }

    @Test func aGlossaryWithLoneCarriageReturnsIsReadLineByLine() {
        let text = "id\tzh\ten\tsource\ra\t人才\ttalent\tsrc\rb\t孔雀\t\tsrc\r"
        let file = GlossaryTSVParser().parse(text, path: "cr.tsv")
        #expect(file.records.map(\.entry.id) == ["a"])
        #expect(file.diagnostics.map(\.line) == [3])
    }
}

/// The dictionary loader and the CC-CEDICT text parser count lines as `TextLines` does.
@Suite struct DictionaryLineEndTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aDictionaryHasTheSameLineNumbersWithEveryLineEnd(lineEnd: String) throws {
        let text =
            ["# CC-CEDICT", "貓 猫 [mao1] /cat/", "not an entry", "王 王 [wang2] /king/"].joined(separator: lineEnd)
            + lineEnd
        let dictionary = try CEDictionary(text: text, path: "cedict.u8")
        #expect(dictionary.lookup("猫").first?.line == 2)
        #expect(dictionary.lookup("王").first?.line == 4)
        #expect(dictionary.lookup("王").first?.senses == ["king"])
        #expect(dictionary.diagnostics.map(\.line) == [3])
        #expect(CEDICTParser.parse(text, path: "cedict.u8").diagnostics.map(\.line) == [3])
        #expect(CEDICTParser.parse(text, path: "cedict.u8").entries.map(\.line) == [2, 4])
    }
}

/// A `--known` list reads one phrase a line whatever its line ends (it split on LF only, and
/// Swift's "\r\n" is one character, so a CRLF list was one long phrase).
@Suite struct KnownTermsLineEndTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aKnownListHasOnePhraseALine(lineEnd: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-known-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("known.txt")
        try Data((["# known", "孔雀计划", "", "放管服"].joined(separator: lineEnd) + lineEnd).utf8).write(to: list)
        #expect(try KnownTerms.phrases(inFile: list.path) == ["孔雀计划", "放管服"])
        let glossary = folder.appendingPathComponent("terms.tsv")
        try Data((["id\tzh\tvariants", "a\t孔雀计划\t孔雀工程|孔雀"].joined(separator: lineEnd) + lineEnd).utf8).write(
            to: glossary)
        #expect(try KnownTerms.phrases(inFile: glossary.path) == ["孔雀计划", "孔雀工程", "孔雀"])
    }
}
