/// English lines for a document's metadata: the title and source glossed, names in pinyin.
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

    /// Creates metadata lines.
    public init(title: EnglishLine? = nil, author: EnglishLine? = nil, source: EnglishLine? = nil, editor: EnglishLine? = nil) {
        self.title = title
        self.author = author
        self.source = source
        self.editor = editor
    }
}
