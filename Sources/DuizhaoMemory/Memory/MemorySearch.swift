import DuizhaoCore
import Foundation

/// Looks sentences up in a ``TranslationMemory``: exact matches on the folded text, then the
/// most similar pair at or above a threshold. Remembers every answer, so a sentence repeated
/// in a document (a restated paragraph) is looked up once, and so the exact and fuzzy
/// ``MemoryTranslator``s of one chain share their work.
///
/// Holds a ``TextFolder``: not thread-safe; give each thread its own search over a shared store.
final class MemorySearch {
    /// A found pair and how close it is.
    struct Hit {
        var unit: MemoryUnit
        var key: MemoryKey
        var score: Double
    }

    /// The store.
    let memory: TranslationMemory
    /// The lowest similarity a fuzzy match may have (0–1].
    let threshold: Double
    private let folder: TextFolder
    private var exact: [String: Hit?] = [:]
    private var fuzzy: [String: Hit?] = [:]
    /// How many queries the search has sent to the store.
    private(set) var queries = 0

    /// Creates a search; `threshold` is clamped to 0.01…1.
    init(memory: TranslationMemory, threshold: Double = 0.75) throws {
        self.memory = memory
        self.threshold = min(1, max(0.01, threshold))
        folder = try TextFolder()
    }

    /// The key of a sentence.
    func key(_ text: String) -> MemoryKey { MemoryKey(text, folder: folder) }

    /// Looks up the exact matches of all `texts` in one query per 500 distinct keys.
    func prepareExact(_ texts: [String]) throws {
        let keys = texts.map { key($0).string }.filter { exact.index(forKey: $0) == nil }
        guard !keys.isEmpty else { return }
        queries += (Set(keys).count + 499) / 500
        let found = try memory.exactUnits(keys: keys)
        for keyString in keys {
            // updateValue: assigning a nil Hit? through the subscript would remove the key.
            exact.updateValue(
                found[keyString].map { stored in Hit(unit: stored.unit, key: key(stored.unit.source), score: 1) },
                forKey: keyString)
        }
    }

    /// The exact match of `text`, if any.
    func exactHit(_ text: String) throws -> Hit? {
        let keyString = key(text).string
        if let known = exact[keyString] { return known }
        try prepareExact([text])
        return exact[keyString] ?? nil
    }

    /// The most similar pair at or above the threshold (an exact match when there is one);
    /// ties go to the newer pair.
    func bestHit(_ text: String) throws -> Hit? {
        let sentenceKey = key(text)
        let keyString = sentenceKey.string
        if let known = fuzzy[keyString] { return known }
        var best: Hit? = try exactHit(text)
        if best == nil {
            if sentenceKey.count > 0 { queries += 1 }
            for candidate in try memory.fuzzyCandidates(key: sentenceKey, threshold: threshold) {
                let candidateKey = key(candidate.unit.source)
                guard
                    let score = CharacterDiff.similarity(
                        candidateKey.scalars, sentenceKey.scalars, threshold: threshold)
                else { continue }
                if let current = best {
                    let newer = (candidate.unit.created ?? .distantPast) > (current.unit.created ?? .distantPast)
                    guard score > current.score || (score == current.score && newer) else { continue }
                }
                best = Hit(unit: candidate.unit, key: candidateKey, score: score)
            }
        }
        fuzzy.updateValue(best, forKey: keyString)
        return best
    }

    /// The English line for a hit on `text`.
    func line(for hit: Hit, text: String) -> EnglishLine {
        let isExact = hit.score >= 1 && hit.key.scalars == key(text).scalars
        let differences =
            isExact
            ? []
            : CharacterDiff.differences(
                memory: hit.key, memoryText: hit.unit.source, sentence: key(text), sentenceText: text)
        let origin = hit.unit.origin ?? hit.unit.creationID
        return EnglishLine(
            text: hit.unit.target, origin: isExact ? .memoryExact : .memoryFuzzy, provider: memory.path,
            score: isExact ? 1 : (hit.score * 1000).rounded() / 1000,
            memoryMatch: MemoryMatch(source: hit.unit.source, differences: differences, origin: origin))
    }
}
