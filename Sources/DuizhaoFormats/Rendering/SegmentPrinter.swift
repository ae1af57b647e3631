import DuizhaoCore
import DuizhaoText

/// Plain-text segmentation output: one sentence per line, tokens joined by a separator.
public struct SegmentPrinter: Sendable {
    /// The text between tokens.
    public var separator: String

    /// Creates a printer.
    public init(separator: String = " | ") { self.separator = separator }

    /// The document's sentences, one per line.
    public func render(_ document: Document) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// The document's sentences, one per line, as UTF-8 bytes.
    func renderUTF8(_ document: Document) -> [UInt8] {
        var output: [UInt8] = []
        write(document) { output += $0 }
        return output
    }

    /// Writes the document's sentences, one per line, to `sink` in chunks, in order. A long
    /// document's chunks are made on every core.
    public func write(_ document: Document, to sink: ([UInt8]) -> Void) {
        let sentences = document.sentences
        let runs = Parallel.runs(
            sentences.indices, parts: Parallel.workers(items: sentences.count, itemsPerWorker: 4_096))
        for chunk in Parallel.map(runs, { _, run in lines(sentences[run]) }) { sink(chunk) }
    }

    /// `sentences`, one per line.
    package func lines(_ sentences: ArraySlice<Sentence>) -> [UInt8] {
        let separatorBytes = Array(separator.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(sentences.reduce(0) { $0 + $1.text.utf8.count } * 2)
        for sentence in sentences {
            for (index, token) in sentence.tokens.enumerated() {
                if index > 0 { output.append(contentsOf: separatorBytes) }
                var text = token.text
                text.withUTF8 { output.append(contentsOf: $0) }
            }
            output.append(0x0A)
        }
        return output
    }
}
