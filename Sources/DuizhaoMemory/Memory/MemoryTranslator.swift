import DuizhaoCore

/// A translator answering from a translation memory: in ``Mode/exact`` mode only with pairs
/// whose folded source equals the sentence (`tm-exact`), in ``Mode/fuzzy`` mode with the
/// most similar pair at or above the search's threshold (`tm-fuzzy` with its score and
/// differences, or `tm-exact` when identical). Two translators over one ``MemorySearch`` let a
/// chain put machine translation between exact and fuzzy matches.
public struct MemoryTranslator: Translator {
    /// Which matches a translator gives.
    public enum Mode: String, Sendable {
        /// Exact matches only.
        case exact
        /// The best match at or above the threshold.
        case fuzzy
    }

    /// The search (shared with the other memory translator of a chain).
    let search: MemorySearch
    /// Exact or fuzzy.
    public let mode: Mode

    /// Creates a translator.
    init(search: MemorySearch, mode: Mode) {
        self.search = search
        self.mode = mode
    }

    /// Looks up every sentence's exact match in a few queries. Fuzzy lookups (one indexed
    /// query per distinct sentence without an exact match) wait for ``english(for:)``: a
    /// translator before this one in a chain (machine translation) may answer first.
    public func prepare(_ sentences: [AnnotatedSentence]) throws {
        try search.prepareExact(sentences.map(\.text))
    }

    public func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        let hit = mode == .exact ? try search.exactHit(sentence.text) : try search.bestHit(sentence.text)
        return hit.map { search.line(for: $0, text: sentence.text) }
    }
}
