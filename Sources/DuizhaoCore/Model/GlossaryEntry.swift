/// One entry of a policy glossary: a Chinese term, its established English rendering and
/// where that rendering comes from.
public struct GlossaryEntry: Codable, Hashable, Sendable {
    /// How reliable a rendering is.
    public enum Status: String, Codable, Sendable, CaseIterable, Comparable {
        /// An official English version or an institution's own English name.
        case official
        /// Widely used: Xinhua, China Daily, government English sites.
        case established
        /// The team's own rendering, not (yet) seen in established usage.
        case proposed
        /// A rendering to avoid.
        case deprecated
        /// A term the document being annotated defines for itself (`（以下简称“××”）`, a
        /// 名词解释 appendix): a document-local entry, never one of a glossary file, whose
        /// English is the glossary's rendering of the full form where it has one, else a gloss.
        case documentDefined = "document-defined"

        /// The statuses a glossary file may give (all but ``documentDefined``).
        public static let inGlossaryFiles: [Status] = [.official, .established, .proposed, .deprecated]

        /// The status a glossary file's cell names (any case), nil for ``documentDefined``
        /// and unknown words: what both the strict and the lenient reader accept.
        public static func inGlossaryFile(_ text: String) -> Status? {
            Status(rawValue: text.lowercased()).flatMap { inGlossaryFiles.contains($0) ? $0 : nil }
        }

        public static func < (lhs: Status, rhs: Status) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// An alternative English rendering, with its own status when it differs (a deprecated
    /// rendering kept so that readers recognize it).
    public struct Alternative: Codable, Hashable, Sendable {
        /// The rendering.
        public var text: String
        /// Its status, nil when it shares the entry's.
        public var status: Status?

        /// Creates an alternative.
        public init(_ text: String, status: Status? = nil) {
            self.text = text
            self.status = status
        }
    }

    /// How strictly an entry is matched in text.
    public enum MatchPolicy: String, Codable, Sendable {
        /// Matched anywhere, with low confidence where it splits ICU words on both sides.
        case normal
        /// Matched only where both edges fall on ICU word boundaries.
        case strict
    }

    /// Where an entry was loaded from.
    public struct Origin: Codable, Hashable, Sendable {
        /// The glossary file.
        public var file: String
        /// The 1-based line.
        public var line: Int

        /// Creates an origin.
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
    }

    /// Stable identifier (`peacock-plan`).
    public var id: String
    /// Simplified Chinese headword.
    public var zh: String
    /// Preferred English rendering.
    public var en: String
    /// Other accepted renderings.
    public var alternatives: [Alternative]
    /// Other Chinese forms met in text (Traditional, quoted, short forms).
    public var variants: [String]
    /// For abbreviations, the full Chinese form.
    public var fullForm: String?
    /// The kind of term (program, reform, slogan, institution, place…).
    public var category: String
    /// How reliable the rendering is.
    public var status: Status
    /// Where the rendering comes from.
    public var source: String
    /// The team's note on what the term refers to.
    public var note: String?
    /// How strictly the entry is matched.
    public var match: MatchPolicy
    /// Where the entry was loaded from.
    public var origin: Origin?

    /// Creates an entry.
    public init(
        id: String, zh: String, en: String, alternatives: [Alternative] = [], variants: [String] = [],
        fullForm: String? = nil, category: String = "general", status: Status = .proposed,
        source: String = "duizhao team (proposed)", note: String? = nil, match: MatchPolicy = .normal,
        origin: Origin? = nil
    ) {
        self.id = id
        self.zh = zh
        self.en = en
        self.alternatives = alternatives
        self.variants = variants
        self.fullForm = fullForm
        self.category = category
        self.status = status
        self.source = source
        self.note = note
        self.match = match
        self.origin = origin
    }
}
