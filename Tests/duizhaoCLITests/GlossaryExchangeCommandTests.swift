import Foundation
import Testing

@Suite struct GlossaryExchangeCommandTests {
    /// A project folder with a glossaries/ folder holding two native files.
    private func project() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let glossaries = folder.appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: glossaries, withIntermediateDirectories: true)
        let first = """
            id\tzh\ten\ten_alt\tvariants\tfull_form\tcategory\tstatus\tsource\tnote\tmatch
            peacock-plan\t孔雀计划\tPeacock Plan\tPeacock Program|Peacock Scheme [deprecated]\t孔雀計劃|“孔雀计划”\t\tprogram\testablished\tShenzhen government English site\tTalent <b>programme</b> & "more"\t
            fang-guan-fu\t放管服\treforms to streamline administration, delegate power and improve services\t\t\t简政放权、放管结合、优化服务\treform\tofficial\tState Council\t\tstrict

            """
        let second = """
            # a later file
            id\tzh\ten\tcategory\tstatus\tsource
            5g-base-station\t5G基站\t5G base station\tfield\tproposed\tduizhao team (proposed)

            """
        try Data(first.utf8).write(to: glossaries.appendingPathComponent("10-a.tsv"))
        try Data(second.utf8).write(to: glossaries.appendingPathComponent("20-b.tsv"))
        return folder
    }

    @Test(arguments: ["tbx", "tbx2", "tbx3", "csv"])
    func exportThenImportGivesTheSameNativeTSV(format: String) throws {
        let folder = try project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let native = try CLI.run(["glossary", "export", "--format", "tsv"], directory: folder)
        #expect(native.status == 0)
        #expect(native.stderr.isEmpty)
        let exported = try CLI.run(
            ["glossary", "export", "--format", format, "--out", "out/g.\(format == "csv" ? "csv" : "tbx")"],
            directory: folder)
        #expect(exported.status == 0)
        #expect(exported.stdout.isEmpty)
        let path = folder.appendingPathComponent("out/g.\(format == "csv" ? "csv" : "tbx")").path
        let imported = try CLI.run(["glossary", "import", path], directory: folder)
        #expect(imported.status == 0)
        #expect(imported.stderr.isEmpty, "\(imported.stderr)")
        #expect(imported.stdout == native.stdout)
        #expect(imported.stdout.split(separator: "\n").count == 4)
    }

    @Test func theDefaultTBXIsVersion2ForCATToolsAndTBX3IsChosen() throws {
        let folder = try project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let standard = try CLI.run(["glossary", "export"], directory: folder)
        #expect(standard.status == 0)
        #expect(standard.stdout.contains("<martif type=\"TBX-Basic\""))
        #expect(try CLI.run(["glossary", "export", "--format", "tbx2"], directory: folder).stdout == standard.stdout)
        let three = try CLI.run(["glossary", "export", "--format", "tbx3"], directory: folder)
        #expect(three.stdout.contains("<tbx type=\"TBX-Basic\" style=\"dca\""))
        #expect(try CLI.run(["glossary", "export", "--format", "tbx4"], directory: folder).status == 64)
    }

    @Test func importWritesAtomicallyToOutAndReportsDiagnosticsOnStandardError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let omegat = "# Glossary in tab-separated format -*- coding: utf-8 -*-\n孔雀计划\tPeacock Plan\tnote\n只有中文\n"
        try Data(omegat.utf8).write(to: folder.appendingPathComponent("g.txt"))
        let result = try CLI.run(["glossary", "import", "g.txt", "--out", "native.tsv"], directory: folder)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "duizhao: g.txt:3: warning: no English term for '只有中文'; entry skipped\n")
        let written = try String(contentsOf: folder.appendingPathComponent("native.tsv"), encoding: .utf8)
        #expect(
            written.contains("peacock-plan\t孔雀计划\tPeacock Plan\t\t\t\tgeneral\tproposed\timported from g.txt\tnote"))
    }

    @Test func importReadsStandardInputWithExplicitFormat() throws {
        let result = try CLI.run(
            ["glossary", "import", "-", "--format", "deepl", "--source", "Team list"],
            input: Data("放管服\tstreamlining\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("streamlining\t\t\t\tgeneral\tproposed\tTeam list\t"))
    }

    @Test func importFailuresExitOne() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<tbx><text><body>\n<conceptEntry>\n</body></tbx>".utf8).write(
            to: folder.appendingPathComponent("bad.tbx"))
        let malformed = try CLI.run(["glossary", "import", "bad.tbx"], directory: folder)
        #expect(malformed.status == 1)
        #expect(malformed.stderr.hasPrefix("duizhao: error: bad.tbx:3:"))
        let missing = try CLI.run(["glossary", "import", "/nonexistent/g.tbx"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/g.tbx"))
        try Data("只有中文\n".utf8).write(to: folder.appendingPathComponent("empty.tsv"))
        let nothing = try CLI.run(["glossary", "import", "empty.tsv", "--format", "deepl"], directory: folder)
        #expect(nothing.status == 1)
        #expect(
            nothing.stderr.hasSuffix("duizhao: error: empty.tsv: no entry could be imported (1 problem(s) reported)\n"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLI.run(["glossary", "export", "--format", "docx"]).status == 64)
        #expect(try CLI.run(["glossary", "import"]).status == 64)
    }

    @Test func exportWithoutGlossariesIsAnError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["glossary", "export", "--no-default-glossary"], directory: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr == "duizhao: error: no glossary files: give --glossary PATH or drop --no-default-glossary\n")
    }

    @Test func statsCountsEntriesAsTableAndJSON() throws {
        let folder = try project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try CLI.run(["glossary", "stats"], directory: folder)
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("entries: 3\n"))
        #expect(table.stdout.contains("        1  official\n"))
        let json = try CLI.run(
            ["glossary", "stats", "--json", "--no-default-glossary", "--glossary", "glossaries/20-b.tsv"],
            directory: folder)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["entries"] as? Int == 1)
    }

    @Test func laterGlossaryOverridesAnEntryWithTheSameHeadword() throws {
        let folder = try project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = "id\tzh\ten\tsource\npeacock-2\t孔雀计划\tPeacock Program\ts\n"
        try Data(extra.utf8).write(to: folder.appendingPathComponent("extra.tsv"))
        let result = try CLI.run(
            ["glossary", "export", "--format", "deepl", "--glossary", "extra.tsv"], directory: folder)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").first == "孔雀计划\tPeacock Program")
        #expect(result.stderr.isEmpty)
    }

    @Test func exportReportsWhatTheFormatCannotHold() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let twins = "id\tzh\ten\tsource\na\t甲\tA\ts\nb\t甲\tB\ts\n"
        try Data(twins.utf8).write(to: folder.appendingPathComponent("twins.tsv"))
        // Without --lenient the error stops the run, named with file:line:column.
        let strict = try CLI.run(
            ["glossary", "export", "--format", "deepl", "--no-default-glossary", "--glossary", "twins.tsv"],
            directory: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.contains("twins.tsv:3:"))
        let result = try CLI.run(
            [
                "glossary", "export", "--format", "deepl", "--lenient", "--no-default-glossary", "--glossary",
                "twins.tsv",
            ], directory: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "甲\tA\n")
        // The loader skips the conflicting line and says so.
        #expect(result.stderr.hasPrefix("duizhao: warning: twins.tsv:3:"))
        #expect(result.stderr.contains("1 row(s) skipped"))
    }
}
