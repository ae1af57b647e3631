import ArgumentParser
import DuizhaoKit

/// `duizhao tm import FILE…`: adds the pairs of TMX or TSV files to the store.
struct TMImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Add the sentence pairs of TMX or TSV (source<TAB>target[<TAB>origin]) files to the translation memory.",
        discussion: """
            Every file is read before anything is stored, and the pairs are added in one transaction: a malformed file \
            (reported with its line) adds nothing. Pairs already stored (same source after folding, same target) are \
            skipped. Each pair records its file, its date (TMX creationdate, else now) and the glossary version \
            (a fingerprint of the glossaries loaded, as chosen by --glossary/--no-default-glossary). Creates the store when absent. \
            Never stores a non-translation: units marked draft (XLIFF state initial, new, needs-…), duizhao's glosses, and \
            units whose target is empty, repeats the source (as OmegaT leaves untranslated segments) or is still mostly \
            Chinese are skipped and counted by reason.
            """
    )

    @Argument(help: "TMX (.tmx), TSV (.tsv, .txt) or finished XLIFF (.xlf, .xliff) files.")
    var files: [String]

    @OptionGroup var store: MemoryStoreOptions

    @OptionGroup var glossary: GlossaryOptions

    @Option(help: "The largest file accepted, in bytes.")
    var maxSize: Int = InputFile.defaultMaxSize

    func validate() throws {
        if maxSize < 1 { throw ValidationError("--max-size \(maxSize): must be at least 1") }
    }

    func run() throws {
        try CommandLineFrontend.run {
            var contents = MemoryFileContents()
            for file in files { contents.append(try MemoryFileReader.contents(path: file, maxSize: maxSize)) }
            let glossaryFiles = try glossary.files()
            let version = glossaryFiles.isEmpty ? nil : GlossaryFingerprint(entries: try glossary.load().entries).hash
            let memory = try TranslationMemory(path: store.resolved.path, create: true)
            let result = try memory.add(contents.units, glossaryVersion: version)
            var summary = "imported \(result.added) pair(s) into \(memory.path); \(result.duplicates) already stored"
            if contents.skippedCount > 0 {
                summary +=
                    "; skipped \(contents.skippedCount) unit(s) that are no translations: \(contents.skippedSummary)"
            }
            print(summary)
        }
    }
}
