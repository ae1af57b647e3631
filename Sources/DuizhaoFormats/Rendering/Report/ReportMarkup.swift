import DuizhaoCore

/// How one output format writes a report's blocks and inline text. The brief and the batch
/// report are each built once over this protocol; ``HTMLReportMarkup`` and
/// ``MarkdownReportMarkup`` write them. Inline methods escape what they are given (source
/// text is data, never markup); block methods take text already written by inline methods.
package protocol ReportMarkup {
    /// Plain text, escaped.
    func text(_ text: String) -> String
    /// Chinese text, escaped and marked with its language where the format can.
    func chinese(_ text: String) -> String
    /// An English line with its origin label (gloss, formula, translation), or "" for none.
    func english(_ line: EnglishLine?) -> String
    /// A glossary term's headword, marked with its category where the format can.
    func term(_ headword: String, category: String) -> String
    /// A glossary term's headword opening a list item, followed by what is said of it.
    func lead(_ headword: String, category: String) -> String
    /// Secondary text (counts, sources), already written.
    func muted(_ markup: String) -> String
    /// Strong emphasis of text already written.
    func strong(_ markup: String) -> String
    /// Text shown as code, escaped.
    func code(_ text: String) -> String
    /// A problem (a failure, a missing shard), already written.
    func alert(_ markup: String) -> String

    /// The start of a section with its title (duizhao's own words, not escaped in Markdown).
    func section(_ title: String) -> String
    /// The end of a section.
    func endSection() -> String
    /// A heading inside a section.
    func subheading(_ title: String) -> String
    /// A paragraph of text already written.
    func paragraph(_ markup: String) -> String
    /// A table whose cells are already written.
    func table(_ columns: [ReportColumn], rows: [[String]]) -> String
    /// A bulleted list of items already written.
    func list(_ items: [String]) -> String
}

/// A column of a report table: its title and what its cells hold, which decides alignment
/// and style.
package struct ReportColumn: Sendable {
    /// What a column holds.
    package enum Kind: Sendable {
        case text
        /// Numbers: right-aligned.
        case number
        /// Pinyin: muted.
        case pinyin
        /// A rendering's source: small and muted.
        case source
        /// The figure a row is about: bold in HTML.
        case emphasis
        /// A problem: marked as one in HTML.
        case alert
    }

    package var title: String
    package var kind: Kind

    package init(_ title: String, _ kind: Kind = .text) {
        self.title = title
        self.kind = kind
    }
}
