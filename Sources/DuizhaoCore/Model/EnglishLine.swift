import Foundation

/// An English line for a piece of Chinese text, labelled with where it came from, so that a
/// word-by-word gloss is never passed off as a translation.
public struct EnglishLine: Codable, Hashable, Sendable {
    /// Where an English line comes from.
    public enum Origin: String, Codable, Sendable, CaseIterable {
        /// An interlinear gloss: glossary renderings, dictionary senses and pinyin in Chinese
        /// word order. Not a translation.
        case gloss
        /// Names written in pinyin (authors, editors). Not a translation.
        case transliteration
        /// The official formula English of a whole line: a standard heading with its number
        /// (一、总体要求 → I. General Requirements), a date, a document number, a document
        /// title built from the official formula and glossary renderings. Assembled from
        /// sourced tables, not translated: not counted as a translation.
        case formula
        /// A translation memory entry whose source equals the sentence (after folding).
        case memoryExact = "tm-exact"
        /// A translation memory entry whose source is similar to the sentence: ``EnglishLine/score``
        /// says how similar, ``EnglishLine/memoryMatch`` what differs. A draft to revise.
        case memoryFuzzy = "tm-fuzzy"
        /// Machine translation, checked against the glossary (see ``EnglishLine/issues``).
        case machineTranslation = "mt"
        /// A translation by a person (an official English version, a reviewed translation).
        case human

        /// True when a TMX unit's `x-origin` property (as duizhao's TMX writes it) marks a
        /// line that is not a translation: a gloss or a transliteration.
        public static func marksNonTranslation(_ property: String) -> Bool {
            Origin(rawValue: property.trimmingCharacters(in: .whitespaces)).map { !$0.isTranslation } ?? false
        }

        /// True for origins that are translations (memory, machine, human), false for glosses
        /// and transliterations.
        public var isTranslation: Bool {
            switch self {
            case .gloss, .transliteration, .formula: return false
            case .memoryExact, .memoryFuzzy, .machineTranslation, .human: return true
            }
        }
    }

    /// The English text.
    public var text: String
    /// Where it comes from.
    public var origin: Origin
    /// Who or what produced it (a memory file, an engine, a reviewer); nil for glosses.
    public var provider: String?
    /// How far the line can be trusted, from 0 to 1: the similarity of a translation memory
    /// match (1 for an exact match); nil for other origins.
    public var score: Double?
    /// For translation memory matches: the memory's source sentence and how it differs from
    /// this sentence.
    public var memoryMatch: MemoryMatch?
    /// Problems found when the line was checked (a required glossary rendering missing, a number
    /// not carried over, Chinese left untranslated); nil when there are none.
    public var issues: [TranslationIssue]?

    /// Creates a line.
    public init(
        text: String, origin: Origin, provider: String? = nil, score: Double? = nil,
        memoryMatch: MemoryMatch? = nil, issues: [TranslationIssue]? = nil
    ) {
        self.text = text
        self.origin = origin
        self.provider = provider
        self.score = score
        self.memoryMatch = memoryMatch
        self.issues = issues.flatMap { $0.isEmpty ? nil : $0 }
    }
}
