/// The answer to a glossary lookup: the entries found, best first, or close suggestions
/// when none was found or only part of the query was.
public struct LookupAnswer: Codable, Sendable {
    /// The query as given.
    public var query: String
    /// The entries found, best first.
    public var results: [LookupResult]
    /// Close entries when nothing answers the whole query, closest first.
    public var suggestions: [LookupSuggestion]
    /// True when every result answers only part of the query (its longest leading term, or
    /// a term inside it): the query itself was not found.
    public var partial: Bool
    /// For a partial answer, the part of the query the best result matched.
    public var matchedPart: String?

    /// Creates an answer; it is partial when there are results and each answers only part
    /// of the query (``LookupResult/Reason/isPartial``).
    public init(query: String, results: [LookupResult], suggestions: [LookupSuggestion]) {
        self.query = query
        self.results = results
        self.suggestions = suggestions
        partial = !results.isEmpty && results.allSatisfy(\.reason.isPartial)
        matchedPart = partial ? results.first?.matched : nil
    }

    /// True when an entry answers the whole query.
    public var isWhole: Bool { !results.isEmpty && !partial }
}

/// One entry found by a lookup, with what it matched and the forms shown with it.
public struct LookupResult: Codable, Sendable {
    /// What part of the entry matched the query.
    public enum Reason: String, Codable, Sendable, Comparable {
        /// The headword as written.
        case headword
        /// The headword after Traditional, width or quotation folding.
        case foldedHeadword
        /// A listed variant (possibly after folding).
        case variant
        /// The preferred English rendering.
        case english
        /// An alternative English rendering.
        case alternative
        /// The pinyin of the headword.
        case pinyin
        /// The pinyin of a variant.
        case variantPinyin
        /// The full form of an abbreviation.
        case fullForm
        /// The longest headword or variant the query starts with.
        case prefix
        /// Every query word is a word of the English rendering.
        case englishWords
        /// Every query word is a word of an alternative rendering.
        case alternativeWords
        /// A term found inside the query (a pasted phrase).
        case inQuery
        /// The headword starts with the query.
        case beginsWith
        /// The headword contains the query.
        case contains
        /// The pinyin of the headword starts with the query.
        case pinyinPrefix
        /// Every query word starts a word of a rendering.
        case englishPrefix
        /// Every query word is a word of the entry's note.
        case note

        /// The relevance of a match of this kind: higher is better.
        public var score: Int {
            switch self {
            case .headword: return 100
            case .foldedHeadword: return 96
            case .english: return 95
            case .variant: return 90
            case .alternative: return 88
            case .pinyin: return 85
            case .fullForm: return 80
            case .variantPinyin: return 75
            case .prefix: return 70
            case .englishWords: return 60
            case .alternativeWords: return 55
            case .beginsWith: return 52
            case .inQuery: return 45
            case .contains: return 50
            case .pinyinPrefix: return 40
            case .englishPrefix: return 30
            case .note: return 25
            }
        }

        /// True when the match answers only part of the query: its longest leading term
        /// (`prefix`) or a term inside it (`inQuery`).
        var isPartial: Bool { self == .prefix || self == .inQuery }

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.score < rhs.score }
    }

    /// The entry.
    public var entry: GlossaryEntry
    /// What matched.
    public var reason: Reason
    /// The text of the entry that matched (a variant, an alternative, a pinyin spelling).
    public var matched: String
    /// The headword in Traditional characters: a listed Traditional variant, else ICU
    /// `Hans-Hant`; nil when it is written the same.
    public var traditional: String?
    /// The headword's pinyin with tone marks (ICU's reading of each character).
    public var pinyin: String?
    /// The English of the full form, when the full form is itself an entry.
    public var fullFormEnglish: String?
    /// That entry's id.
    public var fullFormID: String?
}

/// A close entry offered when a lookup found nothing.
public struct LookupSuggestion: Codable, Sendable, Hashable {
    /// The entry's id.
    public var id: String
    /// Its headword.
    public var zh: String
    /// Its preferred English rendering.
    public var en: String
    /// The spelling the query is close to (headword, pinyin or English).
    public var matched: String
    /// The edit distance between the query and that spelling.
    public var distance: Int
}
