import DuizhaoText

/// What the checker reads from one Chinese sentence: the glossary entries of its terms,
/// its numbers and its Latin-script tokens.
struct SourceFacts: Sendable {
    /// The sentence.
    var text: String
    /// The positions in the glossary of the entries whose terms it contains, in order of
    /// first appearance.
    var entries: [Int]
    /// The entries whose terms were matched only with both edges inside ICU words (a term
    /// that may be a coincidence of characters).
    var weakEntries: Set<Int> = []
    /// Its numbers, without those written inside a glossary term.
    var numbers: [StatedNumber]
    /// The values of the numerals written inside its glossary terms (3 for “三网”融合, 6 for
    /// 六稳六保): part of a name, not stated quantities; a translation may spell them out
    /// (the three networks) or not.
    var termNumerals: Set<Double> = []
    /// Its Latin-script tokens, lowercased (`5g`, `gdp`).
    var latin: Set<String>

    /// The sentence as the aligner sees it.
    var unit: AlignmentUnit {
        var anchors: [String: Int] = [:]
        for number in numbers { anchors[number.key, default: 0] += 1 }
        for entry in Set(entries) { anchors["t:\(entry)", default: 0] += 1 }
        return AlignmentUnit(length: LengthModel.chineseLength(text), anchors: anchors, probes: latin)
    }
}

/// What the checker reads from one English sentence: its words, the glossary renderings in
/// it and its numbers.
struct TargetFacts: Sendable {
    /// The sentence.
    var text: String
    /// Its normalized words.
    var words: EnglishWords
    /// The renderings found, leftmost-longest.
    var occurrences: [RenderingIndex.Occurrence]
    /// Its numbers.
    var numbers: [StatedNumber]

    /// The sentence as the aligner sees it.
    var unit: AlignmentUnit {
        var anchors: [String: Int] = [:]
        for number in numbers { anchors[number.key, default: 0] += 1 }
        for entry in Set(occurrences.map(\.rendering.entry)) { anchors["t:\(entry)", default: 0] += 1 }
        var lowered = Set<String>()
        for word in words.words { lowered.insert(word.key) }
        // Codes such as 5G or COVID-19 keep their digits: add the raw lowercased tokens too.
        for token in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { lowered.insert(token.lowercased()) }
        return AlignmentUnit(length: LengthModel.englishLength(text), anchors: anchors, words: lowered)
    }
}

/// Reads ``SourceFacts`` and ``TargetFacts`` with one glossary.
///
/// Holds a ``TermMatcher`` (ICU): not thread-safe.
final class FactReader {
    /// The glossary's term matcher.
    let matcher: TermMatcher
    /// The glossary's renderings.
    let renderings: RenderingIndex
    private let chineseNumbers = ChineseNumberReader()
    private let englishNumbers = TranslationNumberReader()
    private let positionOfID: [String: Int]

    /// A reader for `glossary`.
    init(glossary: Glossary) throws {
        matcher = try TermMatcher(glossary: glossary)
        renderings = RenderingIndex(glossary: glossary)
        var positions: [String: Int] = [:]
        for (position, entry) in glossary.entries.enumerated() { positions[entry.id] = position }
        positionOfID = positions
    }

    /// The facts of a Chinese sentence.
    func source(_ text: String) throws -> SourceFacts {
        var entries: [Int] = []
        var strong = Set<Int>()
        var termNumerals: [(text: String, value: Int)] = []
        for match in try matcher.matches(in: text) {
            guard let position = positionOfID[match.entryID] else { continue }
            if !entries.contains(position) { entries.append(position) }
            if match.confidence > .low { strong.insert(position) }
            termNumerals += Self.numerals(in: match.surface)
        }
        // A number read from a term's own numeral (三 of 三网融合) is no stated quantity.
        let numbers = chineseNumbers.numbers(in: text).filter { number in
            !termNumerals.contains { $0.text == number.text && Double($0.value) == number.value }
        }
        var facts = SourceFacts(
            text: text, entries: entries, weakEntries: Set(entries).subtracting(strong), numbers: numbers,
            latin: Self.latinTokens(text))
        facts.termNumerals = Set(termNumerals.map { Double($0.value) })
        return facts
    }

    /// The runs of Chinese numeral characters in a term and their values (六稳六保: 六, 六).
    static func numerals(in term: String) -> [(text: String, value: Int)] {
        var result: [(text: String, value: Int)] = []
        var run = ""
        for character in term + " " {
            if ChineseNumeral.isNumeralCharacter(character) {
                run.append(character)
            } else if !run.isEmpty {
                if let value = ChineseNumeral.value(of: Substring(run)) { result.append((run, value)) }
                run = ""
            }
        }
        return result
    }

    /// The facts of an English sentence.
    func target(_ text: String) -> TargetFacts {
        let words = EnglishWords(text)
        return TargetFacts(
            text: text, words: words, occurrences: renderings.occurrences(in: text, words: words),
            numbers: englishNumbers.numbers(in: text))
    }

    /// Runs of ASCII letters and digits with at least one letter and at least two
    /// characters, lowercased.
    static func latinTokens(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        var hasLetter = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let letter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            let digit = (0x30...0x39).contains(value)
            if letter || digit {
                current.unicodeScalars.append(scalar)
                hasLetter = hasLetter || letter
            } else {
                if hasLetter, current.count >= 2 { result.insert(current.lowercased()) }
                current = ""
                hasLetter = false
            }
        }
        if hasLetter, current.count >= 2 { result.insert(current.lowercased()) }
        return result
    }
}
