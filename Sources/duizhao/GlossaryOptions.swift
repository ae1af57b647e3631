import ArgumentParser
import DuizhaoKit

/// Options choosing the glossary files: the default folder (see `GlossaryLocator`) and any
/// `--glossary PATH`, loaded after it in command-line order.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary file or folder loaded after the default glossaries; its entries override theirs (repeatable).",
        valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Do not load the default glossary folder ($DUIZHAO_GLOSSARY_DIR, ./glossaries, or the one shipped with duizhao).")
    var noDefaultGlossary = false

    /// The files to load, in order.
    func files() throws -> [String] {
        let folder = noDefaultGlossary ? nil : try GlossaryLocator.defaultFolder()
        return try GlossaryLocator.files(folder: folder, extra: paths)
    }

    /// Loads the glossary, failing when no glossary file is chosen at all (commands that only
    /// work on a glossary: export, stats).
    func loadRequired() throws -> Glossary {
        guard !(try files()).isEmpty else { throw GlossaryError.noGlossaryFiles }
        return try load()
    }

    /// Loads the glossary; a one-line warning on standard error when its files have errors.
    func load() throws -> Glossary {
        let glossary = try Glossary.load(paths: try files())
        if !glossary.errors.isEmpty {
            var standardError = StandardError()
            print("duizhao: warning: the glossary has \(glossary.errors.count) error(s); lines with errors are skipped (run `duizhao glossary validate`)", to: &standardError)
        }
        return glossary
    }
}
