/// A sentence with its tokens, the glossary terms in it, the quantities it states and an
/// English line.
public struct AnnotatedSentence: Codable, Hashable, Sendable {
    /// The sentence's position in the document, from 0.
    public var index: Int
    /// The paragraph it belongs to.
    public var paragraph: Int
    /// The innermost outline section it belongs to.
    public var section: String?
    /// Where it lies in the document's cleaned text.
    public var span: TextSpan
    /// Its text.
    public var text: String
    /// Its tokens. A term is always exactly one token of kind `term`: tokens never cross a
    /// term's edges.
    public var tokens: [AnnotatedToken]
    /// The glossary terms in it, in text order, without overlaps.
    public var terms: [AnnotatedTerm]
    /// The quantities it states (amounts, targets, years, ages, counts), in text order.
    public var quantities: [Quantity]
    /// Its English line.
    public var english: EnglishLine
}
