/// Finds a rendering in an English line the way a reviewer would: case-insensitively, with
/// hyphens, dashes, spaces and apostrophes counting alike (`high-tech` = `high tech` =
/// `hightech`), and regular plurals and possessives of each word accepted (`zones`, `cities`,
/// `taxes`, `GBA's`). Matches start and end at word edges.
public struct RenderingMatcher: Sendable {
    private let words: [String]

    /// Prepares `line` for searching.
    public init(line: String) {
        words = Self.words(line)
    }

    /// True when `rendering` occurs in the line.
    public func contains(_ rendering: String) -> Bool {
        let target = Self.words(rendering).joined()
        guard !target.isEmpty else { return false }
        for start in words.indices {
            var joined = ""
            var index = start
            while index < words.count, joined.count < target.count {
                joined += words[index]
                index += 1
                if joined == target { return true }
                if !target.hasPrefix(joined) { break }
            }
        }
        return false
    }

    /// The text's words, lowercased and reduced to their singular.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character == "'" || character == "’" { continue }
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                result.append(singular(current))
                current = ""
            }
        }
        if !current.isEmpty { result.append(singular(current)) }
        return result
    }

    /// A regular English plural (or an `'s` possessive, apostrophe removed) reduced to the
    /// singular; other words unchanged.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), word.allSatisfy(\.isLetter) else { return word }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("es") {
            let stem = word.dropLast(2)
            if stem.hasSuffix("s") || stem.hasSuffix("x") || stem.hasSuffix("z") || stem.hasSuffix("ch") || stem.hasSuffix("sh") {
                return String(stem)
            }
        }
        return String(word.dropLast())
    }
}
