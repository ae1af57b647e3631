/// Where a document came from.
public struct SourceInfo: Codable, Equatable, Sendable {
    /// The path as given (`-` for standard input).
    public var path: String
    /// The input kind.
    public var kind: InputKind
    /// The encoding that decoded it.
    public var encoding: String
    /// The SHA-256 of the input bytes, lowercase hex.
    public var sha256: String
    /// The input's size in bytes.
    public var bytes: Int
}

/// A numbered section of a policy document's outline (`一、`, `（一）`, `1.`, `第一章`).
public struct Section: Codable, Equatable, Sendable {
    /// The numbering tiers of Chinese policy documents, from the outermost.
    public enum Tier: String, Codable, Sendable, CaseIterable {
        /// 第一章
        case chapter
        /// 第一节
        case part
        /// 一、
        case numeral
        /// （一） or (一)
        case parenthesizedNumeral
        /// 1. or 1、
        case arabic
        /// （1） or (1)
        case parenthesizedArabic
        /// 第一条
        case article

        /// The tier's rank: smaller ranks contain larger ones.
        public var rank: Int { Self.allCases.firstIndex(of: self)! }
    }

    /// A dotted path such as `1.2.3`, unique in the document.
    public var id: String
    /// The nesting depth, 1 for top-level sections.
    public var level: Int
    /// The numbering tier.
    public var tier: Tier
    /// The numbering as written (`一、`, `（二）`, `3.`).
    public var numbering: String
    /// The number as an integer (一 → 1).
    public var ordinal: Int
    /// The heading text without its numbering.
    public var heading: String
    /// Where the heading text lies.
    public var headingSpan: Span
    /// The whole section, from its numbering to the start of the next section at its level or above.
    public var span: Span
    /// The enclosing section's id, nil at top level.
    public var parent: String?
}

/// An enumeration item inside a paragraph (`一是…`, `二是…`).
public struct Enumeration: Codable, Equatable, Sendable {
    /// The marker as written (`一是`).
    public var marker: String
    /// Its number (一 → 1).
    public var ordinal: Int
    /// Where the marker lies.
    public var span: Span
}

/// A paragraph of the cleaned text.
public struct Paragraph: Codable, Equatable, Sendable {
    /// What a paragraph is in the document.
    public enum Role: String, Codable, Sendable {
        /// The document's title.
        case title
        /// A section heading on its own line.
        case heading
        /// Body text.
        case body
    }

    /// The paragraph's position, from 0.
    public var index: Int
    /// What the paragraph is.
    public var role: Role
    /// Where it lies.
    public var span: Span
    /// The 1-based line of the input it came from.
    public var line: Int
    /// The innermost section it belongs to.
    public var section: String?
    /// Enumeration items it contains.
    public var enumerations: [Enumeration]
    /// When the same text appeared earlier, the index of the first paragraph with it.
    public var duplicateOf: Int?
}

/// A sentence with its tokens.
public struct Sentence: Codable, Equatable, Sendable {
    /// The sentence's position in the document, from 0.
    public var index: Int
    /// The paragraph it belongs to.
    public var paragraph: Int
    /// Where it lies.
    public var span: Span
    /// Its text.
    public var text: String
    /// Its word tokens (whitespace omitted).
    public var tokens: [Token]
}

/// A document read, cleaned, outlined and segmented: the input of every later stage.
public struct Document: Codable, Equatable, Sendable {
    /// Where it came from.
    public var source: SourceInfo
    /// What it says about itself.
    public var metadata: Metadata
    /// The unit of every span: Unicode scalars.
    public var offsetUnit: String = "unicode-scalar"
    /// The cleaned text: kept paragraphs joined by line feeds. Spans index into it.
    public var text: String
    /// Chrome removed from the input.
    public var removed: [RemovedText]
    /// The outline, in document order.
    public var sections: [Section]
    /// The paragraphs.
    public var paragraphs: [Paragraph]
    /// The sentences.
    public var sentences: [Sentence]
    /// Terms the document defines for itself (a 名词解释 appendix; see `DocumentDefinition`).
    public var definitions: [DocumentDefinition] = []
}
