import Foundation

/// Keeps machine translations so that a rerun sends no request for sentences already
/// translated. The machine translator calls it from several threads at once: conforming
/// types must be thread-safe.
///
/// Keys (made by the translation layer) change with the endpoint, the model,
/// the prompt version, the sentence and its required renderings, so an entry is only reused
/// for exactly the same request. The stored text is the raw translation; it is verified
/// again whenever it is used.
public protocol MachineTranslationCache: Sendable {
    /// The translation stored under `key`, nil when there is none.
    func cachedTranslation(forKey key: String) -> String?
    /// Stores `translation` under `key`; `model` and `endpoint` name what made it (for
    /// stores that keep provenance).
    func storeTranslation(_ translation: String, forKey key: String, model: String, endpoint: String)
}

/// A ``MachineTranslationCache`` in memory, for one process: repeated sentences (within a
/// document, across the documents of a run) are translated once.
public final class InMemoryMachineTranslationCache: MachineTranslationCache, @unchecked Sendable {
    private var entries: [String: String] = [:]
    private let lock = NSLock()

    /// Creates an empty cache.
    public init() {}

    /// The number of translations stored.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    public func cachedTranslation(forKey key: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    public func storeTranslation(_ translation: String, forKey key: String, model: String, endpoint: String) {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = translation
    }
}
