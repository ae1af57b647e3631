import ArgumentParser
import DuizhaoKit

/// Options choosing the glossary files: the default folder (see `GlossaryLocator`) and any
/// `--glossary PATH`, loaded after it in command-line order.
struct GlossaryOptions: ParsableArguments {
    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary file or folder loaded after the default glossaries; its entries override theirs (repeatable).",
            valueName: "path"))
    var paths: [String] = []

    @Flag(
        help:
            "Do not load the default glossary folder ($DUIZHAO_GLOSSARY_DIR, ./glossaries, or the one shipped with duizhao)."
    )
    var noDefaultGlossary = false

    @Flag(
        help:
            "Run with the valid glossary entries when a glossary file has errors: print the errors as warnings and skip those rows (without it, errors stop the run)."
    )
    var lenient = false

    /// The default glossary folder, nil with `--no-default-glossary` or when there is none.
    func defaultFolder() throws -> String? {
        noDefaultGlossary ? nil : try GlossaryLocator.defaultFolder()
    }

    /// The files to load, in order.
    func files() throws -> [String] {
        try GlossaryLocator.files(folder: try defaultFolder(), extra: paths)
    }

    /// Loads the glossary, failing when no glossary file is chosen at all (commands that only
    /// work on a glossary: export, stats).
    func loadRequired() throws -> Glossary {
        guard !(try files()).isEmpty else { throw GlossaryError.noGlossaryFiles }
        return try load()
    }

    /// Loads the glossary. Errors in its files stop the run (``GlossaryLoadError``, every
    /// error with file:line:column) unless `--lenient`, which prints them as warnings with the
    /// number of rows skipped.
    func load() throws -> Glossary {
        let glossary = try GlossaryLoadError.check(
            try Glossary.load(paths: try files(), folder: try defaultFolder()), lenient: lenient)
        if !glossary.errors.isEmpty {
            var standardError = StandardError()
            for error in glossary.errors { print("duizhao: warning: \(error)", to: &standardError) }
            let files = glossary.rejectedFiles.isEmpty ? "" : ", \(glossary.rejectedFiles.count) file(s) refused whole"
            print(
                "duizhao: warning: --lenient: \(glossary.errors.count) glossary error(s); \(glossary.skippedRows) row(s) skipped\(files); running with \(glossary.entries.count) entries",
                to: &standardError)
        }
        return glossary
    }
}
