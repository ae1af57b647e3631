/// The schema of duizhao's native glossary format (`glossaries/README.md`): its columns, the
/// ones a file must have, and its categories. The one list both readers use: loading and
/// `glossary validate` (``GlossaryTSVParser``, strict) and `glossary import`
/// (``NativeTSVReader``, lenient: it supplies a missing source), and the writers.
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

    /// Columns a file must have to be imported: the import gives entries without a source
    /// `imported from <file>`.
    public static let requiredToImport: [GlossaryColumn] = [.id, .zh, .en]

    /// The column names, in the order the writers use. `match` is written only when needed.
    package static let names: [String] = allCases.map(\.rawValue)

    /// The categories the format defines; others load with a warning.
    public static let categories: [String] = [
        "program", "reform", "slogan", "concept", "institution", "place", "zone", "law", "plan", "field", "event",
        "organization", "title", "general",
    ]
}
