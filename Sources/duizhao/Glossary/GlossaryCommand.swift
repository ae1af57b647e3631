import ArgumentParser
import DuizhaoKit
import Foundation

/// `duizhao glossary …`: exchange formats and statistics of the glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Validate, export, import and count glossary entries.",
        subcommands: [GlossaryValidate.self, Export.self, Import.self, Stats.self]
    )
}

extension GlossaryExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
extension GlossaryImportFormat: ExpressibleByArgument {}

/// Output shared by the glossary subcommands.
enum GlossaryCommandOutput {
    /// Prints each diagnostic on standard error (`duizhao: file:line: warning: …`).
    static func warn(_ diagnostics: [Diagnostic]) {
        var standardError = StandardError()
        for diagnostic in diagnostics {
            print("duizhao: \(diagnostic)", to: &standardError)
        }
    }

    /// Writes `text` atomically to `path`, or to standard output when `path` is nil or `-`.
    /// (AtomicFile writes devices and pipes in place.)
    static func emit(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            print(text, terminator: "")
            return
        }
        try CommandLineFrontend.run { try AtomicFile.write(text, to: path) }
    }
}
