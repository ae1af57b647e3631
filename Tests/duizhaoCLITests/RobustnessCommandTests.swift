import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built binary under faults and hostile settings: size limits on every path, glossary
/// errors with and without --lenient, files it did not write, permission denied, a full
/// disk, and Ctrl-C during a batch.
@Suite struct RobustnessCommandTests {
    static let text = "深入实施“孔雀计划”，推进“放管服”改革。\n支持建设创新平台，完善人才服务。\n"

    /// Writes `text` to `name` in `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs duizhao with standard input read from the file at `stdinPath`.
    static func run(_ arguments: [String], stdinPath: String) throws -> CLIResult {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: stdinPath)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func maxSizeHoldsForFilesStandardInputAndBatch() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = try Self.write(String(repeating: Self.text, count: 50), "big.txt", in: folder)
        let small = try Self.write(Self.text, "in/small.txt", in: folder)
        try Self.write(String(repeating: Self.text, count: 50), "in/big.txt", in: folder)
        let limit = "2000"
        let segment = try CLI.run(["segment", big, "--max-size", limit])
        #expect(segment.status == 1)
        #expect(
            segment.stderr.contains(
                "big.txt: 5650 bytes is over the size limit of 2000 bytes (raise it with --max-size)"))
        let stdin = try Self.run(
            ["annotate", "-", "--stdout", "--format", "json", "--max-size", limit], stdinPath: big)
        #expect(stdin.status == 1)
        #expect(stdin.stdout.isEmpty)
        #expect(
            stdin.stderr
                == "duizhao: error: standard input: more than 2000 bytes, over the size limit (raise it with --max-size)\n"
        )
        let fits = try Self.run(["segment", "-", "--max-size", limit], stdinPath: small)
        #expect(fits.status == 0 && fits.stdout.contains("孔雀计划"))
        let batch = try CLI.run([
            "batch", folder.appendingPathComponent("in").path, "--out", folder.appendingPathComponent("out").path,
            "--max-size", limit, "--format", "json",
        ])
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("big.txt: 5650 bytes is over the size limit of 2000 bytes"))
        #expect(batch.stderr.contains("2 documents: 1 processed, 0 unchanged, 1 failed"))
        for command in [
            ["segment", small], ["annotate", small, "--stdout", "--format", "json"],
            ["batch", small, "--out", folder.appendingPathComponent("zero").path],
        ] {
            let zero = try CLI.run(command + ["--max-size", "0"])
            #expect(zero.status == 64, "\(command): \(zero.stderr)")
            #expect(zero.stderr.contains("--max-size 0: must be at least 1"))
        }
    }

    @Test func glossaryErrorsStopTheRunUnlessLenient() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Self.write(Self.text, "notice.txt", in: folder)
        try Self.write(
            "id\tzh\ten\tsource\npeacock-plan\t孔雀计划\tPeacock Plan\ttest\nbroken\t放管服\n", "house.tsv", in: folder)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]).write(
            to: folder.appendingPathComponent("logo.tsv"))
        let glossary = [
            "--no-default-glossary", "--glossary", folder.appendingPathComponent("house.tsv").path, "--glossary",
            folder.appendingPathComponent("logo.tsv").path,
        ]
        let strict = try CLI.run(["annotate", document, "--stdout", "--format", "json"] + glossary)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.contains("house.tsv:3:11: error: expected 4 tab-separated columns"))
        #expect(strict.stderr.contains("logo.tsv:1:1: error: the file is a PNG image, not a tab-separated glossary"))
        #expect(strict.stderr.contains("2 error(s) in the glossary: fix them, or pass --lenient"))
        let lenient = try CLI.run(["annotate", document, "--stdout", "--format", "json", "--lenient"] + glossary)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout.contains("\"Peacock Plan\""))
        #expect(lenient.stderr.contains("duizhao: warning: \(folder.path)/house.tsv:3:11: error: expected 4"))
        #expect(
            lenient.stderr.contains(
                "--lenient: 2 glossary error(s); 1 row(s) skipped, 1 file(s) refused whole; running with 1 entries"))
        let batch = try CLI.run(
            ["batch", document, "--out", folder.appendingPathComponent("out").path, "--quiet"] + glossary)
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("logo.tsv:1:1"))
    }

    @Test func annotateNeverReplacesAFileItDidNotWriteWithoutForce() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Self.write(Self.text, "notice.txt", in: folder)
        let out = folder.appendingPathComponent("out")
        let mine = try Self.write("my own notes", "out/notice/notice.json", in: folder)
        let refused = try CLI.run(["annotate", document, "--out", out.path, "--format", "json,md"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "\(mine): exists and was not written by duizhao; move it away, or pass --force to replace it"))
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my own notes")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("notice/notice.md").path))
        let forced = try CLI.run(["annotate", document, "--out", out.path, "--format", "json,md", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: mine, encoding: .utf8).contains("duizhao.annotated/1"))
        // Its own files it replaces on the next run without --force.
        let again = try CLI.run(["annotate", document, "--out", out.path, "--format", "json,md,html"])
        #expect(again.status == 0, "\(again.stderr)")
        let recorded = try String(
            contentsOfFile: out.appendingPathComponent("notice/.duizhao-outputs").path, encoding: .utf8)
        #expect(recorded == "notice.html\nnotice.json\nnotice.md\n")
    }

    @Test func batchWritesOnlyIntoAnEmptyFolderOrOneABatchWroteWithoutForce() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Self.write(Self.text, "in/notice.txt", in: folder)
        let out = folder.appendingPathComponent("out")
        try Self.write("keep me", "out/thesis.docx", in: folder)
        let refused = try CLI.run(["batch", document, "--out", out.path, "--quiet"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "the output folder holds files duizhao did not write (such as thesis.docx) and no batch manifest"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["thesis.docx"])
        let forced = try CLI.run(["batch", document, "--out", out.path, "--quiet", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(
            try String(contentsOfFile: out.appendingPathComponent("thesis.docx").path, encoding: .utf8) == "keep me")
        // Now the folder holds a manifest: a plain rerun goes ahead.
        let rerun = try CLI.run(["batch", document, "--out", out.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("1 unchanged"))
        // An empty existing folder is fine.
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try CLI.run(["batch", document, "--out", empty.path, "--quiet"]).status == 0)
    }

    /// As root, permission bits do not stop writes: the run then drops to the `nobody` user
    /// with setpriv, which they do stop. `binary` is a copy of duizhao that user can run (the
    /// build folder may sit in a folder only root can enter).
    static func asUnprivileged(_ arguments: [String], binary: String = CLI.binary.path) -> [String]? {
        if getuid() != 0 { return [binary] + arguments }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
    }

    static func runCommand(_ command: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0].hasPrefix("/") ? command[0] : CLI.binary.path)
        process.arguments = command[0].hasPrefix("/") ? Array(command.dropFirst()) : command
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test(
        .enabled(
            if: asUnprivileged([]) != nil, "running as root without /usr/bin/setpriv: permission bits cannot be tested")
    )
    func permissionDeniedOnTheOutputFolderIsAClearErrorAndLeavesNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o755)
        let document = try Self.write(Self.text, "notice.txt", in: folder)
        chmod(document, 0o644)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        // Everything the unprivileged run reads lies in the world-readable test folder.
        let glossary = try Self.write(GlossaryCLIFixtures.good, "terms.tsv", in: folder)
        chmod(glossary, 0o644)
        let binary = folder.appendingPathComponent("duizhao").path
        try FileManager.default.copyItem(atPath: CLI.binary.path, toPath: binary)
        chmod(binary, 0o755)
        let annotate = try Self.runCommand(
            try #require(
                Self.asUnprivileged(
                    [
                        "annotate", document, "--out", locked.path, "--format", "json", "--no-default-glossary",
                        "--glossary", glossary,
                    ], binary: binary)))
        #expect(annotate.status == 1)
        #expect(
            annotate.stderr.contains("Permission denied") || annotate.stderr.contains("permission"),
            "\(annotate.stderr)")
        #expect(annotate.stderr.contains(locked.path))
        let batch = try Self.runCommand(
            try #require(
                Self.asUnprivileged(
                    [
                        "batch", document, "--out", locked.appendingPathComponent("run").path, "--quiet",
                        "--no-default-glossary", "--glossary", glossary,
                    ], binary: binary)))
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("cannot write"), "\(batch.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    /// A small tmpfs can be mounted (root in a system that allows mounts).
    static let canMountTmpfs: Bool = {
        guard getuid() == 0, let folder = try? CLI.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? runCommand(["/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]))?.status == 0
        else { return false }
        _ = try? runCommand(["/bin/umount", folder.path])
        return true
    }()

    @Test(.enabled(if: canMountTmpfs, "needs root and a mountable tmpfs to fill a disk"))
    func aFullDiskIsAClearErrorAndLeavesNoPartialFiles() throws {
        let folder = try CLI.temporaryFolder()
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(try Self.runCommand(["/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.path]).status == 0)
        defer {
            _ = try? Self.runCommand(["/bin/umount", disk.path])
            try? FileManager.default.removeItem(at: folder)
        }
        let document = try Self.write(String(repeating: Self.text, count: 200), "notice.txt", in: folder)
        let annotate = try CLI.run(["annotate", document, "--out", disk.path, "--format", "json,html,md"])
        #expect(annotate.status == 1)
        #expect(annotate.stderr.contains("cannot write: No space left on device"), "\(annotate.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: disk.appendingPathComponent("notice").path)
        #expect(left == [".duizhao-outputs"], "only the record of what it may write remains: \(left)")
        let batch = try CLI.run([
            "batch", document, "--out", disk.appendingPathComponent("run").path, "--format", "all", "--quiet",
        ])
        #expect(batch.status != 0)
        #expect(batch.stderr.contains("No space left on device"), "\(batch.stderr)")
        let enumerator = FileManager.default.enumerator(atPath: disk.path)
        while let path = enumerator?.nextObject() as? String {
            #expect(!path.hasSuffix(".tmp"), "a temporary file was left: \(path)")
            #expect(
                !path.hasPrefix("run/documents/") || !path.hasSuffix(".html"),
                "a partial document output was left: \(path)")
        }
    }

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "no /dev/full on this system"))
    func aFullStandardOutputOrErrorIsAClearErrorNotACrash() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Self.write(Self.text, "notice.txt", in: folder)
        for arguments in [
            ["segment", document], ["segment", "--json", document],
            ["annotate", document, "--stdout", "--format", "html"],
        ] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let err = Pipe()
            process.standardError = err
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(arguments)")
            #expect(process.terminationStatus == 1, "\(arguments)")
            #expect(
                stderr == "duizhao: error: standard output: cannot write: No space left on device\n", "\(arguments)")
        }
        // Standard error full: the messages are lost, the run is not.
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["batch", document, "--out", folder.appendingPathComponent("out").path]
        process.standardError = FileHandle(forWritingAtPath: "/dev/full")
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    @Test func ctrlCStopsABatchAfterTheDocumentsInFlightAndARerunDoesTheRest() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        for number in 0..<30 { try Self.write("第\(number)号通知\n" + Self.text, "in/n\(number).txt", in: root) }
        let clean = root.appendingPathComponent("clean")
        #expect(try CLI.run(["batch", input.path, "--out", clean.path, "--jobs", "2", "--quiet"]).status == 0)

        let out = root.appendingPathComponent("out")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = [
            "batch", input.path, "--out", out.path, "--jobs", "2", "--quiet", "--debug-delay-ms", "100",
        ]
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let journal = out.appendingPathComponent("batch-journal.jsonl")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if let data = FileManager.default.contents(atPath: journal.path), data.filter({ $0 == 0x0A }).count >= 4 {
                break
            }
            usleep(2000)
        }
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("interrupted: finishing the documents in flight"))
        #expect(stderr.contains("document(s) finished and recorded; run the same command again to do the rest"))
        // Consistent: the journal is folded into the manifest, each recorded document has all its files.
        #expect(!FileManager.default.fileExists(atPath: journal.path))
        let manifest = try String(
            contentsOfFile: out.appendingPathComponent("batch-manifest.jsonl").path, encoding: .utf8)
        let records = manifest.split(separator: "\n").dropFirst().compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
        #expect(records.count >= 4 && records.count < 30, "\(records.count) records")
        for record in records {
            let folder = out.appendingPathComponent(record["output"] as? String ?? "")
            for file in record["files"] as? [String] ?? [] {
                #expect(
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path),
                    "\(file) of \(record["key"] ?? "")")
            }
        }
        let documents = try FileManager.default.contentsOfDirectory(
            atPath: out.appendingPathComponent("documents/in").path)
        #expect(documents.count == records.count, "no folder for a document that was not recorded")

        let rerun = try CLI.run(["batch", input.path, "--out", out.path, "--jobs", "2"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(
            rerun.stderr.contains(
                "30 documents: \(30 - records.count) processed, \(records.count) unchanged, 0 failed"),
            "\(rerun.stderr)")
        #expect(try CLI.tree(out) == CLI.tree(clean))
    }
}
