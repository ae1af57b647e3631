import ArgumentParser
import DuizhaoKit

/// Options that choose the CC-CEDICT dictionary: `--dictionary PATH`, or `--no-dictionary`.
/// Without them the dictionary is found through `DUIZHAO_DICTIONARY` or at
/// `data/cedict/cedict_ts.u8`; when none is found duizhao runs without it.
struct DictionaryOptions: ParsableArguments {
    @Option(
        name: .customLong("dictionary"),
        help: ArgumentHelp(
            "A CC-CEDICT file (default: $DUIZHAO_DICTIONARY, else data/cedict/cedict_ts.u8).", valueName: "path"))
    var dictionaryPath: String?

    @Flag(help: "Run without the CC-CEDICT dictionary.")
    var noDictionary = false

    func validate() throws {
        if noDictionary, dictionaryPath != nil {
            throw ValidationError("--dictionary and --no-dictionary cannot be used together")
        }
    }

    /// The dictionary chosen, or nil when disabled or absent. Throws when a named file is
    /// missing or unreadable.
    func load() throws -> CEDictionary? {
        if noDictionary { return nil }
        return try CEDictionary.load(explicitPath: dictionaryPath)
    }

    /// The note to print when no dictionary is in use, nil when one is.
    func absenceNote(_ dictionary: CEDictionary?) -> String? {
        guard dictionary == nil else { return nil }
        if noDictionary { return "running without a dictionary (--no-dictionary)" }
        return
            "no CC-CEDICT dictionary found (looked for \(DictionaryLocator.defaultRelativePath) in the current folder and above the executable); "
            + "run `make dictionary` or pass --dictionary PATH"
    }
}
