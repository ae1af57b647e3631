import ArgumentParser
import DuizhaoKit
import Foundation

/// The translation memory store: `--tm PATH`, else `$DUIZHAO_TM`, else
/// `duizhao-memory.sqlite` in the current folder.
struct MemoryStoreOptions: ParsableArguments {
    /// The file name of the default store.
    static let defaultFileName = "duizhao-memory.sqlite"

    @Option(
        name: .customLong("tm"),
        help: ArgumentHelp(
            "The translation memory store (default: $DUIZHAO_TM, else ./\(MemoryStoreOptions.defaultFileName)).",
            valueName: "path"))
    var path: String?

    /// The store's path, and whether it was named (by `--tm` or `$DUIZHAO_TM`) rather than the default.
    var resolved: (path: String, named: Bool) {
        if let path { return (path, true) }
        if let variable = ProcessInfo.processInfo.environment["DUIZHAO_TM"], !variable.isEmpty {
            return (variable, true)
        }
        return (Self.defaultFileName, false)
    }
}
