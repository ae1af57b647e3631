import ArgumentParser
import DuizhaoKit

/// Which native glossary files the glossary subcommands read: `glossaries/*.tsv` in the
/// current folder, then each `--glossary PATH`; a later file's entry overrides an earlier one.
struct GlossaryFileOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp("A native glossary TSV file to read after glossaries/*.tsv (repeatable).", valueName: "path"))
    var glossaries: [String] = []

    @Flag(help: "Do not read glossaries/*.tsv from the current folder.")
    var noDefaultGlossaries = false

    /// The entries of every file, with the problems found reading them.
    func load() throws -> GlossaryImportResult {
        let paths = (noDefaultGlossaries ? [] : NativeTSVReader.defaultPaths()) + glossaries
        return try CommandLineFrontend.run {
            guard !paths.isEmpty else { throw NoGlossaryFiles() }
            return try NativeTSVReader().read(paths: paths)
        }
    }
}

/// No glossary file to read.
struct NoGlossaryFiles: Error, CustomStringConvertible {
    var description: String { "no glossary files: run in a folder with glossaries/*.tsv or give --glossary PATH" }
}
