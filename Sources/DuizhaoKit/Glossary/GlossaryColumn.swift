/// The columns of a native glossary file (`glossaries/README.md`).
public enum GlossaryColumn: String, CaseIterable, Codable, Sendable {
    case id
    case zh
    case en
    case enAlt = "en_alt"
    case variants
    case fullForm = "full_form"
    case category
    case status
    case source
    case note
    case match

    /// Columns every file must have.
    public static let required: [GlossaryColumn] = [.id, .zh, .en, .source]

    /// The categories the format defines; others load with a warning.
    public static let categories: [String] = [
        "program", "reform", "slogan", "concept", "institution", "place", "zone", "law", "plan", "field", "event",
        "organization", "title", "general",
    ]
}
