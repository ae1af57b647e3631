import ArgumentParser
import DuizhaoKit
import Foundation

/// `duizhao glossary …`: exchange formats and statistics of the glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Export, import and count glossary entries.",
        subcommands: [Export.self, Import.self, Stats.self]
    )
}

extension GlossaryExportFormat: ExpressibleByArgument {}
extension GlossaryImportFormat: ExpressibleByArgument {}

/// Output shared by the glossary subcommands.
enum GlossaryCommandOutput {
    /// Prints each diagnostic as a warning line on standard error.
    static func warn(_ diagnostics: [GlossaryDiagnostic]) {
        var standardError = StandardError()
        for diagnostic in diagnostics {
            print("duizhao: warning: \(diagnostic)", to: &standardError)
        }
    }

    /// Writes `text` atomically to `path`, or to standard output when `path` is nil or `-`.
    /// A path that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a pipe) is
    /// written to as it is: renaming a temporary file over it would replace the device.
    static func emit(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            print(text, terminator: "")
            return
        }
        try CommandLineFrontend.run {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let attributes = try? FileManager.default.attributesOfItem(atPath: target)
            if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
                guard let handle = FileHandle(forWritingAtPath: path) else {
                    throw AtomicFile.WriteError.cannotWrite(path: path, reason: "not a regular file and not writable")
                }
                defer { try? handle.close() }
                try handle.write(contentsOf: Data(text.utf8))
            } else {
                try AtomicFile.write(text, to: path)
            }
        }
    }
}
