import DuizhaoKit
import DuizhaoServer
import Foundation
import Testing

@testable import DuizhaoCore
@testable import duizhao

/// Library error messages state the problem and name no command-line option; the command line
/// (``ErrorAdvice``) adds which option to use, so its output stays as helpful as before.
@Suite struct ErrorAdviceTests {
    /// One error of every kind whose advice names an option or a command.
    static let errors: [any Error] = [
        IngestionError.isDirectory(path: "in"), IngestionError.tooLarge(path: "a.txt", bytes: 10, limit: 5),
        IngestionError.streamTooLarge(path: "-", limit: 5),
        IngestionError.noEncodingFits(path: "a.txt", attempts: ["UTF-8: no"]),
        GlossaryLoadError(errors: []), GlossaryError.noGlossaryFiles, GlossaryError.noGlossary,
        DictionaryError.notFound(path: "x.u8", origin: DictionaryLocator.Origin.option.rawValue),
        GlossaryExchangeError.unknownFormat(path: "terms.dat"),
        BatchError.invalidJobs(0), BatchError.outputNotAFolder(path: "out"), BatchError.locked(path: "out"),
        BatchError.foreignOutputFolder(path: "out", example: "thesis.docx"),
        try! #require(throws: Shard.ParseError.self) { try Shard(parsing: "0/3") },
        InputScanner.ScanError.insideOutput(path: "out/a.txt", output: "out"),
        OutputOwnership.RefusalError.notWritten(path: "out/a.json"),
        OutputOwnership.RefusalError.linkedFolder(path: "out"),
        TranslationMemoryError.missingStore(path: "m.sqlite"), TranslationMemoryError.notAStore(path: "m.tmx"),
        MachineTranslationError.unreachable(host: "h", detail: "refused"),
        MachineTranslationError.timedOut(host: "h", seconds: 5),
        MachineTranslationError.httpStatus(host: "h", status: 401, detail: ""),
        MachineTranslationError.httpStatus(host: "h", status: 404, detail: ""),
        MachineTranslationError.httpStatus(host: "h", status: 429, detail: ""),
        MachineTranslationError.httpStatus(host: "h", status: 400, detail: ""),
        MachineTranslationError.transport(host: "h", detail: "reset"),
        MachineTranslationError.malformedResponse(host: "h", detail: "HTML"),
        MachineTranslationError.unusableAnswer(host: "h", detail: "cut off"),
        BatchFolderError.notAFolder(path: "out"),
    ]

    static func namesAFlag(_ text: String) -> Bool {
        text.range(of: "--[a-z]", options: .regularExpression) != nil
    }

    @Test func libraryMessagesNameNoFlagAndTheCommandLineAddsTheAdvice() {
        for error in Self.errors {
            let library = "\(error)"
            #expect(!Self.namesAFlag(library), "\(library)")
            #expect(!library.contains("duizhao batch`") && !library.contains("duizhao tm"), "\(library)")
            let advised = ErrorAdvice.message(for: error)
            #expect(advised != library, "no advice for: \(library)")
        }
        #expect(
            ErrorAdvice.message(for: IngestionError.tooLarge(path: "a.txt", bytes: 10, limit: 5))
                == "a.txt: 10 bytes is over the size limit of 5 bytes (raise it with --max-size)")
        #expect(
            ErrorAdvice.message(for: IngestionError.noEncodingFits(path: "a.txt", attempts: ["UTF-8: no"])).hasSuffix(
                "; name the encoding with --encoding"))
        #expect(
            ErrorAdvice.message(for: IngestionError.isDirectory(path: "in"))
                == "in: is a directory, not a document (use `duizhao batch` for folders)")
        #expect(
            ErrorAdvice.message(for: try! #require(throws: Shard.ParseError.self) { try Shard(parsing: "0/3") })
                .hasPrefix("--shard '0/3': expected K/N"))
        #expect(
            ErrorAdvice.message(for: MachineTranslationError.timedOut(host: "h", seconds: 5))
                == "machine translation: h did not answer within 5 s; raise --mt-timeout or lower --mt-batch-size")
        #expect(
            ErrorAdvice.message(for: MachineTranslationError.unusableAnswer(host: "h", detail: "cut off")).contains(
                "larger instruction-tuned model with Chinese (--mt-model)"))
        // An error without advice is printed as it is.
        #expect(ErrorAdvice.message(for: IngestionError.empty(path: "a.txt")) == "a.txt: the document is empty")
    }

    @Test func theCommandLinePrintsTheAdvice() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data(String(repeating: "国务院关于印发孔雀计划的通知。\n", count: 100).utf8).write(
            to: documents.appendingPathComponent("big.txt"))
        let annotate = try CLI.run(["segment", documents.path])
        #expect(annotate.status == 1)
        #expect(
            annotate.stderr
                == "duizhao: error: \(documents.path): is a directory, not a document (use `duizhao batch` for folders)\n"
        )
        // A document that fails inside a batch: the warning has the advice, the report the problem.
        let out = folder.appendingPathComponent("out")
        let batch = try CLI.run([
            "batch", documents.path, "--out", out.path, "--max-size", "100", "--format", "json", "--quiet",
            "--no-dictionary",
        ])
        #expect(batch.status == 1)
        #expect(
            batch.stderr.contains("bytes is over the size limit of 100 bytes (raise it with --max-size) (skipped)"),
            "\(batch.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("batch-report.md"), encoding: .utf8)
        #expect(report.contains("over the size limit of 100 bytes") && !report.contains("--max-size"))
    }
}
