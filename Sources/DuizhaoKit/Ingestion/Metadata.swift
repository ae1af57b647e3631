/// What a document says about itself: title, byline and date.
public struct Metadata: Codable, Equatable, Sendable {
    /// The document's title.
    public var title: String?
    /// The author (作者).
    public var author: String?
    /// The publishing source (来源).
    public var source: String?
    /// The responsible editor (责任编辑).
    public var editor: String?
    /// The publication date, ISO 8601 (`2023-03-01`).
    public var date: String?

    /// Creates metadata.
    public init(title: String? = nil, author: String? = nil, source: String? = nil, editor: String? = nil, date: String? = nil) {
        self.title = title
        self.author = author
        self.source = source
        self.editor = editor
        self.date = date
    }

    /// Fills the fields this metadata lacks from `other`.
    public mutating func merge(_ other: Metadata) {
        title = title ?? other.title
        author = author ?? other.author
        source = source ?? other.source
        editor = editor ?? other.editor
        date = date ?? other.date
    }
}
