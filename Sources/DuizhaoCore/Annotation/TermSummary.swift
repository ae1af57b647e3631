/// One row of a document's term table: a glossary entry found in the document, how often
/// and where.
public struct TermSummary: Codable, Hashable, Sendable {
    /// The entry's id.
    public var entryID: String
    /// The entry's Chinese headword.
    public var headword: String
    /// The headword's pinyin with tone marks.
    public var pinyin: String?
    /// The entry's preferred English rendering.
    public var english: String
    /// The number of occurrences in the document.
    public var count: Int
    /// The index of the first sentence it occurs in.
    public var firstSentence: Int
    /// The indexes of the sentences it occurs in, ascending, each once.
    public var sentences: [Int]
    /// The whole glossary entry, with its source (for term exports such as TSV or TBX).
    public var entry: GlossaryEntry

    /// Creates a row.
    public init(entry: GlossaryEntry, pinyin: String?, count: Int, firstSentence: Int, sentences: [Int]) {
        self.entryID = entry.id
        self.headword = entry.zh
        self.pinyin = pinyin
        self.english = entry.en
        self.count = count
        self.firstSentence = firstSentence
        self.sentences = sentences
        self.entry = entry
    }
}
