/// The English renderings of a glossary, for finding them in translations: each entry's
/// preferred rendering and alternatives, accepted or deprecated, as normalized word runs
/// (see ``EnglishWords``).
struct RenderingIndex: Sendable {
    /// One rendering of an entry.
    struct Rendering: Hashable, Sendable {
        /// The entry's position in the glossary.
        var entry: Int
        /// The rendering as the glossary writes it.
        var text: String
        /// True when the glossary marks it deprecated (an alternative with `[deprecated]`,
        /// or the preferred rendering of a deprecated entry).
        var isDeprecated: Bool
        /// The normalized words.
        var keys: [String]

        /// Creates a rendering.
        init(entry: Int, text: String, isDeprecated: Bool, keys: [String]) {
            self.entry = entry
            self.text = text
            self.isDeprecated = isDeprecated
            self.keys = keys
        }

        /// True when finding it without its Chinese term means something: several words,
        /// or a capital letter (a name, an acronym). Single common words (`patent`,
        /// `incubator`) are often used without the term.
        var isDistinctive: Bool {
            text.split(separator: " ").count >= 2 || text.contains(where: { $0.isUppercase })
        }

        /// True for an acronym: one word of two to eight capitals, digits and `&` with at
        /// least two capitals (`SAFE`, `MOFCOM`, `5G` is not one). Acronyms match only as
        /// written, in capitals: `safe`, `Must` and `idea` are English words, not institutions.
        var isAcronym: Bool { Self.isAcronym(text) }

        static func isAcronym(_ text: String) -> Bool {
            let scalars = text.unicodeScalars
            return (2...8).contains(scalars.count) && scalars.filter({ ("A"..."Z").contains($0) }).count >= 2
                && scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "&" }
        }
    }

    /// Where a rendering was found in a text.
    struct Occurrence: Hashable, Sendable {
        /// The rendering.
        var rendering: Rendering
        /// The words it covers.
        var words: Range<Int>
        /// The text as written.
        var surface: String
    }

    /// The glossary indexed.
    let glossary: Glossary
    /// Each entry's renderings, by position.
    let renderings: [[Rendering]]
    private let byFirstKey: [String: [Rendering]]
    /// The acronyms among the renderings, as written.
    private let acronyms: Set<Substring>

    /// Indexes the renderings of `glossary`.
    init(glossary: Glossary) {
        self.glossary = glossary
        var renderings: [[Rendering]] = []
        var byFirstKey: [String: [Rendering]] = [:]
        for (position, entry) in glossary.entries.enumerated() {
            var list = [
                Rendering(
                    entry: position, text: entry.en, isDeprecated: entry.status == .deprecated,
                    keys: EnglishWords.keys(entry.en))
            ]
            for alternative in entry.alternatives {
                list.append(
                    Rendering(
                        entry: position, text: alternative.text,
                        isDeprecated: (alternative.status ?? entry.status) == .deprecated,
                        keys: EnglishWords.keys(alternative.text)))
            }
            list = list.filter { !$0.keys.isEmpty }
            renderings.append(list)
            for rendering in list { byFirstKey[rendering.keys[0], default: []].append(rendering) }
        }
        self.renderings = renderings
        acronyms = Set(renderings.joined().filter(\.isAcronym).map { Substring($0.text) })
        self.byFirstKey = byFirstKey.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
    }

    /// Every rendering of the entry at `position` found in `text` (overlaps allowed).
    func occurrences(ofEntry position: Int, in text: String, words: EnglishWords) -> [Occurrence] {
        renderings[position].flatMap { rendering in
            words.occurrences(of: rendering.keys).filter { accepts(rendering, at: $0, in: text, words: words) }.map {
                Occurrence(rendering: rendering, words: $0, surface: Self.surface(text, words, $0))
            }
        }
    }

    /// True when the words at `range` of `words` (cut from `text`) can be `rendering`:
    /// always for ordinary renderings; an acronym only as written, in capitals (a plural
    /// `s` may follow), and not beside a word in capitals that is no acronym of the
    /// glossary (a heading in capitals, `YOU MUST COMPLY`), where any English word looks
    /// like an acronym. So `safe`, `Must` and `idea` are never SAFE, MUST or IDEA.
    func accepts(_ rendering: Rendering, at range: Range<Int>, in text: String, words: EnglishWords) -> Bool {
        guard rendering.isAcronym else { return true }
        let written = text[words.words[range.lowerBound].range]
        guard written == rendering.text || written == rendering.text + "s" else { return false }
        for neighbour in [range.lowerBound - 1, range.upperBound] where words.words.indices.contains(neighbour) {
            let word = text[words.words[neighbour].range]
            if word.count >= 2, word.allSatisfy({ $0.isUppercase || $0.isNumber }), word.contains(where: \.isUppercase),
                !acronyms.contains(word), !(word.hasSuffix("s") && acronyms.contains(word.dropLast()))
            {
                return false
            }
        }
        return true
    }

    /// The renderings in `text`, leftmost-longest without overlaps; where several entries
    /// share the longest rendering, one occurrence per entry at the same words.
    func occurrences(in text: String, words: EnglishWords) -> [Occurrence] {
        let keys = words.keys
        var result: [Occurrence] = []
        var index = 0
        while index < keys.count {
            var matched: [Rendering] = []
            for rendering in byFirstKey[keys[index]] ?? [] {
                if let length = matched.first?.keys.count, rendering.keys.count < length { break }
                guard index + rendering.keys.count <= keys.count,
                    (1..<rendering.keys.count).allSatisfy({ keys[index + $0] == rendering.keys[$0] }),
                    accepts(rendering, at: index..<(index + rendering.keys.count), in: text, words: words)
                else { continue }
                if !matched.contains(where: { $0.entry == rendering.entry }) { matched.append(rendering) }
            }
            guard let length = matched.first?.keys.count else { index += 1; continue }
            for rendering in matched {
                result.append(
                    Occurrence(
                        rendering: rendering, words: index..<(index + length),
                        surface: Self.surface(text, words, index..<(index + length))))
            }
            index += length
        }
        return result
    }

    static func surface(_ text: String, _ words: EnglishWords, _ range: Range<Int>) -> String {
        String(
            text[words.words[range.lowerBound].range.lowerBound..<words.words[range.upperBound - 1].range.upperBound])
    }
}
