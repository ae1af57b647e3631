/// The translation memory entry behind an English line: its source sentence and how that
/// differs, character by character, from the sentence being translated.
public struct MemoryMatch: Codable, Hashable, Sendable {
    /// A stretch of text in the comparison of the memory's source with the sentence.
    public struct Difference: Codable, Hashable, Sendable {
        /// Which side a stretch belongs to.
        public enum Kind: String, Codable, Sendable {
            /// In both.
            case same
            /// Only in the memory's source sentence (the sentence lacks it).
            case memoryOnly = "memory-only"
            /// Only in the sentence being translated (the memory lacks it).
            case sentenceOnly = "sentence-only"
        }

        /// Which side.
        public var kind: Kind
        /// The text.
        public var text: String

        /// Creates a stretch.
        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The memory's source sentence.
    public var source: String
    /// The memory's source against the sentence, in order; empty for an exact match.
    public var differences: [Difference]
    /// Where the entry came from (the imported file, or its `creationid`), when known.
    public var origin: String?

    /// Creates a match.
    public init(source: String, differences: [Difference] = [], origin: String? = nil) {
        self.source = source
        self.differences = differences
        self.origin = origin
    }
}
