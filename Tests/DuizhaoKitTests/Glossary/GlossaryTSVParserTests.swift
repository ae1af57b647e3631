import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct GlossaryTSVParserTests {
    let parser = GlossaryTSVParser()

    func parse(_ lines: [String]) -> GlossaryFile {
        parser.parse(lines.joined(separator: "\n") + "\n", path: "test.tsv")
    }

    func diagnostic(_ file: GlossaryFile, containing text: String) -> Diagnostic? {
        file.diagnostics.first { $0.message.contains(text) }
    }

    @Test func readsColumnsInAnyOrderSkippingCommentsAndBlankLines() {
        let file = parse([
            "# a comment before the header",
            "",
            "en\tsource\tzh\tid\tstatus\ten_alt\tvariants\tfull_form\tcategory\tnote\tmatch",
            "# a comment",
            "Peacock Plan\tShenzhen Daily\t孔雀计划\tpeacock-plan\testablished\tPeacock Program|Peacock Scheme [deprecated]\t孔雀計劃|“孔雀计划”\t\tprogram\tShenzhen talent program.\t",
            "   ",
            "Streamline administration\tGovernment Work Report\t放管服\tfangguanfu\tofficial\t\t\t简政放权、放管结合、优化服务\treform\t\tstrict",
        ])
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.count == 2)
        let peacock = file.entries[0]
        #expect(peacock.id == "peacock-plan")
        #expect(peacock.zh == "孔雀计划")
        #expect(peacock.en == "Peacock Plan")
        #expect(peacock.alternatives == [.init("Peacock Program"), .init("Peacock Scheme", status: .deprecated)])
        #expect(peacock.variants == ["孔雀計劃", "“孔雀计划”"])
        #expect(peacock.status == .established)
        #expect(peacock.category == "program")
        #expect(peacock.note == "Shenzhen talent program.")
        #expect(peacock.fullForm == nil)
        #expect(peacock.origin == GlossaryEntry.Origin(file: "test.tsv", line: 5))
        let fangguanfu = file.entries[1]
        #expect(fangguanfu.fullForm == "简政放权、放管结合、优化服务")
        #expect(fangguanfu.match == .strict)
        #expect(fangguanfu.status == .official)
        #expect(file.records[1].column(.zh) == 1 + "Streamline administration\tGovernment Work Report\t".count)
    }

    @Test func acceptsByteOrderMarkAndCRLF() {
        let file = parser.parse("\u{FEFF}id\tzh\ten\tsource\r\nx-y\t人才\ttalent\tsomewhere\r\n", path: "crlf.tsv")
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.map(\.en) == ["talent"])
    }

    @Test func wrongColumnCountIsAnErrorWhereTheLineEndsAndTheLineIsSkipped() throws {
        let file = parse(["id\tzh\ten\tsource", "a\t人才\ttalent", "b\t孔雀\tpeacock\tsrc"])
        let problem = try #require(diagnostic(file, containing: "expected 4"))
        #expect(problem.severity == .error)
        // Too few columns: the column just after the last field ("a\t人才\ttalent" is 11 characters).
        #expect((problem.line, problem.column) == (2, 12))
        #expect(problem.description.hasPrefix("test.tsv:2:12: error: "))
        #expect(file.entries.map(\.id) == ["b"])
    }

    @Test func emptyHeadwordEnglishOrSourceAreErrorsAtTheirColumn() throws {
        let file = parse(["id\tzh\ten\tsource", "a\t\ttalent\tsrc", "b\t人才\t\tsrc", "c\t人才\ttalent\t"])
        let zh = try #require(diagnostic(file, containing: "empty zh"))
        #expect((zh.line, zh.column, zh.severity) == (2, 3, .error))
        let en = try #require(diagnostic(file, containing: "empty en"))
        #expect((en.line, en.column) == (3, 6))
        let source = try #require(diagnostic(file, containing: "missing source"))
        #expect((source.line, source.column, source.severity) == (4, 13, .error))
        #expect(file.entries.isEmpty)
    }

    @Test func missingSourceColumnIsAnErrorAndLoadsNothing() throws {
        let file = parse(["id\tzh\ten", "a\t人才\ttalent"])
        let problem = try #require(diagnostic(file, containing: "source"))
        #expect(problem.severity == .error)
        #expect(problem.line == 1)
        #expect(file.entries.isEmpty)
    }

    @Test func duplicateIDAndConflictingHeadwordsAreErrors() throws {
        let file = parse([
            "id\tzh\ten\tsource",
            "talent\t人才\ttalent\ts",
            "talent\t英才\telite\ts",
            "talent-2\t人才\ttalents\ts",
            "talent-3\t人才\ttalent\ts",
        ])
        let duplicate = try #require(diagnostic(file, containing: "duplicate id talent"))
        #expect((duplicate.line, duplicate.column, duplicate.severity) == (3, 1, .error))
        #expect(duplicate.message.contains("line 2"))
        let conflict = try #require(diagnostic(file, containing: "conflicting renderings"))
        #expect((conflict.line, conflict.severity) == (4, .error))
        let repeated = try #require(diagnostic(file, containing: "repeats line 2"))
        #expect((repeated.line, repeated.severity) == (5, .warning))
        #expect(file.entries.map(\.id) == ["talent"])
    }

    @Test func invalidStatusIsAnErrorAndInvalidCategoryAWarning() throws {
        let file = parse([
            "id\tzh\ten\tsource\tstatus\tcategory", "a\t人才\ttalent\ts\tofficial-ish\tgeneral",
            "b\t孔雀\tpeacock\ts\tproposed\tanimals",
        ])
        let status = try #require(diagnostic(file, containing: "invalid status"))
        #expect((status.line, status.column, status.severity) == (2, 15, .error))
        let category = try #require(diagnostic(file, containing: "unknown category"))
        #expect((category.line, category.severity) == (3, .warning))
        #expect(file.entries.map(\.id) == ["b"])
        #expect(file.entries[0].category == "animals")
    }

    @Test func strayWhitespaceIsTrimmedWithAWarningAndControlCharactersAreErrors() throws {
        let file = parse([
            "id\tzh\ten\tsource", "a\t 人才\ttalent \ts", "b\t孔\u{7}雀\tpeacock\ts", "c\t双\u{200B}创\tmass innovation\ts",
        ])
        let leading = try #require(file.diagnostics.first { $0.line == 2 && $0.message.contains("zh") })
        #expect((leading.column, leading.severity) == (3, .warning))
        let trailing = try #require(file.diagnostics.first { $0.line == 2 && $0.message.contains("en value") })
        #expect(trailing.column == 7 + "talent".count)
        let control = try #require(diagnostic(file, containing: "U+0007"))
        #expect((control.line, control.column, control.severity) == (3, 4, .error))
        let invisible = try #require(diagnostic(file, containing: "U+200B"))
        #expect(invisible.severity == .warning)
        #expect(file.entries.map(\.zh) == ["人才", "孔雀", "双创"])
        #expect(file.entries[0].en == "talent")
    }

    @Test func unknownColumnIsAWarningAndItsValuesIgnored() throws {
        let file = parse(["id\tzh\tcolour\ten\tsource", "a\t人才\tred\ttalent\ts"])
        let unknown = try #require(diagnostic(file, containing: "unknown column"))
        #expect((unknown.line, unknown.column, unknown.severity) == (1, 7, .warning))
        #expect(file.entries.count == 1)
    }

    @Test func unknownAlternativeStatusAndBadMatchAreErrors() {
        let file = parse(["id\tzh\ten\tsource\ten_alt\tmatch", "a\t人才\ttalent\ts\ttalents [old]\tloose"])
        #expect(diagnostic(file, containing: "unknown status [old]")?.severity == .error)
        #expect(diagnostic(file, containing: "invalid match")?.severity == .error)
        #expect(file.entries.first?.match == .normal)
    }

    @Test func fieldTestsOnBytesAgreeWithTheCharacterTests() {
        // The status tag of an alternative: the last " [" (as range(of:options:.backwards)).
        for item in ["Peacock Scheme [deprecated]", "a [b] [official]", "x[y]", "[z]", "多 [proposed]", ""] {
            #expect(
                GlossaryTSVParser.lastStatusTag(in: item).map { item[$0] }
                    == item.range(of: " [", options: .backwards).map { item[$0] }, "\(item)")
            #expect(
                GlossaryTSVParser.lastStatusTag(in: item)?.lowerBound
                    == item.range(of: " [", options: .backwards)?.lowerBound)
        }
        // Clean fields: no control or format character, no whitespace at an end.
        #expect(GlossaryTSVParser.isClean("孔雀计划 Peacock Plan（深圳）"))
        #expect(GlossaryTSVParser.isClean(""))
        for dirty in [" 放管服", "放管服\u{3000}", "放\u{200B}管服", "放\u{7}管服", "a\u{FEFF}"] {
            #expect(!GlossaryTSVParser.isClean(dirty), "\(dirty.unicodeScalars.map(\.value))")
        }
        #expect(GlossaryTSVParser.hasQuotationMark("“互联网+”"))
        #expect(GlossaryTSVParser.hasQuotationMark("「一带一路」"))
        #expect(!GlossaryTSVParser.hasQuotationMark("互联网+"))
    }

    @Test func invalidUTF8IsReportedOnItsLine() throws {
        var bytes = Array("id\tzh\ten\tsource\na\t人才\ttalent\ts\n".utf8)
        bytes += [0x62, 0x09, 0xC3, 0x28, 0x09, 0x78, 0x09, 0x73, 0x0A]
        let file = parser.parse(bytes: bytes, path: "bad.tsv")
        let problem = try #require(diagnostic(file, containing: "UTF-8"))
        #expect((problem.line, problem.severity) == (3, .error))
    }
}
