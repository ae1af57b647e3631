import ArgumentParser
import DuizhaoKit

extension GlossaryCommand {
    /// `duizhao glossary import`: reads a glossary in another format as native TSV.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a TBX, OmegaT, DeepL or CSV glossary and print it as native TSV.",
            discussion: """
                What cannot be mapped (unknown elements or columns, entries without Chinese or English) is reported on \
                standard error. Entries without a source get 'imported from <file>' (or --source) and entries without a \
                status are 'proposed': an import never claims more than its file says.
                """
        )

        @Argument(help: "The glossary file, or - for standard input.")
        var file: String

        @Option(help: "The input format.")
        var format: GlossaryImportFormat = .auto

        @Option(
            help: ArgumentHelp(
                "The native TSV file to write (atomically); standard output when omitted.", valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp("The source for entries whose file names none.", valueName: "text"))
        var source: String?

        func run() throws {
            let result = try CommandLineFrontend.run {
                try GlossaryImporter(defaultSource: source).read(path: file, format: format)
            }
            GlossaryCommandOutput.warn(result.diagnostics)
            if result.entries.isEmpty {
                try CommandLineFrontend.run {
                    throw GlossaryExchangeError.noEntries(path: file, problems: result.diagnostics.count)
                }
            }
            let export = NativeTSVWriter().write(result.entries)
            GlossaryCommandOutput.warn(export.diagnostics)
            try GlossaryCommandOutput.emit(export.text, to: out)
        }
    }
}
