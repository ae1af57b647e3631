/// One problem `duizhao check` found in an aligned pair of a translation.
public struct CheckFinding: Codable, Hashable, Sendable {
    /// How serious a finding is; `--fail-on` gates on it.
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        /// Worth a look; never a mistake by itself.
        case info
        /// Probably a mistake; a reviewer decides.
        case warning
        /// A mistake: a required rendering missing, a deprecated one used, a number changed.
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// What was found.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A glossary term of the Chinese with none of its renderings in the English.
        case missingRendering = "missing-rendering"
        /// A rendering the glossary marks deprecated.
        case deprecatedRendering = "deprecated-rendering"
        /// A term rendered otherwise than in most of the document.
        case inconsistentRendering = "inconsistent-rendering"
        /// A glossary rendering in the English whose term is not in the Chinese.
        case renderingWithoutSource = "rendering-without-source"
        /// A number of the Chinese missing from the English (another value in its place, or none).
        case numberMismatch = "number-mismatch"
        /// A number of the English that the Chinese does not state.
        case numberAdded = "number-added"
        /// A Chinese sentence with no translation.
        case untranslatedSentence = "untranslated-sentence"
        /// An English sentence with no Chinese counterpart.
        case addedSentence = "added-sentence"
        /// A pair the aligner is unsure of: findings on it may come from misalignment.
        case lowConfidenceAlignment = "low-confidence-alignment"
    }

    /// The glossary entry a finding concerns.
    public struct Entry: Codable, Hashable, Sendable {
        /// The entry's id.
        public var id: String
        /// The Chinese headword.
        public var zh: String
        /// The preferred rendering.
        public var en: String
        /// Where the rendering comes from.
        public var source: String

        /// The reference to `entry`.
        public init(_ entry: GlossaryEntry) {
            id = entry.id
            zh = entry.zh
            en = entry.en
            source = entry.source
        }
    }

    /// What was found.
    public var kind: Kind
    /// How serious it is.
    public var severity: Severity
    /// The pair's position in ``CheckReport/pairs`` (0-based).
    public var pair: Int
    /// The Chinese of the pair.
    public var sourceText: String
    /// The English of the pair.
    public var targetText: String
    /// The glossary entry concerned, for terminology findings.
    public var entry: Entry?
    /// The text in the translation that the finding is about (a rendering, a number).
    public var found: String?
    /// What was expected instead (the accepted renderings, the Chinese number).
    public var expected: String?
    /// One line saying what is wrong.
    public var message: String
}
