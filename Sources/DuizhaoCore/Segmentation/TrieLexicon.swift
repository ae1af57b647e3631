import DuizhaoText

/// A lexicon held as a trie over Unicode scalars (a ``TermAutomaton``: one flat
/// open-addressing table), for fast prefix walks: finding every word that starts at a
/// position costs at most one table probe per scalar, where a sorted index costs a binary
/// search per scalar.
///
/// Built once (CC-CEDICT's 120,000 headwords in both scripts take tens of milliseconds)
/// and shared between threads.
public struct TrieLexicon: Lexicon {
    private let trie: TermAutomaton
    public let maxWordLength: Int

    /// Builds the trie of `words`.
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        self.init(keys: words.map { $0.unicodeScalars.map(\.value) })
    }

    /// Builds the trie of every headword, Simplified and Traditional, of `dictionary`.
    public init(dictionary: CEDictionary) {
        var keys: [[UInt32]] = []
        keys.reserveCapacity(dictionary.count * 2)
        dictionary.forEachHeadword { bytes in
            keys.append(String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value))
        }
        self.init(keys: keys)
    }

    private init(keys: [[UInt32]]) {
        trie = TermAutomaton(keys: keys)
        maxWordLength = keys.reduce(0) { max($0, $1.count) }
    }

    public func contains(_ word: String) -> Bool { walk(word.unicodeScalars) }

    public func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool { walk(scalars) }

    /// True when the trie holds the word `scalars` spell.
    private func walk<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        var current = trie.rootCursor
        for scalar in scalars {
            guard let next = trie.advance(current, scalar.value) else { return false }
            current = next
        }
        return current.value >= 0
    }

    public func wordLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> [Int] {
        var lengths: [Int] = []
        forEachWordLength(in: scalars, from: start, limit: limit) { lengths.append($0) }
        return lengths
    }

    public func forEachWordLength(
        in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int, _ body: (Int) -> Void
    ) {
        var current = trie.rootCursor
        var position = start
        while position < scalars.endIndex, position - start < limit {
            guard let next = trie.advance(current, scalars[position].value) else { break }
            current = next
            position += 1
            if current.value >= 0 { body(position - start) }
        }
    }
}
