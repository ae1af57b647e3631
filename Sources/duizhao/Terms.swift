import ArgumentParser
import DuizhaoKit
import Foundation

struct Terms: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose new glossary terms found in documents, with evidence.",
        discussion: """
            Finds phrases in quotation marks, names ending in program markers (计划, 工程, 示范区, 基地…), numbered and \
            list abbreviations (双创, 四位一体, 放管服), runs of characters ICU does not know, and recurring word \
            combinations, ranks them, and leaves out what the glossary (the default glossary, --glossary files and --known lists) already has. Prints a table, or \
            --json, or --tsv in the glossary format with en empty and status proposed.
            """
    )

    @Argument(help: "Documents or folders (folders are searched for .txt, .md and .html files).")
    var inputs: [String]

    @Option(help: "The number of candidates to show.")
    var limit = 50

    @Flag(help: "Print the candidates as JSON.")
    var json = false

    @Flag(help: "Print the candidates as glossary TSV rows (en empty, status proposed) for a maintainer to fill in.")
    var tsv = false

    @Option(
        help: ArgumentHelp(
            "A glossary TSV or a list of phrases (one a line) whose terms are known; repeatable.", valueName: "file"))
    var known: [String] = []

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(
        help: ArgumentHelp("Only take files in folders whose path matches this glob; repeatable.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files in folders whose path matches this glob; repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: "The fewest occurrences of a recurring word combination.")
    var minCount = 3

    @Option(
        help: ArgumentHelp(
            "Score the ranking against a hand-made list of expected terms (see scripts/terms-eval).", valueName: "file")
    )
    var evaluate: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if json && tsv { throw ValidationError("choose one of --json and --tsv") }
    }

    func run() throws {
        let scanner = try CommandLineFrontend.run {
            try InputScanner(arguments: inputs, include: include.map(Glob.init), exclude: exclude.map(Glob.init))
        }
        let knownTerms = try CommandLineFrontend.run {
            let glossary = try glossaryOptions.load()
            return try KnownTerms(
                glossary.entries.flatMap { [$0.zh] + $0.variants }
                    + known.flatMap { try KnownTerms.phrases(inFile: $0) })
        }
        var options = TermCandidateFinder.Options()
        options.minAssociationCount = minCount
        let reader = try CommandLineFrontend.run { try input.reader() }
        var failures = 0
        let finder = TermDiscovery(inputs: scanner, options: options).run(reader: reader) { _, error in
            failures += 1
            var standardError = StandardError()
            print("duizhao: warning: \(ErrorAdvice.message(for: error)) (skipped)", to: &standardError)
        }
        if finder.documents == 0 {
            CommandLineFrontend.printError("no document could be read")
            throw ExitCode.failure
        }
        var list = finder.result(limit: limit, isKnown: knownTerms.contains)
        let transcriber = try CommandLineFrontend.run { try PinyinTranscriber() }
        list.addPinyin(transcriber)
        if json {
            print(try CommandLineFrontend.run { try JSONOutput.string(list) })
        } else if tsv {
            print(CandidateTSV().render(list.candidates), terminator: "")
        } else {
            print(CandidateTable().render(list), terminator: "")
        }
        if let evaluate {
            let text = try CommandLineFrontend.run {
                try TextDecoder().decode(InputFile.read(evaluate), path: evaluate).text
            }
            var standardError = StandardError()
            print(
                CandidateEvaluation(list: text).summary(list.candidates.map(\.text)), terminator: "", to: &standardError
            )
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
