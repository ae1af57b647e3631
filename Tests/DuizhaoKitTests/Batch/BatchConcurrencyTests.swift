import Foundation
import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

/// Workers of one batch share the folders above their documents' output folders: one
/// worker's cleanup must never pull a shared folder from under another.
@Suite struct BatchConcurrencyTests {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A job that replays the interleaving the ThreadSanitizer run of the suite once hit:
    /// `fails.txt` writes into its folder and fails; every other document waits until that
    /// failure has been cleaned up and reported, then makes its output folder the way
    /// `mkdir -p` finishes, with the parent expected to exist (it did when checked).
    struct RaceJob: DocumentJob {
        let failureReported: DispatchSemaphore
        var configuration: String { "race" }

        func makeProcessor() throws -> any DocumentProcessor { Processor(failureReported: failureReported) }

        final class Processor: DocumentProcessor {
            let failureReported: DispatchSemaphore
            init(failureReported: DispatchSemaphore) { self.failureReported = failureReported }

            func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome {
                if input.input.key.hasSuffix("fails.txt") {
                    try AtomicFile.write("partial", to: outputFolder.appendingPathComponent("first.txt").path)
                    throw Failure(description: "the document asks to fail")
                }
                _ = failureReported.wait(timeout: .now() + 10)
                if mkdir(outputFolder.path, 0o755) != 0 && errno != EEXIST {
                    throw Failure(description: "mkdir \(outputFolder.path): \(String(cString: strerror(errno)))")
                }
                try AtomicFile.write("done", to: outputFolder.appendingPathComponent("out.txt").path)
                return DocumentOutcome(files: ["out.txt"])
            }
        }
    }

    @Test func aFailureDoesNotRemoveFoldersOtherWorkersWriteIn() throws {
        let root = try BatchFixture.folder()
        let input = root.appendingPathComponent("corpus")
        try BatchFixture.write("请失败。", to: "a/fails.txt", in: input)
        try BatchFixture.write("一切正常。", to: "a/ok.txt", in: input)
        try BatchFixture.write("也请失败。", to: "b/fails.txt", in: input)
        let output = root.appendingPathComponent("out")
        var options = BatchOptions(inputs: [input.path], output: output)
        options.jobs = 2
        let failureReported = DispatchSemaphore(value: 0)
        var runner = BatchRunner(options: options, job: RaceJob(failureReported: failureReported))
        runner.onFailure = { record, _ in
            if record.key.hasSuffix("a/fails.txt") { failureReported.signal() }
        }
        let report = try runner.run()
        #expect(report.counts.failed == 2, "\(report.failures.map { "\($0.key): \($0.error ?? "")" })")
        let layout = OutputLayout(root: output)
        #expect(
            FileManager.default.fileExists(
                atPath: layout.folder(for: "corpus/a/ok.txt").appendingPathComponent("out.txt").path))
        // Failed documents leave nothing behind, their emptied parent folders included.
        #expect(!FileManager.default.fileExists(atPath: layout.folder(for: "corpus/a/fails.txt").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: layout.folder(for: "corpus/b/fails.txt").deletingLastPathComponent().path))
    }
}
