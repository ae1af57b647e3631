import ArgumentParser
import DuizhaoKit
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a translation's terminology and numbers against the glossary.",
        discussion: """
            Give a Chinese document and its English translation (plain text or Markdown): their \
            paragraphs and sentences are aligned by length and anchors (numbers, glossary terms, \
            Latin-script tokens). Or give one bilingual file (.tmx, .xlf/.xliff, or .tsv with \
            Chinese and English columns), whose units are the pairs. Each pair is checked for \
            glossary terms without their renderings, deprecated renderings, renderings used \
            inconsistently across the document, renderings without their Chinese term, and \
            numbers that do not match. Exits 1 when a finding is at least as severe as --fail-on, \
            0 otherwise, 64 on a usage error. See docs/check.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, html
    }

    /// The threshold of --fail-on: a severity or never.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var severity: CheckFinding.Severity? { CheckFinding.Severity(rawValue: rawValue) }
    }

    @Argument(help: "The Chinese document, or a bilingual .tmx, .xlf/.xliff or .tsv file.")
    var source: String

    @Argument(help: "The English translation (omit for a bilingual file).")
    var translation: String?

    @Option(help: "The output on standard output: table, json or html.")
    var format: Format?

    @Flag(help: "The same as --format json.")
    var json = false

    @Option(help: ArgumentHelp("Also write the report as an HTML page to this file.", valueName: "file"))
    var html: String?

    @Option(help: "Exit 1 when a finding is at least this severe: error, warning, info, or never.")
    var failOn: FailOn = .error

    @Flag(help: "List every aligned pair with its confidence before the findings (table output).")
    var pairs = false

    @OptionGroup var glossary: GlossaryOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        if json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) contradict each other")
        }
        let bilingual = BilingualReader.Format(path: source) != nil
        if bilingual, translation != nil {
            throw ValidationError("\(source) is a bilingual file: give it alone, without a translation")
        }
        if !bilingual, translation == nil {
            throw ValidationError(
                "give the English translation as a second argument, or one bilingual .tmx, .xlf/.xliff or .tsv file")
        }
    }

    func run() throws {
        let report = try CommandLineFrontend.run { () -> CheckReport in
            let loaded = try glossary.load()
            if loaded.isEmpty { throw GlossaryError.noGlossary }
            let checker = try TranslationChecker(glossary: loaded)
            if let translation {
                let reader = try input.reader()
                let zh = try reader.read(path: source, kind: input.kind)
                let en = try reader.read(path: translation, kind: input.kind)
                return try checker.check(
                    source: TextSegment.sentences(of: zh), target: TextSegment.sentences(of: en), sourceName: source,
                    translationName: translation)
            }
            let pairs = try BilingualReader(maxSize: input.maxSize).read(path: source)
            return try checker.check(pairs: pairs, file: source)
        }
        if let html {
            try CommandLineFrontend.run { try AtomicFile.write(CheckHTMLRenderer().render(report), to: html) }
        }
        switch json ? .json : (format ?? .table) {
        case .table: print(CheckTableRenderer(showPairs: pairs).render(report), terminator: "")
        case .json: print(try CommandLineFrontend.run { try JSONOutput.string(report) })
        case .html: print(CheckHTMLRenderer().render(report), terminator: "")
        }
        if report.fails(at: failOn.severity) { throw ExitCode.failure }
    }
}
