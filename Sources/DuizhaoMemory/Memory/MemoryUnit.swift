import Foundation

/// An approved sentence pair in a translation memory: a Chinese sentence, its English
/// translation, and where and when it came from.
public struct MemoryUnit: Hashable, Sendable {
    /// The Chinese sentence.
    public var source: String
    /// Its English translation.
    public var target: String
    /// The language tag of the source as the file wrote it (`zh-CN`, `zh-Hans`, `zh`).
    public var sourceLanguage: String = "zh-CN"
    /// The language tag of the target (`en`, `en-US`).
    public var targetLanguage: String = "en"
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
}
