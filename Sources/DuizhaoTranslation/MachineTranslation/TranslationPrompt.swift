import DuizhaoCore
import Foundation

/// The messages sent to the translation service: a system prompt (translate Chinese policy
/// text into English, use the required renderings exactly, keep every number, leave no
/// Chinese) and, for each sentence, the glossary terms found in it with the renderings
/// required for them and its amounts in English.
///
/// Batches ask for a JSON object `{"translations": [{"id": 1, "en": "…"}]}`; a single
/// sentence asks for the translation alone, as plain text.
enum TranslationPrompt {
    /// Changes whenever the prompts change, so that cached translations made with other
    /// prompts are not reused.
    static let version = "duizhao-mt/1"

    /// The system prompt.
    static let system = """
        You translate Chinese government policy documents into English for professional readers. \
        Translate faithfully and completely, in formal English, adding nothing and leaving nothing out. \
        When a sentence comes with required renderings of Chinese terms, use exactly those English renderings. \
        Keep every number: copy Arabic numerals and convert Chinese amounts correctly \
        (10亿元 is RMB 1 billion, 3.5万 is 35,000, 5000万元 is RMB 50 million). \
        Never leave Chinese characters in a translation.
        """

    /// A required rendering: a term as written in the sentence and the English to use.
    struct Rendering: Codable, Hashable, Sendable {
        /// The term as it stands in the sentence.
        var zh: String
        /// The English rendering required for it.
        var en: String
    }

    /// The renderings required in `sentence`, one per glossary entry, in text order.
    static func renderings(of sentence: AnnotatedSentence) -> [Rendering] {
        var seen = Set<String>()
        var result: [Rendering] = []
        for term in sentence.terms where seen.insert(term.entryID).inserted {
            result.append(Rendering(zh: term.surface, en: term.english))
        }
        return result
    }

    /// The English of the sentence's amounts, to be kept in the translation.
    static func numbers(of sentence: AnnotatedSentence) -> [String] {
        var seen = Set<String>()
        return sentence.quantities.map(\.english).filter { seen.insert($0).inserted }
    }

    /// One sentence of a batch, as sent.
    struct BatchItem: Encodable {
        var id: Int
        var source: String
        var terms: [Rendering]?
        var numbers: [String]?
    }

    /// The messages for a batch; sentence `i` of `sentences` gets id `i + 1`.
    static func batch(_ sentences: [AnnotatedSentence]) -> [ChatCompletion.Message] {
        let items = sentences.enumerated().map { offset, sentence in
            let renderings = renderings(of: sentence), numbers = numbers(of: sentence)
            return BatchItem(
                id: offset + 1, source: sentence.text, terms: renderings.isEmpty ? nil : renderings,
                numbers: numbers.isEmpty ? nil : numbers)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let list = (try? encoder.encode(["sentences": items])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let user = """
            Translate each sentence below into English. For each sentence, "terms" lists the required English \
            rendering of Chinese terms in it and "numbers" the amounts it states. Reply with a JSON object only, \
            in the form {"translations": [{"id": 1, "en": "..."}]}, with one item for each sentence and the same ids.

            \(list)
            """
        return [
            ChatCompletion.Message(role: "system", content: system),
            ChatCompletion.Message(role: "user", content: user),
        ]
    }

    /// The messages for one sentence, answered in plain text.
    static func single(_ sentence: AnnotatedSentence) -> [ChatCompletion.Message] {
        var user = "Translate this sentence into English. Reply with the English translation only.\n"
        let renderings = renderings(of: sentence)
        if !renderings.isEmpty {
            user += "\nRequired renderings:\n" + renderings.map { "- \($0.zh): \($0.en)\n" }.joined()
        }
        let numbers = numbers(of: sentence)
        if !numbers.isEmpty {
            user += "\nNumbers to keep: " + numbers.joined(separator: "; ") + "\n"
        }
        user += "\nSentence: \(sentence.text)"
        return [
            ChatCompletion.Message(role: "system", content: system),
            ChatCompletion.Message(role: "user", content: user),
        ]
    }
}
