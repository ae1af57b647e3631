import Foundation

/// A sentence of a document to align, with its paragraph and line.
public struct TextSegment: Hashable, Sendable {
    /// The sentence.
    public var text: String
    /// The paragraph it belongs to (sentences of one paragraph share the number).
    public var paragraph: Int
    /// The 1-based line in its file, when known.
    public var line: Int?

    /// Creates a segment.
    public init(text: String, paragraph: Int, line: Int? = nil) {
        self.text = text
        self.paragraph = paragraph
        self.line = line
    }

    /// The sentences of a read document, with their paragraphs' lines.
    public static func sentences(of document: Document) -> [TextSegment] {
        document.sentences.compactMap { sentence in
            let text = sentence.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            let line = sentence.paragraph < document.paragraphs.count ? document.paragraphs[sentence.paragraph].line : nil
            return TextSegment(text: text, paragraph: sentence.paragraph, line: line)
        }
    }
}

/// One translation unit of a bilingual file: the Chinese, the English (empty when the unit
/// has none) and the line of the unit.
public struct BilingualPair: Hashable, Sendable {
    /// The Chinese.
    public var source: String
    /// The English; empty when untranslated.
    public var target: String
    /// The 1-based line of the unit in its file.
    public var line: Int

    /// Creates a pair.
    public init(source: String, target: String, line: Int) {
        self.source = source
        self.target = target
        self.line = line
    }
}
