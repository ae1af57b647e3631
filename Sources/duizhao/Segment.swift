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
        // The words annotate uses: ICU's, re-segmented with the dictionary when one is
        // installed, glossary terms judged against both and overlaid last. They load while
        // the document is read (its serial stretches leave a core free), the dictionary's
        // trie beside the glossary; an error in the document is still reported first.
        let resources = Parallel.Pending { [dictionary, noLexicon, glossary, noGlossary] in
            let (lexicon, loaded) = try Parallel.both(
                {
                    noLexicon
                        ? nil
                        : try dictionary.load().map {
                            LexiconSegmenter(lexicon: TrieLexicon(dictionary: $0), options: .glossing)
                        }
                },
                { noGlossary ? nil : try glossary.load() })
            let matcher = try loaded.flatMap { $0.isEmpty ? nil : try TermMatcher(glossary: $0, lexicon: lexicon) }
            return (lexicon, matcher)
        }
        // Plain output prints only the sentences: the outline is not looked for.
        let words = try CommandLineFrontend.run {
            try reader.readWithoutWords(path: file, kind: input.kind, outline: json)
        }
        CommandLineFrontend.warnIfNotChinese(words.document.source)
        let (lexicon, matcher) = try CommandLineFrontend.run { try resources.value() }
        let stream = SegmentationStream(words: words, lexicon: lexicon, matcher: matcher)
        try CommandLineFrontend.run {
            if json {
                try CommandLineFrontend.streamingStandardOutput { try stream.writeJSON(to: $0) }
            } else {
                try CommandLineFrontend.streamingStandardOutput { try stream.writeLines(separator: separator, to: $0) }
            }
        }
    }
}
