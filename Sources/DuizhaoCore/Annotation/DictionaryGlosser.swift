import DuizhaoText
import Foundation

/// Glosses words with CC-CEDICT's preferred sense: the dictionary layer under the glossary.
///
/// Caches each word's gloss: a document's vocabulary is small next to its length, and a
/// dictionary lookup parses entries. Not thread-safe: one glosser per pipeline.
public final class DictionaryGlosser: WordGlosser {
    /// The dictionary.
    public let dictionary: CEDictionary
    private var cache: [String: String?] = [:]

    /// Creates a glosser.
    public init(dictionary: CEDictionary) { self.dictionary = dictionary }

    /// A new glosser over the same dictionary, with its own cache.
    public func forAnotherThread() -> any WordGlosser { DictionaryGlosser(dictionary: dictionary) }

    public func gloss(_ word: String) -> String? {
        if let cached = cache[word] { return cached }
        let gloss = dictionary.gloss(word).flatMap { found in
            Self.concise(found.sense)
                ?? found.entry.senses.lazy.filter { SenseRanking.rank(of: $0) <= SenseRanking.weakMeaning }.compactMap(
                    Self.concise
                ).first
        }
        cache[word] = gloss
        return gloss
    }

    /// One short sense from a dictionary sense, or nil when nothing usable is left: the first
    /// alternative, without bracketed notes, pinyin (`[Zhong1 guo2]`), `traditional|simplified`
    /// pairs or Chinese, cut at the first comma when longer than ``SenseTable/maxWords`` words
    /// (a biography or a place description keeps its name: "Xi Jinping (1953-), PRC politician,
    /// …" → "Xi Jinping"). Pointers (`abbr. for …`, `CL:…`) give nil: the word's pinyin says
    /// more than a pointer.
    static func concise(_ sense: String) -> String? {
        if sense.hasPrefix("CL:") || sense.hasPrefix("abbr. for") || sense.hasPrefix("abbr. of")
            || sense.hasPrefix("abbr. to")
        {
            return nil
        }
        var result = ""
        var round = 0, square = 0
        for character in sense {
            switch character {
            case "(": round += 1
            case ")": round = max(0, round - 1)
            case "[": square += 1
            case "]": square = max(0, square - 1)
            default: if round == 0 && square == 0 { result.append(character) }
            }
        }
        var text = result.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.split(separator: " ").count > SenseTable.maxWords || text.count > SenseTable.maxCharacters
            || text.unicodeScalars.contains(where: \.isHan)
        {
            text =
                text.split(separator: ",", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? text
        }
        if text.split(separator: " ").count > SenseTable.maxWords || text.count > SenseTable.maxCharacters {
            text = text.split(separator: " ").prefix(SenseTable.maxWords).joined(separator: " ")
            while text.count > SenseTable.maxCharacters, let space = text.lastIndex(of: " ") {
                text = String(text[..<space])
            }
        }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:"))
        return text.isEmpty || text.unicodeScalars.contains(where: \.isHan) ? nil : text
    }
}
