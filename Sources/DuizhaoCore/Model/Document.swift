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
    /// The language of the text, detected from its script and commonest words (BCP 47:
    /// `zh`, `en`, `fr`…; `und` when undetermined). duizhao annotates Chinese; other
    /// languages are reported (see `LanguageDetector`).
    public var language: String
}

/// A numbered section of a policy document's outline (`一、`, `（一）`, `1.`, `第一章`).
public struct Section: Codable, Equatable, Sendable {
    /// The numbering tiers of Chinese policy documents, from the outermost.
    public enum Tier: String, Codable, Sendable, CaseIterable {
        /// 附件1, 附件2 名词解释, 附表, 附录: an attachment or appendix, outside the main text.
        case appendix
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

    /// What part of the document a section belongs to.
    public enum Role: String, Codable, Sendable {
        /// An attachment or appendix (附件, 附表, 附录, 名词解释) and everything in it.
        case appendix
    }

    /// A dotted path such as `1.2.3`, unique in the document.
    public var id: String
    /// The nesting depth, 1 for top-level sections.
    public var level: Int
    /// The numbering tier.
    public var tier: Tier
    /// `appendix` for an appendix and the sections inside it; nil for the main text.
    public var role: Role?
    /// The numbering as written (`一、`, `（二）`, `3.`).
    public var numbering: String
    /// The number as an integer (一 → 1).
    public var ordinal: Int
    /// The heading text without its numbering.
    public var heading: String
    /// Where the heading text lies.
    public var headingSpan: TextSpan
    /// The whole section, from its numbering to the start of the next section at its level or above.
    public var span: TextSpan
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
    public var span: TextSpan
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
        /// The subtitle under the title (`——2026年1月25日在……会议上`).
        case subtitle
        /// The speaker line (`××省人民政府省长 王某某`).
        case speaker
        /// The document number line (`国发〔2021〕7号`).
        case documentNumber
        /// The addressees (`各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`).
        case addressees
        /// The closing signature: issuing body or date.
        case signature
        /// The release note (`（此件公开发布）`).
        case note
    }

    /// The paragraph's position, from 0.
    public var index: Int
    /// What the paragraph is.
    public var role: Role
    /// Where it lies.
    public var span: TextSpan
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
    public var span: TextSpan
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
