import ArgumentParser
import DuizhaoKit
import Foundation

/// A development command: scores word segmentation against a SIGHAN-format gold standard.
struct EvalSegmentation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-segmentation",
        abstract: "Score word segmentation against a SIGHAN-format gold standard (development).",
        discussion: "Reports span-level precision, recall and F1 for ICU alone and ICU re-segmented with a lexicon.",
        shouldDisplay: false
    )

    enum LexiconChoice: String, ExpressibleByArgument, CaseIterable {
        case none, cedict
        case cedictFine = "cedict-fine"
    }

    @Option(help: "The gold file: one sentence per line, words separated by spaces.")
    var gold: String

    @Option(help: "The raw file: the same sentences unsegmented.")
    var raw: String

    @Option(
        help: ArgumentHelp(
            "Runs to compare (repeatable): ICU alone, ICU + CC-CEDICT (glossing granularity), ICU + CC-CEDICT (fine, PKU-like granularity).",
            valueName: "none|cedict|cedict-fine"))
    var lexicon: [LexiconChoice] = [.none, .cedict, .cedictFine]

    @Option(
        help: ArgumentHelp(
            "A word list (one word a line) added to every lexicon run, labelled in the report.", valueName: "file"))
    var words: String?

    @Option(
        help: ArgumentHelp("Write the last run's segmentation here, words separated by two spaces.", valueName: "file"))
    var output: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        try CommandLineFrontend.run {
            let evaluation = try SegmentationEvaluation(rawPath: raw, goldPath: gold)
            var dictionary: CEDictionary?
            if lexicon.contains(.cedict) || lexicon.contains(.cedictFine) {
                let start = DispatchTime.now().uptimeNanoseconds
                dictionary = try dictionaryOptions.load()
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                if let dictionary {
                    print(
                        "dictionary: \(dictionary.path): \(dictionary.count) entries loaded in \(Int(milliseconds)) ms")
                } else if let note = dictionaryOptions.absenceNote(dictionary) {
                    print("dictionary: \(note); skipping the cedict run")
                }
            }
            var extra: WordListLexicon?
            if let words {
                let text = try TextDecoder().decode(InputFile.read(words), path: words).text
                extra = WordListLexicon(text.split(whereSeparator: \.isNewline).map(String.init))
                print("extra words: \(words): \(extra!.count) words (runs marked +words)")
            }
            let wordSegmenter = try WordSegmenter(locale: "zh")
            print("\(evaluation.raw.count) lines; gold \(gold)")
            for choice in lexicon {
                var members: [any Lexicon] = []
                var label = "ICU"
                var options = LexiconSegmenter.Options.glossing
                switch choice {
                case .none:
                    if extra == nil { label = "ICU alone" }
                case .cedict:
                    guard let dictionary else { continue }
                    members.append(dictionary)
                    label = "ICU + CC-CEDICT"
                case .cedictFine:
                    guard let dictionary else { continue }
                    members.append(dictionary)
                    label = "ICU + CC-CEDICT fine"
                    options = .fineGrained
                }
                if let extra { members.append(extra); label += " +words" }
                let segmenter =
                    members.isEmpty
                    ? nil
                    : LexiconSegmenter(
                        lexicon: members.count == 1 ? members[0] : UnionLexicon(members), options: options)
                let report = try evaluation.run(rawPath: raw, keepPredictions: output != nil) { line in
                    let tokens = try wordSegmenter.tokens(in: UTF16Text(line))
                    return (segmenter?.resegment(tokens) ?? tokens).map(\.text)
                }
                let speed = Double(report.characters) / max(report.segmentationSeconds, 1e-9)
                let padded = label.padding(toLength: 27, withPad: " ", startingAt: 0)
                print("\(padded) \(report.score)  \(Int(speed / 1000))k chars/s")
                if let output {
                    try AtomicFile.write(
                        report.predictions.map { $0.joined(separator: "  ") + "  " }.joined(separator: "\n") + "\n",
                        to: output)
                }
            }
        }
    }
}
