/// What the annotator knows besides the document: the glossary, how to find its terms, the
/// word dictionary and the translator. The command line builds one; every part is optional,
/// so a context with no glossary and no dictionary still annotates (pinyin and gloss lines
/// from pinyin).
public struct AnnotationContext {
    /// Looks up glossary entries by id.
    public var glossary: any TermLookup
    /// Finds glossary terms in a document; nil when no glossary is loaded (then
    /// ``Annotator/annotate(_:)`` finds no terms).
    public var matcher: (any TermMatching)?
    /// Glosses words the glossary does not know (CC-CEDICT's first sense).
    public var glosser: (any WordGlosser)?
    /// Writes English lines; nil for the built-in ``GlossTranslator``.
    public var translator: (any Translator)?
    /// The glossaries and dictionaries behind the above, recorded in the output.
    public var resources: [ResourceInfo]
    /// The phrases the glossary has (headwords and variants): never candidate terms.
    public var knownTerms: KnownTerms?
    /// The English line's sense and formula tables (empty: dictionary senses only).
    public var english: EnglishLexicon

    /// Creates a context.
    public init(
        glossary: any TermLookup = [String: GlossaryEntry](), matcher: (any TermMatching)? = nil,
        glosser: (any WordGlosser)? = nil,
        translator: (any Translator)? = nil, resources: [ResourceInfo] = [], knownTerms: KnownTerms? = nil,
        english: EnglishLexicon = .empty
    ) {
        self.knownTerms = knownTerms
        self.english = english
        self.glossary = glossary
        self.matcher = matcher
        self.glosser = glosser
        self.translator = translator
        self.resources = resources
    }
}
