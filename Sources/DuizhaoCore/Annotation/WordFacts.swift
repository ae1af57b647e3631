import DuizhaoText

/// What annotation gives a word token besides its term: pinyin, and a gloss from the sense
/// table (layer lexicon) or the dictionary (layer dictionary), worked out once per distinct
/// word and number context a worker meets instead of at each of the word's occurrences (a
/// document's vocabulary is small next to its length). One hash lookup a token replaces the
/// pinyin, sense and dictionary lookups, each of which hashed the word's `String` through
/// Unicode normalization.
///
/// Holds caches: one per worker (``forAnotherThread()``).
final class WordFacts {
    /// A word's facts.
    struct Facts {
        let pinyin: String?
        let gloss: String?
        let layer: AnnotatedToken.GlossLayer
    }

    private let transcriber: PinyinTranscriber
    private let senses: SenseTable
    private let glosser: (any WordGlosser)?
    /// A word and whether it stands just after a number (where the sense table prefers a
    /// classifier's sense): what both memos are keyed by.
    private struct Key: Hashable {
        let word: ExactString
        let afterNumber: Bool
    }
    private var knownFacts: [Key: Facts] = [:]
    /// The gloss line's own English of words (``GlossTranslator/ownEnglish(of:afterNumber:senses:)``).
    private var knownEnglish: [Key: String?] = [:]

    init(transcriber: PinyinTranscriber, senses: SenseTable, glosser: (any WordGlosser)?) {
        self.transcriber = transcriber
        self.senses = senses
        self.glosser = glosser
    }

    /// Facts computed again on another thread: a new transcriber and glosser, same tables.
    func forAnotherThread() throws -> WordFacts {
        WordFacts(transcriber: try PinyinTranscriber(), senses: senses, glosser: glosser?.forAnotherThread())
    }

    /// The facts of `word`, standing after a number when `afterNumber`.
    func facts(of word: String, afterNumber: Bool) -> Facts {
        let key = Key(word: ExactString(word), afterNumber: afterNumber)
        if let known = knownFacts[key] { return known }
        let found = compute(word, afterNumber: afterNumber)
        knownFacts[key] = found
        return found
    }

    /// The gloss line's own English of `word` in its number context.
    func lineEnglish(of word: String, afterNumber: Bool) -> String?? {
        let key = Key(word: ExactString(word), afterNumber: afterNumber)
        if let known = knownEnglish[key] { return known }
        let found = GlossTranslator.ownEnglish(of: word, afterNumber: afterNumber, senses: senses)
        knownEnglish[key] = found
        return found
    }

    private func compute(_ word: String, afterNumber: Bool) -> Facts {
        let pinyin = transcriber.pinyin(word)
        guard pinyin != nil else { return Facts(pinyin: nil, gloss: nil, layer: .none) }
        if let english = senses.sense(of: word, afterNumber: afterNumber)?.english {
            return Facts(pinyin: pinyin, gloss: english, layer: .lexicon)
        }
        if let gloss = glosser?.gloss(word) { return Facts(pinyin: pinyin, gloss: gloss, layer: .dictionary) }
        return Facts(pinyin: pinyin, gloss: nil, layer: .none)
    }
}
