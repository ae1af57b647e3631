import ArgumentParser
import DuizhaoKit

extension GlossaryCommand {
    /// `duizhao glossary export`: writes the glossaries in an exchange format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the glossaries as TBX, TSV, OmegaT, DeepL or CSV.",
            discussion: """
            tbx: TBX-Basic v3; tbx2: TBX v2 (martif), for OmegaT; tsv: duizhao's native TSV; omegat: OmegaT glossary \
            TSV (source, target, comment); deepl: two columns for DeepL or Google; csv: all native columns. \
            What a format cannot hold is reported on standard error.
            """
        )

        @Option(help: "The output format.")
        var format: GlossaryExportFormat = .tbx

        @Option(help: ArgumentHelp("The file to write (atomically); standard output when omitted.", valueName: "file"))
        var out: String?

        @Flag(help: "In TBX, do not add ICU-generated Traditional forms for entries that list none.")
        var noTraditional = false

        @OptionGroup var glossaryOptions: GlossaryOptions

        func run() throws {
            let loaded = try CommandLineFrontend.run { try glossaryOptions.loadRequired() }
            let export = GlossaryExporter(generateTraditional: !noTraditional).export(loaded.entries, format: format)
            GlossaryCommandOutput.warn(export.diagnostics)
            try GlossaryCommandOutput.emit(export.text, to: out)
        }
    }
}
