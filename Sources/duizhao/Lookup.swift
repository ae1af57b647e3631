import ArgumentParser
import DuizhaoKit

struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look a term up in the glossary.",
        discussion: """
            QUERY is a Simplified or Traditional headword or variant, pinyin with or without tones \
            (fangguanfu, fàng guǎn fú, fang4 guan3 fu2), English words (peacock, "Peacock Plan"), or a \
            pasted phrase, whose longest leading term is found. Exits 0 when an entry answers the \
            whole query; 1 when nothing is found, or only part of the query (its longest leading \
            term or word, labelled partial, with suggestions).
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
        if answer.isWhole { return try show(answer) }
        // The glossary does not know the whole query: the dictionary layer may.
        let dictionaryAnswer = try CommandLineFrontend.run({ try dictionary.load() }).flatMap {
            DictionaryAnswer.lookup(text, in: $0)
        }
        if let dictionaryAnswer, !dictionaryAnswer.partial {
            return try show(dictionaryAnswer)
        }
        // Only part of the query, or nothing, was found: exit 1 either way.
        if answer.partial {
            try show(answer)
        } else if let dictionaryAnswer {
            try show(dictionaryAnswer)
            if !json, !answer.suggestions.isEmpty { CommandLineFrontend.printError(LookupPrinter().notFound(answer)) }
        } else if json {
            print(try CommandLineFrontend.run { try JSONOutput.string(answer) })
        } else {
            CommandLineFrontend.printError(LookupPrinter().notFound(answer))
        }
        throw ExitCode.failure
    }

    private func show(_ answer: LookupAnswer) throws {
        if json {
            print(try CommandLineFrontend.run { try JSONOutput.string(answer) })
        } else {
            print(LookupPrinter().render(answer), terminator: "")
        }
    }

    private func show(_ answer: DictionaryAnswer) throws {
        if json {
            print(try CommandLineFrontend.run { try JSONOutput.string(answer) })
        } else {
            print(DictionaryLookupPrinter().render(answer), terminator: "")
        }
    }
}
