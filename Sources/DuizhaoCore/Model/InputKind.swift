/// The kinds of input document duizhao reads.
public enum InputKind: String, Codable, Sendable, CaseIterable {
    /// Plain text: one paragraph per line.
    case text
    /// Markdown: markup is stripped, YAML front matter feeds the metadata.
    case markdown
    /// An HTML page: scripts, styles and page chrome are dropped, blocks become paragraphs.
    case html

    /// The kind a file name implies (`.md`, `.markdown`, `.html`, `.htm`; anything else is text).
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else {
            self = .text
        }
    }

    /// The file extensions of this kind, for folder scans.
    public var fileExtensions: [String] {
        switch self {
        case .text: return ["txt", "text"]
        case .markdown: return ["md", "markdown"]
        case .html: return ["html", "htm", "xhtml"]
        }
    }
}
