import Foundation
import ArgumentParser
import DuizhaoKit

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a document into sentences and words.",
        discussion: "Prints one sentence per line, tokens separated by the separator; --json prints the structured document."
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

    func run() throws {
        var document = try CommandLineFrontend.run { try input.reader().read(path: file, kind: input.kind) }
        CommandLineFrontend.warnIfNotChinese(document.source)
        var terms: [TermMatch]?
        if !noGlossary {
            try CommandLineFrontend.run {
                let loaded = try glossary.load()
                guard !loaded.isEmpty else { return }
                let matches = try TermMatcher(glossary: loaded).matches(in: document)
                document = TokenOverlay.apply(matches, to: document)
                terms = matches
            }
        }
        if json {
            // Streamed in megabyte chunks: a large document's JSON need not be held whole.
            var writer = JSONWriter(flushingEvery: 1 << 20) { CommandLineFrontend.writeStandardOutput($0) }
            SegmentOutput(document: document, terms: terms).write(to: &writer)
            writer.finish()
            CommandLineFrontend.writeStandardOutput([0x0A])
        } else {
            CommandLineFrontend.writeStandardOutput(SegmentPrinter(separator: separator).renderUTF8(document))
        }
    }
}
