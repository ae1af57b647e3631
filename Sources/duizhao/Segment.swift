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
        var document = try CommandLineFrontend.run { try input.reader().read(path: file, kind: input.kind) }
        CommandLineFrontend.warnIfNotChinese(document.source)
        // The words annotate uses: ICU's, re-segmented with the dictionary when one is
        // installed, glossary terms judged against both and overlaid last.
        let lexicon: LexiconSegmenter? =
            noLexicon
            ? nil
            : try CommandLineFrontend.run { try dictionary.load() }.map {
                LexiconSegmenter(lexicon: TrieLexicon(dictionary: $0), options: .glossing)
            }
        var terms: [TermMatch]?
        if !noGlossary {
            try CommandLineFrontend.run {
                let loaded = try glossary.load()
                guard !loaded.isEmpty else { return }
                terms = try TermMatcher(glossary: loaded, lexicon: lexicon).matches(in: document)
            }
        }
        if let lexicon { document.sentences = AnnotationPipeline.resegment(document.sentences, with: lexicon) }
        if let terms { document = TokenOverlay.apply(terms, to: document) }
        if json {
            // Streamed in megabyte chunks: a large document's JSON need not be held whole.
            var writer = JSONWriter(flushingEvery: 1 << 20) { CommandLineFrontend.writeStandardOutput($0) }
            SegmentOutput(document: document, terms: terms).write(to: &writer)
            writer.finish()
            CommandLineFrontend.writeStandardOutput([0x0A])
        } else {
            SegmentPrinter(separator: separator).write(document) { CommandLineFrontend.writeStandardOutput($0) }
        }
    }
}
