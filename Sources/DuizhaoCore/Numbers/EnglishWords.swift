import Foundation

/// English text cut into normalized words for matching glossary renderings: case and
/// diacritics folded, hyphens and punctuation treated as spaces (`Guangdong-Hong Kong` =
/// `Guangdong Hong Kong`), `the` and the possessive `'s` dropped, and regular plurals
/// reduced (`zones` = `zone`, `policies` = `policy`, `taxes` = `tax`). Used by
/// `duizhao check` and by the machine translation ``TranslationVerifier``.
public struct EnglishWords: Sendable {
    /// One word: its normalized form and where it stands in the text.
    public struct Word: Hashable, Sendable {
        /// The normalized form.
        public var key: String
        /// Its range in the text.
        public var range: Range<String.Index>
    }

    /// The words, in order.
    public let words: [Word]

    /// Cuts `text` into words.
    public init(_ text: String) {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard Self.isWordCharacter(text[index]) else { index = text.index(after: index); continue }
            let start = index
            while index < text.endIndex, Self.isWordCharacter(text[index]) { index = text.index(after: index) }
            let raw = String(text[start..<index])
            // The possessive 's (China's) is dropped with its apostrophe.
            if raw.lowercased() == "s", start > text.startIndex, "'’".contains(text[text.index(before: start)]) {
                continue
            }
            let key = Self.normalize(raw)
            if key == "the" { continue }
            words.append(Word(key: key, range: start..<index))
        }
        self.words = words
    }

    /// The normalized keys.
    public var keys: [String] { words.map(\.key) }

    /// The normalized keys of a rendering.
    public static func keys(_ text: String) -> [String] { EnglishWords(text).keys }

    /// One word normalized: folded, and reduced from a regular plural. Singular and plural
    /// reduce to the same key, which need not be a word: a final `e` after s, x, z, ch or sh
    /// goes too, so `taxes` and `tax` give `tax`, `enterprises` and `enterprise` give
    /// `enterpris`.
    public static func normalize(_ word: String) -> String {
        var folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard folded.count > 3, folded.allSatisfy({ $0.isLetter }) else { return folded }
        if folded.hasSuffix("ies"), folded.count > 4 { return String(folded.dropLast(3)) + "y" }
        if folded.hasSuffix("s"), !folded.hasSuffix("ss"), !folded.hasSuffix("us"), !folded.hasSuffix("is") {
            folded.removeLast()
        }
        if folded.hasSuffix("e") {
            let stem = folded.dropLast()
            if stem.hasSuffix("s") || stem.hasSuffix("x") || stem.hasSuffix("z") || stem.hasSuffix("ch")
                || stem.hasSuffix("sh")
            {
                return String(stem)
            }
        }
        return folded
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// True when `rendering` occurs as a run of words, its words also matching when written
    /// together (`hightech` = `high-tech`).
    public func contains(_ rendering: String) -> Bool {
        let target = Self.keys(rendering).joined()
        guard !target.isEmpty else { return false }
        for start in words.indices where target.hasPrefix(words[start].key) {
            var joined = ""
            var index = start
            while index < words.count, joined.count < target.count {
                joined += words[index].key
                index += 1
                if joined == target { return true }
                if !target.hasPrefix(joined) { break }
            }
        }
        return false
    }

    /// The positions where `keys` occurs as a run of words.
    public func occurrences(of keys: [String]) -> [Range<Int>] {
        guard !keys.isEmpty, keys.count <= words.count else { return [] }
        var result: [Range<Int>] = []
        for start in 0...(words.count - keys.count) where words[start].key == keys[0] {
            if (1..<keys.count).allSatisfy({ words[start + $0].key == keys[$0] }) {
                result.append(start..<(start + keys.count))
            }
        }
        return result
    }
}
