/// An outline section with the English line of its heading and the glossary terms it contains.
public struct AnnotatedSection: Codable, Hashable, Sendable {
    /// A dotted path such as `1.2.3`, unique in the document.
    public var id: String
    /// The nesting depth, 1 for top-level sections.
    public var level: Int
    /// The numbering tier.
    public var tier: Section.Tier
    /// `appendix` for an appendix and the sections inside it; nil for the main text.
    public var role: Section.Role?
    /// The numbering as written (`一、`, `（二）`, `3.`).
    public var numbering: String
    /// The number as an integer.
    public var ordinal: Int
    /// The heading text without its numbering.
    public var heading: String
    /// Where the heading text lies.
    public var headingSpan: TextSpan
    /// The whole section, subsections included.
    public var span: TextSpan
    /// The enclosing section's id, nil at top level.
    public var parent: String?
    /// The heading's English line.
    public var english: EnglishLine
    /// Ids of the glossary entries found in the section (subsections included), in order of
    /// first occurrence.
    public var terms: [String]

    /// Creates an annotated section from an outline section.
    public init(_ section: Section, english: EnglishLine, terms: [String]) {
        id = section.id
        level = section.level
        tier = section.tier
        role = section.role
        numbering = section.numbering
        ordinal = section.ordinal
        heading = section.heading
        headingSpan = section.headingSpan
        span = section.span
        parent = section.parent
        self.english = english
        self.terms = terms
    }
}
