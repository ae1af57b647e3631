import ArgumentParser
import DuizhaoKit

extension GlossaryCommand {
    /// `duizhao glossary export`: writes the glossaries in an exchange format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the glossaries as TBX, TSV, OmegaT, DeepL or CSV.",
            discussion: """
                tbx (also tbx2): TBX v2 / TBX-Basic (martif), what CAT tools read (OmegaT, translate-toolkit): Chinese, then \
                English, then Traditional forms; deprecated renderings only in a "Do not use" note. tbx3: TBX-Basic v3, \
                deprecated renderings kept as marked terms. tsv: duizhao's native TSV; omegat: OmegaT glossary TSV (source, \
                target, and a comment carrying status, source, category and alternatives that glossary import reads back); \
                deepl: two columns for DeepL or Google; csv: all native columns. What a format cannot hold is reported on \
                standard error.
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
