import DuizhaoCore
import DuizhaoText

/// The JSON of `duizhao segment`: the document's fields at the top level, plus the glossary
/// terms found (`terms`) when a glossary was applied.
public struct SegmentOutput: Encodable, Sendable {
    /// The segmented document (with the glossary overlay applied, when there was one).
    public var document: Document
    /// The glossary terms found, in document order; nil when no glossary was applied.
    public var terms: [TermMatch]?

    /// Creates the output.
    public init(document: Document, terms: [TermMatch]?) {
        self.document = document
        self.terms = terms
    }

    private enum CodingKeys: String, CodingKey { case terms }

    public func encode(to encoder: Encoder) throws {
        try document.encode(to: encoder)
        if let terms {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(terms, forKey: .terms)
        }
    }
}

extension TermMatch: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("confidence", confidence.rawValue)
        writer.field("entryID", entryID)
        writer.field("form", form.rawValue)
        writer.field("span", span)
        writer.field("surface", surface)
        writer.endObject()
    }
}

extension SegmentOutput: JSONWritable {
    /// The document's fields and `terms`, keys in sorted order.
    package func write(to writer: inout JSONWriter) {
        document.write(to: &writer, terms: terms)
    }
}
