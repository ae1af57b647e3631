/// A glossary term found in a sentence, with everything a reader needs from its entry.
public struct AnnotatedTerm: Codable, Hashable, Sendable {
    /// The text as it stands in the document.
    public var surface: String
    /// Where it stands in the document's cleaned text.
    public var span: TextSpan
    /// The glossary entry's id.
    public var entryID: String
    /// The entry's Chinese headword.
    public var headword: String
    /// The entry's preferred English rendering.
    public var english: String
    /// Other renderings, with their status where it differs from the entry's.
    public var alternatives: [GlossaryEntry.Alternative]
    /// For abbreviations, the full Chinese form.
    public var fullForm: String?
    /// The kind of term.
    public var category: String
    /// How reliable the rendering is.
    public var status: GlossaryEntry.Status
    /// Where the rendering comes from.
    public var source: String
    /// The glossary's note on what the term refers to.
    public var note: String?
    /// Which form of the entry matched.
    public var form: TermMatch.Form
    /// How well the match's edges agree with ICU's word boundaries.
    public var confidence: TermMatch.Confidence

    /// Creates a term occurrence from a match and its entry.
    public init(match: TermMatch, entry: GlossaryEntry, surface: String) {
        self.surface = surface
        self.span = match.span
        self.entryID = entry.id
        self.headword = entry.zh
        self.english = entry.en
        self.alternatives = entry.alternatives
        self.fullForm = entry.fullForm
        self.category = entry.category
        self.status = entry.status
        self.source = entry.source
        self.note = entry.note
        self.form = match.form
        self.confidence = match.confidence
    }
}
