/// A knowledge source an annotation used (a glossary file, a dictionary), recorded in the
/// output so that a reader can tell which data produced it.
public struct ResourceInfo: Codable, Hashable, Sendable {
    /// What a resource is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A glossary file.
        case glossary
        /// A word dictionary (CC-CEDICT).
        case dictionary
        /// A translation memory.
        case translationMemory = "translation-memory"
        /// A machine translation engine.
        case machineTranslation = "machine-translation"
        /// A table of the English line (the sense table, the formula table).
        case lexicon
    }

    /// What it is.
    public var kind: Kind
    /// Its name or path.
    public var name: String
    /// The SHA-256 of its bytes, when it is a file.
    public var sha256: String?
    /// How many entries it holds, when known.
    public var entries: Int?

    /// Creates a resource description.
    public init(kind: Kind, name: String, sha256: String? = nil, entries: Int? = nil) {
        self.kind = kind
        self.name = name
        self.sha256 = sha256
        self.entries = entries
    }
}
