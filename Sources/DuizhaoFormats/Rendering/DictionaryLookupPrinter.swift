import DuizhaoCore

/// The answer of the dictionary layer to a lookup the glossary could not answer: CC-CEDICT
/// entries for the query (or for the longest word it starts with).
public struct DictionaryAnswer: Codable, Sendable {
    /// What was looked up.
    public var query: String
    /// The word the entries are for (the query, or its longest leading word).
    public var word: String
    /// Always `dictionary`: these are not curated glossary renderings.
    public var layer = "dictionary"
    /// The dictionary file.
    public var source: String
    /// The entries, in dictionary order.
    public var entries: [DictionaryEntry]
    /// True when `word` is only the longest leading word of the query (`冯某` → 冯): the
    /// query itself is not in the dictionary.
    public var partial: Bool

    /// Looks `query` up in `dictionary`: the whole query first, then its longest leading word.
    public static func lookup(_ query: String, in dictionary: CEDictionary) -> DictionaryAnswer? {
        let trimmed = query.trimmingSpaces()
        var word = trimmed
        var entries = dictionary.lookup(trimmed)
        if entries.isEmpty, let prefix = dictionary.longestPrefix(of: Substring(trimmed)) {
            word = prefix.word
            entries = prefix.entries
        }
        guard !entries.isEmpty else { return nil }
        return DictionaryAnswer(
            query: query, word: word, source: dictionary.path, entries: entries, partial: word != trimmed)
    }
}

/// Prints dictionary answers for `duizhao lookup`.
public struct DictionaryLookupPrinter: Sendable {
    /// Creates a printer.
    public init() {}

    /// The entries, one block each, labelled as the dictionary layer.
    public func render(_ answer: DictionaryAnswer) -> String {
        var output = ""
        for entry in answer.entries {
            let forms =
                entry.traditional == entry.simplified ? entry.simplified : "\(entry.simplified) (\(entry.traditional))"
            output += "\(forms)  \(entry.pinyin)\n"
            output += "  english     \(entry.senses.joined(separator: "; "))\n"
            output +=
                "  layer       dictionary (CC-CEDICT, CC BY-SA 4.0; \(answer.source) line \(entry.line)); not a curated glossary rendering\n"
        }
        if answer.partial {
            output =
                "partial: no entry for “\(answer.query.trimmingSpaces())”; found only its longest leading word: \(answer.word)\n"
                + output
        }
        return output
    }
}
