/// One entry of a CC-CEDICT-format dictionary: a headword in its Traditional and Simplified
/// forms, a reading in numbered pinyin, and its English senses in the dictionary's order.
public struct DictionaryEntry: Codable, Hashable, Sendable {
    /// The headword in Traditional characters.
    public var traditional: String
    /// The headword in Simplified characters.
    public var simplified: String
    /// The reading as the dictionary writes it: numbered pinyin (`ren2 cai2`, `lu:4`).
    public var pinyinNumbered: String
    /// The English senses, in order.
    public var senses: [String]
    /// The 1-based line of the dictionary file the entry comes from.
    public var line: Int

    /// The reading with tone marks (`rén cái`, `lǜ`).
    public var pinyin: String { PinyinToneMarks.convert(pinyinNumbered) }

    /// True when the reading is capitalised: a proper noun (a surname, a place, a person).
    var isProperNoun: Bool {
        guard let first = pinyinNumbered.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// The first sense worth showing as a gloss, skipping cross-references and
    /// grammatical notes (`variant of …`, `see also …`, `CL:…`, `surname …`) whenever the
    /// entry has a better sense; nil when the entry has no senses.
    var preferredSense: String? {
        let ranked = senses.enumerated().map { (rank: SenseRanking.rank(of: $0.element), index: $0.offset) }
        guard let best = ranked.min(by: { ($0.rank, $0.index) < ($1.rank, $1.index) }) else { return nil }
        return senses[best.index]
    }
}
