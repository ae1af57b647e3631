/// A set of words that a segmenter may use to re-segment text: CC-CEDICT headwords, a
/// glossary's headwords, or any word list.
public protocol Lexicon: Sendable {
    /// True when `word` is in the lexicon.
    func contains(_ word: String) -> Bool
    /// The longest word's length in Unicode scalars.
    var maxWordLength: Int { get }
    /// The lengths, in scalars, of the words that start at `start` in `scalars`, ascending,
    /// none longer than `limit`. Lexicons with a sorted or prefix index override the default,
    /// which asks `contains` for every length.
    func wordLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> [Int]
    /// Calls `body` with each length ``wordLengths(in:from:limit:)`` gives, ascending. A
    /// segmenter asks this at every position of a text: lexicons with a prefix index override
    /// the default, which builds the array.
    func forEachWordLength(
        in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int, _ body: (Int) -> Void)
    /// True when the word `scalars` spell is in the lexicon; the default builds the string for
    /// ``contains(_:)-(String)``.
    func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool
}

extension Lexicon {
    public func forEachWordLength(
        in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int, _ body: (Int) -> Void
    ) {
        for length in wordLengths(in: scalars, from: start, limit: limit) { body(length) }
    }

    public func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool { contains(String(scalars: scalars)) }

    public func wordLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> [Int] {
        var lengths: [Int] = []
        var word = String.UnicodeScalarView()
        var position = start
        while word.count < min(limit, maxWordLength), position < scalars.endIndex {
            word.append(scalars[position])
            position += 1
            if contains(String(word)) { lengths.append(word.count) }
        }
        return lengths
    }
}

extension CEDictionary: Lexicon {}

/// A lexicon from a plain list of words (glossary headwords, a user's word list), with a
/// prefix set so that word searches stop as soon as no word can match.
public struct WordListLexicon: Lexicon {
    private let words: Set<String>
    private let prefixes: Set<String>
    public let maxWordLength: Int

    /// Creates a lexicon of `words`; blank words are ignored, surrounding spaces trimmed.
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var set = Set<String>(), prefixes = Set<String>()
        var longest = 0
        for word in words {
            let trimmed = word.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            set.insert(trimmed)
            var prefix = String.UnicodeScalarView()
            for scalar in trimmed.unicodeScalars.dropLast() {
                prefix.append(scalar)
                prefixes.insert(String(prefix))
            }
            longest = max(longest, trimmed.unicodeScalars.count)
        }
        self.words = set
        self.prefixes = prefixes
        maxWordLength = longest
    }

    /// The number of words.
    public var count: Int { words.count }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    public func wordLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> [Int] {
        var lengths: [Int] = []
        var word = String.UnicodeScalarView()
        var position = start
        while word.count < min(limit, maxWordLength), position < scalars.endIndex {
            word.append(scalars[position])
            position += 1
            let string = String(word)
            if words.contains(string) { lengths.append(word.count) }
            if !prefixes.contains(string) { break }
        }
        return lengths
    }
}

/// Several lexicons as one: a word is in the union when any member has it.
public struct UnionLexicon: Lexicon {
    /// The member lexicons.
    public let members: [any Lexicon]

    /// Joins `members`.
    public init(_ members: [any Lexicon]) { self.members = members }

    public var maxWordLength: Int { members.map(\.maxWordLength).max() ?? 0 }

    public func contains(_ word: String) -> Bool { members.contains { $0.contains(word) } }

    public func wordLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> [Int] {
        var lengths = Set<Int>()
        for member in members { lengths.formUnion(member.wordLengths(in: scalars, from: start, limit: limit)) }
        return lengths.sorted()
    }
}
