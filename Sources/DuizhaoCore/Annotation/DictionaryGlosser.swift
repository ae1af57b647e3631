import DuizhaoText
import Foundation

/// Glosses words with CC-CEDICT's preferred sense: the dictionary layer under the glossary.
///
/// Caches each word's gloss: a document's vocabulary is small next to its length, and a
/// dictionary lookup parses entries. The cache is shared with the glossers made for other
/// threads (``forAnotherThread()``), so each word is glossed once however many workers meet it.
public final class DictionaryGlosser: WordGlosser, Sendable {
    /// The dictionary.
    public let dictionary: CEDictionary
    private let cache: LockedValue<[String: String?]>

    /// Creates a glosser.
    public init(dictionary: CEDictionary) {
        self.dictionary = dictionary
        cache = LockedValue([:])
    }

    private init(dictionary: CEDictionary, sharing cache: LockedValue<[String: String?]>) {
        self.dictionary = dictionary
        self.cache = cache
    }

    /// A glosser over the same dictionary for another thread, sharing this one's cache.
    public func forAnotherThread() -> any WordGlosser { DictionaryGlosser(dictionary: dictionary, sharing: cache) }

    public func gloss(_ word: String) -> String? {
        if let cached = cache.withLock({ $0[word] }) { return cached }
        // Worked out outside the lock: two threads may both gloss a word, with the same result.
        let gloss = dictionary.gloss(word).flatMap { found in
            Self.concise(found.sense)
                ?? found.entry.senses.lazy.filter { SenseRanking.rank(of: $0) <= SenseRanking.weakMeaning }.compactMap(
                    Self.concise
                ).first
        }
        cache.withLock { $0[word] = gloss }
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
