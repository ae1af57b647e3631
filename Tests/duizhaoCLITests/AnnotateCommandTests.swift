import Foundation
import Testing

@Suite struct AnnotateCommandTests {
    static let text = "深圳市实施孔雀计划。每年安排10亿元，到2025年引进3000名人才。\n"

    @Test func printsOneFormatOnStandardOutput() throws {
        let result = try CLI.run(["annotate", "-", "--stdout", "--format", "json"], input: Data(Self.text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "duizhao.annotated/1")
        #expect((json?["sentences"] as? [Any])?.count == 2)
        let again = try CLI.run(["annotate", "-", "--stdout", "--format", "json"], input: Data(Self.text.utf8))
        #expect(again.stdout == result.stdout, "same input, same bytes")
    }

    @Test func writesEveryFormatIntoTheDocumentFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("深圳 policy.txt")
        try Data(Self.text.utf8).write(to: input)
        let out = folder.appendingPathComponent("out").path
        let result = try CLI.run(["annotate", input.path, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let slug = "shen-zhen-policy"
        let expected = ["json", "md", "html", "xlf", "tmx", "terms.tsv", "brief.md", "brief.html"].map { "\(out)/\(slug)/\(slug).\($0)" }
        #expect(result.stdout.split(separator: "\n").map(String.init) == expected)
        for path in expected { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
    }

    @Test func choosesFormatsAndOptions() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("plan.txt")
        try Data(Self.text.utf8).write(to: input)
        let result = try CLI.run(["annotate", input.path, "--out", folder.path, "--format", "xliff,tmx", "--xliff-version", "1.2", "--xliff-draft", "--tmx-include-gloss"])
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.xlf").path, encoding: .utf8)
        #expect(xliff.contains("version=\"1.2\""))
        #expect(xliff.contains("<target state=\"needs-translation\">"))
        let tmx = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.tmx").path, encoding: .utf8)
        #expect(tmx.contains("<prop type=\"x-origin\">gloss</prop>"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan/plan.json").path))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLI.run(["annotate", "-", "--format", "pdf"], input: Data()).status == 64)
        #expect(try CLI.run(["annotate", "-", "--stdout", "--format", "json,html"], input: Data()).status == 64)
        #expect(try CLI.run(["annotate", "-", "-", "--stdout", "--format", "json"], input: Data()).status == 64)
        #expect(try CLI.run(["annotate"]).status == 64)
        #expect(try CLI.run(["annotate", "-", "--xliff-version", "3"], input: Data()).status == 64)
    }

    @Test func aMissingFileIsReportedAndTheOthersStillWritten() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("good.txt")
        try Data(Self.text.utf8).write(to: input)
        let result = try CLI.run(["annotate", "/nonexistent/missing.txt", input.path, "--out", folder.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/missing.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("good/good.json").path))
    }
}
