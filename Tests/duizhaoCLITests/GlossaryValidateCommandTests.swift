import Foundation
import Testing

@Suite struct GlossaryValidateCommandTests {
    @Test func validGlossaryPasses() throws {
        let folder = try GlossaryCLIFixtures.folder(["10-test.tsv": GlossaryCLIFixtures.good])
        let result = try CLI.run(["glossary", "validate", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 file, 4 entries: 0 errors, 0 warnings"))
    }

    @Test func brokenGlossaryReportsFileLineColumnAndFails() throws {
        let broken =
            "id\tzh\ten\tstatus\tsource\tcategory\n"
            + "a\t人才\ttalent\tofficial\tsrc\tgeneral\n"
            + "b\t孔雀\t\tofficial\tsrc\tgeneral\n"
            + "c\t英才\telite\tmaybe\tsrc\tgeneral\n"
            + "d\t双创\tmass innovation\tproposed\tsrc\tanimals\n"
        let folder = try GlossaryCLIFixtures.folder(["20-broken.tsv": broken])
        let path = folder.appendingPathComponent("20-broken.tsv").path
        let result = try CLI.run(["glossary", "validate", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(path):3:6: error: empty en"))
        #expect(result.stdout.contains("\(path):4:12: error: invalid status \"maybe\""))
        #expect(result.stdout.contains("\(path):5:") && result.stdout.contains("warning: unknown category"))
        let errors = try #require(result.stdout.range(of: "Errors (2):"))
        let warnings = try #require(result.stdout.range(of: "Warnings (1):"))
        #expect(errors.lowerBound < warnings.lowerBound)
    }

    @Test func validatesTheGlossariesFolderOfTheCurrentDirectoryByDefault() throws {
        let work = try GlossaryCLIFixtures.folder([:])
        let glossaries = work.appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: glossaries, withIntermediateDirectories: true)
        try GlossaryCLIFixtures.good.write(
            to: glossaries.appendingPathComponent("10-test.tsv"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["glossary", "validate"], directory: work)
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 file, 4 entries"))
        let lookup = try CLI.run(["lookup", "GBA"], directory: work)
        #expect(lookup.stdout.hasPrefix("粤港澳大湾区"))
    }

    @Test func missingPathIsAnError() throws {
        let folder = try GlossaryCLIFixtures.folder([:])
        let missing = try CLI.run(["glossary", "validate", folder.appendingPathComponent("nope.tsv").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.tsv"))
    }
}
