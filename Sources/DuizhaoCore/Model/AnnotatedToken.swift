/// A token of an annotated sentence: its text, pinyin and English gloss with the layer the
/// gloss came from.
public struct AnnotatedToken: Codable, Hashable, Sendable {
    /// Which knowledge source glossed a token.
    public enum GlossLayer: String, Codable, Sendable, CaseIterable {
        /// A glossary entry (the token is a term).
        case glossary
        /// The team's sense table for policy text (`lexicon/senses.tsv`).
        case lexicon
        /// The word dictionary (first sense).
        case dictionary
        /// A personal name written in pinyin, surname first (not its characters' meanings).
        case transliteration
        /// Nothing: no gloss.
        case none
    }

    /// The token's text.
    public var text: String
    /// Where it lies in the document's cleaned text.
    public var span: TextSpan
    /// What the token is.
    public var kind: Token.Kind
    /// The pinyin with tone marks, syllables separated by spaces; nil without Han characters.
    public var pinyin: String?
    /// The English gloss; nil when no layer knows the token.
    public var gloss: String?
    /// The layer the gloss came from.
    public var glossLayer: GlossLayer = .none
    /// For term tokens, the glossary entry's id.
    public var entryID: String?
}
