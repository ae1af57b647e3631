/// Gives a short English gloss for a Chinese word (a dictionary's first sense): what the
/// annotator needs from a dictionary.
public protocol WordGlosser {
    /// A short English gloss of `word`, or nil when the word is unknown.
    func gloss(_ word: String) -> String?
}

extension Dictionary: WordGlosser where Key == String, Value == String {
    /// The gloss stored under `word`.
    public func gloss(_ word: String) -> String? { self[word] }
}
