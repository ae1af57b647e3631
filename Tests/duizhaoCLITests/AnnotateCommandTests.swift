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
        // Resources are named by folder and file, never by where they sit on this machine.
        let resources = json?["resources"] as? [[String: Any]] ?? []
        #expect(resources.contains { $0["kind"] as? String == "lexicon" })
        for resource in resources {
            let name = resource["name"] as? String ?? ""
            #expect(!name.hasPrefix("/") && !name.contains(FileManager.default.currentDirectoryPath), "\(name)")
        }
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
        let expected = ["json", "md", "html", "xlf", "tmx", "terms.tsv", "brief.md", "brief.html"].map {
            "\(out)/\(slug)/\(slug).\($0)"
        }
        #expect(result.stdout.split(separator: "\n").map(String.init) == expected)
        for path in expected { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
    }

    /// Annotates the test text as plan.txt in a new folder with `options`; returns the folder
    /// (which the caller removes) and the plan.txt path.
    func annotated(_ options: [String]) throws -> (folder: URL, input: URL) {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("plan.txt")
        try Data(Self.text.utf8).write(to: input)
        let result = try CLI.run(["annotate", input.path, "--out", folder.path] + options)
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, input)
    }

    @Test func choosesFormatsAndOptions() throws {
        let (folder, _) = try annotated([
            "--format", "xliff,tmx", "--xliff-version", "1.2", "--xliff-draft", "--tmx-include-gloss",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.xlf").path, encoding: .utf8)
        #expect(xliff.contains("version=\"1.2\""))
        #expect(xliff.contains("<target state=\"needs-review-translation\" state-qualifier=\"leveraged-glossary\">"))
        // Glosses go to their own TMX, never beside translations where a CAT tool would offer them as matches.
        let tmx = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.tmx").path, encoding: .utf8)
        #expect(!tmx.contains("<tu "))
        let glossTMX = try String(
            contentsOfFile: folder.appendingPathComponent("plan/plan.gloss.tmx").path, encoding: .utf8)
        #expect(glossTMX.contains("<prop type=\"x-origin\">gloss</prop>"))
        // Files are named by name: no local path in an exchange file.
        #expect(!xliff.contains(folder.path) && !tmx.contains(folder.path) && !glossTMX.contains(folder.path))
        #expect(xliff.contains("original=\"plan.txt\""))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan/plan.json").path))
    }

    @Test func xliffTargetSourceCopiesTheSourceForOmegaTWithoutTermMarks() throws {
        let (folder, input) = try annotated(["--format", "xliff", "--xliff-version", "1.2", "--xliff-target", "source"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.xlf").path, encoding: .utf8)
        let units = xliff.components(separatedBy: "<trans-unit ").dropFirst()
        #expect(!units.isEmpty)
        func element(_ name: String, in unit: String) -> String? {
            guard let open = unit.range(of: "<\(name)>"), let close = unit.range(of: "</\(name)>") else { return nil }
            return String(unit[open.upperBound..<close.lowerBound])
        }
        for unit in units {
            let source = try #require(element("source", in: unit))
            // A copy of the source, without a state: what OmegaT's filter translates.
            #expect(element("target", in: unit) == source && !source.isEmpty)
            #expect(!source.contains("<mrk"), "no inline marks by default in 1.2")
        }
        #expect(
            try CLI.run(["annotate", input.path, "--out", folder.path, "--xliff-draft", "--xliff-target", "source"])
                .status == 64)
        let help = try CLI.run(["annotate", "--help"])
        let helpText = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            helpText.contains("OmegaT translates what is in <target>: use --xliff-version 1.2 --xliff-target source"))
        #expect(helpText.contains("Tools with full XLIFF 2 support"))
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
        let result = try CLI.run([
            "annotate", "/nonexistent/missing.txt", input.path, "--out", folder.path, "--format", "json",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/missing.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("good/good.json").path))
    }
}
