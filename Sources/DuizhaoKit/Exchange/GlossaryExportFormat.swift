/// The formats a glossary can be exported to.
public enum GlossaryExportFormat: String, CaseIterable, Codable, Sendable {
    /// TBX-Basic v3 (ISO 30042:2019, DCA style, `conceptEntry/langSec/termSec`).
    case tbx
    /// TBX v2 (ISO 30042:2008, `martif`, `termEntry/langSet/tig`): the version OmegaT reads.
    case tbx2
    /// duizhao's own tab-separated format (see `glossaries/README.md`).
    case tsv
    /// OmegaT's headerless glossary TSV: source, target, comment.
    case omegat
    /// Two columns, Chinese then English, no header: DeepL and Google Cloud Translation glossaries.
    case deepl
    /// Comma-separated values (RFC 4180) with a header naming every native column.
    case csv

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .tbx, .tbx2: return "tbx"
        case .tsv, .deepl: return "tsv"
        case .omegat: return "txt"
        case .csv: return "csv"
        }
    }
}
