import ArgumentParser
import DuizhaoKit

struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look a term up in the glossary.",
        discussion: """
            QUERY is a Simplified or Traditional headword or variant, pinyin with or without tones \
            (fangguanfu, fàng guǎn fú, fang4 guan3 fu2), English words (peacock, "Peacock Plan"), or a \
            pasted phrase, whose longest leading term is found. Exits 1 when nothing is found.
            """
    )

    @Argument(help: "What to look up (several words are joined by spaces).")
    var query: [String]

    @Flag(help: "Print the answer as JSON.")
    var json = false

    @Option(help: "The most results to show.")
    var limit = 10

    @OptionGroup var glossary: GlossaryOptions

    @OptionGroup var dictionary: DictionaryOptions

    func run() throws {
        let text = query.joined(separator: " ")
        let answer = try CommandLineFrontend.run { () -> LookupAnswer in
            let loaded = try glossary.load()
            if loaded.isEmpty { throw GlossaryError.noGlossary }
            return try GlossaryLookup(glossary: loaded).lookup(text, limit: max(1, limit))
        }
        if json, !answer.results.isEmpty {
            print(try CommandLineFrontend.run { try JSONOutput.string(answer) })
        } else if !answer.results.isEmpty {
            print(LookupPrinter().render(answer), terminator: "")
        }
        if answer.results.isEmpty {
            // The glossary does not know it: fall back to the dictionary layer.
            if let loaded = try CommandLineFrontend.run({ try dictionary.load() }), let found = DictionaryAnswer.lookup(text, in: loaded) {
                if json {
                    print(try CommandLineFrontend.run { try JSONOutput.string(found) })
                } else {
                    print(DictionaryLookupPrinter().render(found), terminator: "")
                }
                return
            }
            if json {
                print(try CommandLineFrontend.run { try JSONOutput.string(answer) })
            } else {
                CommandLineFrontend.printError(LookupPrinter().notFound(answer))
            }
            throw ExitCode.failure
        }
    }
}
