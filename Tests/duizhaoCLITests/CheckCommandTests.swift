import Foundation
import Testing

@Suite struct CheckCommandTests {
    /// The check fixtures of the library tests.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DuizhaoKitTests/Fixtures/check/\(name)").path
    }

    static let glossary = ["--no-default-glossary", "--glossary", fixture("glossary.tsv")]

    @Test func findingsExitOne() throws {
        let result = try CLI.run(
            ["check", Self.fixture("policy-zh.txt"), Self.fixture("policy-en.txt")] + Self.glossary)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error    missing-rendering"))
        #expect(result.stdout.contains("error    deprecated-rendering"))
        #expect(result.stdout.contains("warning  untranslated-sentence"))
        #expect(result.stdout.contains("3 errors, 3 warnings, 0 info"))
        #expect(result.stderr.isEmpty)
    }

    @Test func failOnChoosesTheThreshold() throws {
        let never = try CLI.run(["check", Self.fixture("policy.tsv"), "--fail-on", "never"] + Self.glossary)
        #expect(never.status == 0)
        // This file has only a warning: an inconsistent rendering.
        let folder = try CLI.temporaryFolder()
        let tsv = folder.appendingPathComponent("w.tsv")
        try Data("孔雀计划。\tPeacock Plan.\n孔雀计划。\tPeacock Program.\n孔雀计划。\tPeacock Plan.\n".utf8).write(to: tsv)
        let errorsOnly = try CLI.run(["check", tsv.path] + Self.glossary)
        #expect(errorsOnly.status == 0)
        #expect(errorsOnly.stdout.contains("inconsistent-rendering"))
        let warnings = try CLI.run(["check", tsv.path, "--fail-on", "warning"] + Self.glossary)
        #expect(warnings.status == 1)
    }

    @Test func cleanTranslationExitsZero() throws {
        let folder = try CLI.temporaryFolder()
        let zh = folder.appendingPathComponent("zh.txt"), en = folder.appendingPathComponent("en.txt")
        try Data("深入实施孔雀计划。到2025年，营商环境达到一流水平。\n".utf8).write(to: zh)
        try Data("We will implement the Peacock Plan. By 2025, the business environment will be first-rate.\n".utf8)
            .write(to: en)
        let result = try CLI.run(["check", zh.path, en.path] + Self.glossary)
        #expect(result.status == 0)
        #expect(result.stdout.contains("No findings."))
    }

    @Test func jsonOutput() throws {
        let result = try CLI.run(["check", Self.fixture("policy.tsv"), "--json"] + Self.glossary)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            findings.map { $0["kind"] as? String } == [
                "missing-rendering", "deprecated-rendering", "number-mismatch", "inconsistent-rendering",
                "rendering-without-source",
            ])
        #expect(findings.map { $0["severity"] as? String } == ["error", "error", "error", "warning", "warning"])
        #expect((object["pairs"] as? [Any])?.count == 23)
    }

    @Test func htmlFileIsWrittenAndEscaped() throws {
        let folder = try CLI.temporaryFolder()
        let tsv = folder.appendingPathComponent("x.tsv")
        try Data("推进“一带一路”<b>合作</b>。\tOne Belt, One Road <script>x</script>.\n".utf8).write(to: tsv)
        let page = folder.appendingPathComponent("report.html")
        let result = try CLI.run(["check", tsv.path, "--html", page.path, "--format", "json"] + Self.glossary)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("{"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!html.contains("<script>x"))
        #expect(html.contains("deprecated-rendering"))
    }

    @Test func usageErrorsExit64() throws {
        let missing = try CLI.run(["check", Self.fixture("policy-zh.txt")] + Self.glossary)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("give the English translation"))
        let twice = try CLI.run(["check", Self.fixture("policy.tsv"), Self.fixture("policy-en.txt")] + Self.glossary)
        #expect(twice.status == 64)
        let contradictory = try CLI.run(
            ["check", Self.fixture("policy.tsv"), "--json", "--format", "html"] + Self.glossary)
        #expect(contradictory.status == 64)
        let badThreshold = try CLI.run(["check", Self.fixture("policy.tsv"), "--fail-on", "fatal"] + Self.glossary)
        #expect(badThreshold.status == 64)
    }

    @Test func unreadableInputIsAnErrorNamingTheFile() throws {
        let folder = try CLI.temporaryFolder()
        let tsv = folder.appendingPathComponent("bad.tsv")
        try Data("一\ttwo\tthree\tfour\n".utf8).write(to: tsv)
        let result = try CLI.run(["check", tsv.path] + Self.glossary)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.tsv:1: 4 columns; expected source, target and an optional origin"))
        #expect(result.stdout.isEmpty)
    }
}
