import DuizhaoCore

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
    public func renderUTF8(_ document: Document) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(document.text.utf8.count * 2)
        let separatorBytes = Array(separator.utf8)
        for sentence in document.sentences {
            for (index, token) in sentence.tokens.enumerated() {
                if index > 0 { output.append(contentsOf: separatorBytes) }
                output.append(contentsOf: token.text.utf8)
            }
            output.append(0x0A)
        }
        return output
    }
}
