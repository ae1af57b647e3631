import Foundation

/// An approved sentence pair in a translation memory: a Chinese sentence, its English
/// translation, and where and when it came from.
public struct MemoryUnit: Hashable, Sendable {
    /// The Chinese sentence.
    public var source: String
    /// Its English translation.
    public var target: String
    /// The language tag of the source as the file wrote it (`zh-CN`, `zh-Hans`, `zh`).
    public var sourceLanguage: String
    /// The language tag of the target (`en`, `en-US`).
    public var targetLanguage: String
    /// Where the pair came from: the imported file, or the TSV's third column.
    public var origin: String?
    /// Who made it (TMX `creationid`), when known.
    public var creationID: String?
    /// When it was made (TMX `creationdate`); nil for the import time.
    public var created: Date?
    /// The glossary version the pair was approved with (a glossary fingerprint), when known.
    public var glossaryVersion: String?
    /// The 1-based line of the unit in its file, for messages; nil for stored units.
    public var line: Int?

    /// Creates a unit.
    public init(
        source: String, target: String, sourceLanguage: String = "zh-CN", targetLanguage: String = "en",
        origin: String? = nil,
        creationID: String? = nil, created: Date? = nil, glossaryVersion: String? = nil, line: Int? = nil
    ) {
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.origin = origin
        self.creationID = creationID
        self.created = created
        self.glossaryVersion = glossaryVersion
        self.line = line
    }
}
