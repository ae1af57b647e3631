import ArgumentParser
import DuizhaoKit

/// `duizhao tm stats`: what the store holds.
struct TMStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract:
            "Count the translation memory's pairs by language and origin, with their dates, glossary versions and the store's path."
    )

    @OptionGroup var store: MemoryStoreOptions

    func run() throws {
        let stats = try CommandLineFrontend.run { try TranslationMemory(path: store.resolved.path).stats() }
        print(stats.renderText(), terminator: "")
    }
}
