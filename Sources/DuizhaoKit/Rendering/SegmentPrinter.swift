/// Plain-text segmentation output: one sentence per line, tokens joined by a separator.
public struct SegmentPrinter: Sendable {
    /// The text between tokens.
    public var separator: String

    /// Creates a printer.
    public init(separator: String = " | ") { self.separator = separator }

    /// The document's sentences, one per line.
    public func render(_ document: Document) -> String {
        var output = ""
        for sentence in document.sentences {
            output += sentence.tokens.map(\.text).joined(separator: separator)
            output += "\n"
        }
        return output
    }
}
