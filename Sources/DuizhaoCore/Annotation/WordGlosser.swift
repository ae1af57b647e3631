/// Gives a short English gloss for a Chinese word (a dictionary's first sense): what the
/// annotator needs from a dictionary.
public protocol WordGlosser {
    /// A short English gloss of `word`, or nil when the word is unknown.
    func gloss(_ word: String) -> String?
    /// A glosser giving the same glosses that another thread may use alongside this one
    /// (a copy with its own caches); value types return themselves.
    func forAnotherThread() -> any WordGlosser
}

extension WordGlosser {
    public func forAnotherThread() -> any WordGlosser { self }
}

extension Dictionary: WordGlosser where Key == String, Value == String {
    /// The gloss stored under `word`.
    public func gloss(_ word: String) -> String? { self[word] }
}
