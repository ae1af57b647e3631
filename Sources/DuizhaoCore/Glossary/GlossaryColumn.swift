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

    /// The column's position in `allCases`, for array-indexed storage.
    var ordinal: Int {
        switch self {
        case .id: return 0
        case .zh: return 1
        case .en: return 2
        case .enAlt: return 3
        case .variants: return 4
        case .fullForm: return 5
        case .category: return 6
        case .status: return 7
        case .source: return 8
        case .note: return 9
        case .match: return 10
        }
    }

    /// Columns every file must have.
    public static let required: [GlossaryColumn] = [.id, .zh, .en, .source]

    /// The categories the format defines; others load with a warning.
    public static let categories: [String] = [
        "program", "reform", "slogan", "concept", "institution", "place", "zone", "law", "plan", "field", "event",
        "organization", "title", "general",
    ]
}
