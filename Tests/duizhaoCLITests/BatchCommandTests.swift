import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct BatchCommandTests {
    /// Writes `count` small documents of all three kinds into `folder`.
    func corpus(_ count: Int, in folder: URL) throws {
        for number in 0..<count {
            let text = "第\(number)号通知\n深入实施“孔雀计划”，推进第\(number)批“放管服”改革试点。\n支持建设创新平台，完善人才服务。"
            let (name, content): (String, String)
            switch number % 3 {
            case 0: (name, content) = ("notice-\(number).txt", text)
            case 1: (name, content) = ("notice-\(number).md", "# 第\(number)号通知\n\n" + text)
            default:
                (name, content) = (
                    "index.html",
                    "<html><body><h1>第\(number)号通知</h1><p>\(text.replacingOccurrences(of: "\n", with: "</p><p>"))</p></body></html>"
                )
            }
            let url = folder.appendingPathComponent("group-\(number % 5)/batch-\(number)").appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
    }

    @Test func killedRunResumesToExactlyTheOutputsOfACleanRun() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("in")
        try corpus(40, in: input)
        let clean = root.appendingPathComponent("clean")
        let cleanRun = try CLI.run(["batch", input.path, "--out", clean.path, "--jobs", "1", "--quiet"])
        #expect(cleanRun.status == 0, "\(cleanRun.stderr)")

        let killed = root.appendingPathComponent("killed")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = [
            "batch", input.path, "--out", killed.path, "--jobs", "1", "--quiet", "--debug-delay-ms", "40",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let journal = killed.appendingPathComponent("batch-journal.jsonl")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if let data = FileManager.default.contents(atPath: journal.path), data.filter({ $0 == 0x0A }).count >= 6 {
                break
            }
            usleep(2000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: killed.appendingPathComponent("batch-report.json").path))
        #expect(try CLI.tree(killed) != CLI.tree(clean))

        let resumed = try CLI.run(["batch", input.path, "--out", killed.path, "--jobs", "1"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("unchanged"))
        let expected = try CLI.tree(clean)
        let actual = try CLI.tree(killed)
        // Per document: json, html, brief.md, brief.html, terms.tsv; plus the manifest and the lock.
        #expect(expected.count == 40 * 5 + 2)
        #expect(Set(actual.keys) == Set(expected.keys))
        #expect(actual == expected)
        let report =
            try JSONSerialization.jsonObject(with: Data(contentsOf: killed.appendingPathComponent("batch-report.json")))
            as? [String: Any]
        let counts = report?["counts"] as? [String: Int]
        #expect(counts?["documents"] == 40 && counts?["failed"] == 0)
        #expect((counts?["unchanged"] ?? 0) >= 6)
    }

    @Test func exitCodesTellSuccessFailuresAndUsageErrors() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("in")
        try corpus(3, in: input)
        let out = root.appendingPathComponent("out").path
        #expect(try CLI.run(["batch", input.path, "--out", out]).status == 0)

        try Data([0x00, 0x9F, 0x00, 0x01]).write(to: input.appendingPathComponent("broken.txt"))
        let failed = try CLI.run(["batch", input.path, "--out", out])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("broken.txt") && failed.stderr.contains("binary"))
        #expect(failed.stderr.contains("3 unchanged, 1 failed"))

        // Usage errors exit 64, as for every duizhao command (swift-argument-parser's usage code).
        for arguments in [
            ["batch", input.path, "--out", out, "--shard", "0/3"], ["batch", input.path, "--out", out, "--jobs", "0"],
            ["batch", input.path], ["batch", input.path, "--out", out, "--include", "[a"],
            ["batch", input.path, "--out", out, "--max-size", "0"],
            ["batch", input.path, "--out", out, "--candidates", "-1"], ["batch", "--out", out],
            ["batch", "merge-reports", "--out", out],
            ["batch", input.path, "--out", out, "--no-such-option"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error:"), "\(arguments): \(result.stderr)")
        }
        // A problem that stops the run (a missing input, no reports to merge) exits 1.
        for arguments in [
            ["batch", "/nonexistent/in", "--out", out], ["batch", "merge-reports", root.path, "--out", out],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("duizhao: error:"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func plainProgressLinesWhenNotATerminal() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("in")
        try corpus(4, in: input)
        let result = try CLI.run([
            "batch", "run", input.path, "--out", root.appendingPathComponent("out").path, "--stats",
        ])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\r"))
        #expect(result.stderr.contains("batch: 4/4 100%"))
        #expect(result.stderr.contains("batch: 4 documents: 4 processed, 0 unchanged, 0 failed"))
        #expect(result.stderr.contains("peak RSS"))
        let quiet = try CLI.run(["batch", input.path, "--out", root.appendingPathComponent("out").path, "-q"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    @Test func shardsRunSeparatelyAndTheirReportsMerge() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("in")
        try corpus(12, in: input)
        var folders: [String] = []
        for index in 1...3 {
            let out = root.appendingPathComponent("shard\(index)").path
            folders.append(out)
            let result = try CLI.run(["batch", input.path, "--out", out, "--shard", "\(index)/3", "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: out + "/batch-report.shard-\(index)-of-3.json"))
        }
        let merged = root.appendingPathComponent("merged")
        let result = try CLI.run(["batch", "merge-reports"] + folders + ["--out", merged.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: merged.appendingPathComponent("batch-report.json")))
            as? [String: Any]
        #expect((json?["counts"] as? [String: Int])?["documents"] == 12)
        #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("batch-report.html").path))
        let partial = try CLI.run([
            "batch", "merge-reports", folders[0], folders[2], "--out", root.appendingPathComponent("partial").path,
        ])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("missing shards: 2"))
    }
}
