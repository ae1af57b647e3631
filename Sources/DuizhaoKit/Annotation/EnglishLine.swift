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
        /// A translation memory match.
        case translationMemory = "translation-memory"
        /// Machine translation.
        case machineTranslation = "machine-translation"
        /// A translation by a person (an official English version, a reviewed translation).
        case human

        /// True for origins that are translations (memory, machine, human), false for glosses
        /// and transliterations.
        public var isTranslation: Bool {
            switch self {
            case .gloss, .transliteration: return false
            case .translationMemory, .machineTranslation, .human: return true
            }
        }
    }

    /// The English text.
    public var text: String
    /// Where it comes from.
    public var origin: Origin
    /// Who or what produced it (a memory file, an engine, a reviewer); nil for glosses.
    public var provider: String?

    /// Creates a line.
    public init(text: String, origin: Origin, provider: String? = nil) {
        self.text = text
        self.origin = origin
        self.provider = provider
    }
}
