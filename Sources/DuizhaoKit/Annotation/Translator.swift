/// Writes the English line of a sentence. Implementations: ``GlossTranslator`` (built in,
/// always answers, labels its lines `gloss`), and later translation memory and machine
/// translation, combined with ``TranslatorChain``.
public protocol Translator {
    /// The English line for `sentence`, or nil when this translator has none (a chain then
    /// asks the next one). The sentence's tokens carry pinyin and glosses, its terms carry
    /// their glossary renderings.
    func english(for sentence: AnnotatedSentence) throws -> EnglishLine?
}

/// Asks translators in order and takes the first answer; when none answers, the line is
/// the gloss of ``GlossTranslator``, so every sentence gets an English line.
public struct TranslatorChain: Translator {
    /// The translators, best first.
    public var translators: [any Translator]
    private let fallback = GlossTranslator()

    /// Creates a chain.
    public init(_ translators: [any Translator]) {
        self.translators = translators
    }

    public func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        for translator in translators {
            if let line = try translator.english(for: sentence) { return line }
        }
        return try fallback.english(for: sentence)
    }
}
