import ArgumentParser
import DuizhaoKit
import Foundation

/// A development command: loads the dictionary, reports how long that took, and shows the
/// entries and chosen gloss of some words.
struct EvalDictionary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-dictionary",
        abstract: "Load the CC-CEDICT dictionary, time it, and look up words (development).",
        shouldDisplay: false
    )

    @Argument(help: "Words to look up.")
    var words: [String] = []

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        try CommandLineFrontend.run {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let dictionary = try dictionaryOptions.load() else {
                print(dictionaryOptions.absenceNote(nil) ?? "no dictionary")
                return
            }
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            print(
                "\(dictionary.path): \(dictionary.count) entries, longest headword \(dictionary.maxWordLength), \(dictionary.diagnostics.count) lines skipped; loaded in \(String(format: "%.1f", milliseconds)) ms"
            )
            for diagnostic in dictionary.diagnostics.prefix(5) { print("  \(diagnostic)") }
            for word in words {
                let entries = dictionary.lookup(word)
                let gloss = dictionary.gloss(word).map { "\($0.sense) (CC-CEDICT line \($0.entry.line))" } ?? "none"
                print("\(word): gloss: \(gloss)")
                for entry in entries {
                    print(
                        "  \(entry.traditional) \(entry.simplified) [\(entry.pinyin)] /\(entry.senses.joined(separator: "/"))/  (line \(entry.line))"
                    )
                }
                if entries.isEmpty, let prefix = dictionary.longestPrefix(of: Substring(word)) {
                    print("  not a headword; longest headword prefix: \(prefix.word)")
                }
            }
        }
    }
}
