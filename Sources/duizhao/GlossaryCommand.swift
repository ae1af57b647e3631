import ArgumentParser
import DuizhaoKit

/// `duizhao glossary …`: work on glossary files.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check and manage glossary files.",
        subcommands: [GlossaryValidate.self]
    )
}
