import ArgumentParser
import DuizhaoKit
import Foundation

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a document into sentences and words.",
        discussion:
            "Prints one sentence per line, tokens separated by the separator; --json prints the structured document."
    )

    @Argument(help: "The document to read (.txt, .md, .html), or - for standard input.")
    var file: String

    @Flag(help: "Print the structured document as JSON.")
    var json = false

    @Option(help: "The token separator for plain output.")
    var separator = " | "

    @OptionGroup var input: InputOptions

    @Flag(help: "Do not mark glossary terms (by default they become single tokens of kind term).")
    var noGlossary = false

    @OptionGroup var glossary: GlossaryOptions

    @OptionGroup var dictionary: DictionaryOptions

    @Flag(
        help:
            "Keep ICU's word boundaries: do not re-segment with the dictionary as a lexicon (annotate's --no-lexicon).")
    var noLexicon = false

    func run() throws {
        // The words are found a run of sentences at a time as they are written
        // (SegmentationStream), so a long document's tokens are never all in memory.
        let reader = try CommandLineFrontend.run { try input.reader() }
        reader.findsWords = false
        let document = try CommandLineFrontend.run { try reader.read(path: file, kind: input.kind) }
        CommandLineFrontend.warnIfNotChinese(document.source)
        // The words annotate uses: ICU's, re-segmented with the dictionary when one is
        // installed, glossary terms judged against both and overlaid last.
        // The dictionary's trie is built while the glossary loads.
        let (lexicon, loaded) = try CommandLineFrontend.run {
            try Parallel.both(
                { [dictionary, noLexicon] in
                    noLexicon
                        ? nil
                        : try dictionary.load().map {
                            LexiconSegmenter(lexicon: TrieLexicon(dictionary: $0), options: .glossing)
                        }
                },
                { [glossary, noGlossary] in noGlossary ? nil : try glossary.load() })
        }
        var matcher: TermMatcher?
        if let loaded, !loaded.isEmpty {
            try CommandLineFrontend.run { matcher = try TermMatcher(glossary: loaded, lexicon: lexicon) }
        }
        let stream = SegmentationStream(document: document, lexicon: lexicon, matcher: matcher)
        try CommandLineFrontend.run {
            if json {
                try stream.writeJSON { CommandLineFrontend.writeStandardOutput($0) }
            } else {
                try stream.writeLines(separator: separator) { CommandLineFrontend.writeStandardOutput($0) }
            }
        }
    }
}
