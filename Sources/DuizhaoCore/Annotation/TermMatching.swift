/// Finds glossary terms in a document: what the annotator needs from a glossary matcher.
public protocol TermMatching {
    /// The matches in `document`, with scalar spans into `document.text`. They may overlap;
    /// the annotator keeps the leftmost longest.
    func matches(in document: Document) throws -> [TermMatch]
}
