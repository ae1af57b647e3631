import ArgumentParser
import DuizhaoKit
import Foundation

/// Turns library errors into one-line messages on standard error and exit codes.
enum CommandLineFrontend {
    /// Runs `body`; an error becomes `duizhao: error: <message>` (with ``ErrorAdvice``) and exit code 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            printError(ErrorAdvice.message(for: error))
            throw ExitCode.failure
        }
    }

    /// Writes bytes to standard output; a failure (a full disk, a closed pipe) is reported as
    /// `standard output: cannot write: reason` and ends the process with exit code 1, instead of
    /// the crash of `FileHandle.write(_:)`.
    static func writeStandardOutput<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
        } catch {
            printError(
                "\(AtomicFile.WriteError.cannotWrite(path: "standard output", reason: AtomicFile.reason(error)))")
            exit(1)
        }
    }

    /// Runs `body` with a function that writes bytes to standard output on a thread of its
    /// own (``BackgroundWriter``), so a long output is written while the rest is made; returns
    /// once everything is written. A failure ends the process as ``writeStandardOutput(_:)``
    /// does.
    static func streamingStandardOutput(_ body: (_ write: ([UInt8]) -> Void) throws -> Void) throws {
        let output = BackgroundWriter { writeStandardOutput($0) }
        // The write function ends the process instead of throwing: `submit` has nothing to rethrow.
        try body { try? output.submit($0) }
        try output.finish()
    }

    /// Writes a line to standard error.
    static func printError(_ message: String) {
        var standardError = StandardError()
        print("duizhao: error: \(message)", to: &standardError)
    }

    /// Writes a warning line to standard error.
    static func warn(_ message: String) {
        var standardError = StandardError()
        print("duizhao: warning: \(message)", to: &standardError)
    }

    /// Warns when `source` is not Chinese text: duizhao reads it but its glosses and terms
    /// assume Chinese.
    static func warnIfNotChinese(_ source: SourceInfo) {
        guard let reason = LanguageDetector.notChineseReason(source.language) else { return }
        warn("\(source.path): \(reason); duizhao annotates Chinese policy text and has no terms or glosses for it")
    }
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        // A standard error that cannot be written (a full disk) must not crash the run.
        try? FileHandle.standardError.write(contentsOf: Data(string.utf8))
    }
}
