import ArgumentParser
import DuizhaoKit

extension GlossaryCommand {
    /// `duizhao glossary stats`: counts entries by category, status and source.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count glossary entries by category, status and source, and list entries without a source."
        )

        @Flag(help: "Print the counts as JSON.")
        var json = false

        @OptionGroup var files: GlossaryFileOptions

        func run() throws {
            let loaded = try files.load()
            GlossaryCommandOutput.warn(loaded.diagnostics)
            let stats = GlossaryStats(entries: loaded.entries)
            if json {
                print(try CommandLineFrontend.run { try stats.renderJSON() })
            } else {
                print(stats.renderTable(), terminator: "")
            }
        }
    }
}
