import ArgumentParser
import DuizhaoKit

/// `duizhao tm …`: the translation memory store.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Import, export and count the approved sentence pairs of the translation memory.",
        discussion: """
            The store is an SQLite file (--tm PATH, else $DUIZHAO_TM, else ./duizhao-memory.sqlite). `annotate` and \
            `batch` use it for English lines labelled tm-exact (same sentence after folding Traditional, full-width \
            and quotation-mark variants) and tm-fuzzy (similar sentence, with its score and what differs).
            """,
        subcommands: [TMImportCommand.self, TMExportCommand.self, TMStatsCommand.self]
    )
}

extension MemoryExporter.Format: ExpressibleByArgument {}
