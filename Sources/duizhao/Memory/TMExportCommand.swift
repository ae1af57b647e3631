import ArgumentParser
import DuizhaoKit

/// `duizhao tm export`: writes the store's pairs as TMX or TSV.
struct TMExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the translation memory's sentence pairs as TMX 1.4 or TSV."
    )

    @Option(help: "The output format.")
    var format: MemoryExporter.Format = .tmx

    @Option(help: ArgumentHelp("The file to write (atomically); standard output when omitted.", valueName: "file"))
    var out: String?

    @OptionGroup var store: MemoryStoreOptions

    func run() throws {
        let text = try CommandLineFrontend.run {
            let memory = try TranslationMemory(path: store.resolved.path)
            return MemoryExporter().export(try memory.units(), format: format)
        }
        try GlossaryCommandOutput.emit(text, to: out)
    }
}
