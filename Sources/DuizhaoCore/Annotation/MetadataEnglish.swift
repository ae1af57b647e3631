/// English lines for a document's metadata: the title by the official title formulas (never a
/// word-by-word gloss), the source glossed, names in pinyin, the document number in English.
/// A field is nil when the metadata lacks it or it has no Chinese to render.
public struct MetadataEnglish: Codable, Hashable, Sendable {
    /// The title.
    public var title: EnglishLine?
    /// The author (a transliteration).
    public var author: EnglishLine?
    /// The publishing source.
    public var source: EnglishLine?
    /// The responsible editor (a transliteration).
    public var editor: EnglishLine?
    /// The document number ingestion read (`Metadata.documentNumber`) in English (国办发〔2022〕35号
    /// → Guo Ban Fa [2022] No. 35, origin `formula`); its ``EnglishLine/provider`` holds the
    /// number as written.
    public var documentNumber: EnglishLine?
}
