/// Writes the English line of a sentence. Implementations: ``GlossTranslator`` (built in,
/// always answers, labels its lines `gloss`), ``MemoryTranslator`` and
/// ``MachineTranslator``, combined with ``TranslatorChain``.
public protocol Translator {
    /// The English line for `sentence`, or nil when this translator has none (a chain then
    /// asks the next one). The sentence's tokens carry pinyin and glosses, its terms carry
    /// their glossary renderings.
    func english(for sentence: AnnotatedSentence) throws -> EnglishLine?

    /// Called once with every sentence of a document, in order, before any
    /// ``english(for:)`` call for them, so that a translator can work in batches (a machine
    /// translation service, a memory lookup in one query). The default does nothing.
    func prepare(_ sentences: [AnnotatedSentence]) throws
}

extension Translator {
    public func prepare(_ sentences: [AnnotatedSentence]) throws {}
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

    public func prepare(_ sentences: [AnnotatedSentence]) throws {
        for translator in translators { try translator.prepare(sentences) }
    }

    public func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        for translator in translators {
            if let line = try translator.english(for: sentence) { return line }
        }
        // A sentence the annotator has glossed already keeps that gloss rather than being
        // glossed again.
        if sentence.english.origin == .gloss, !sentence.english.text.isEmpty { return sentence.english }
        return try fallback.english(for: sentence)
    }
}
