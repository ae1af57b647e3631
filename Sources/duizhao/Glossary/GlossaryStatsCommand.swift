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

        @OptionGroup var glossaryOptions: GlossaryOptions

        func run() throws {
            let loaded = try CommandLineFrontend.run { try glossaryOptions.loadRequired() }
            let stats = GlossaryStats(entries: loaded.entries)
            if json {
                print(try CommandLineFrontend.run { try stats.renderJSON() })
            } else {
                print(stats.renderTable(), terminator: "")
            }
        }
    }
}
