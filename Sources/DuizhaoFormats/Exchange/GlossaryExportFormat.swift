/// The formats a glossary can be exported to.
public enum GlossaryExportFormat: String, CaseIterable, Codable, Sendable {
    /// TBX v2 / TBX-Basic 2008 (ISO 30042:2008, `martif`, `termEntry/langSet/tig`): what CAT
    /// tools read (OmegaT, translate-toolkit, Weblate); deprecated renderings only in a
    /// "Do not use" note. `tbx2` names it too.
    case tbx
    /// TBX-Basic v3 (ISO 30042:2019, DCA style, `conceptEntry/langSec/termSec`), with
    /// deprecated renderings as marked terms.
    case tbx3
    /// duizhao's own tab-separated format (see `glossaries/README.md`).
    case tsv
    /// OmegaT's headerless glossary TSV: source, target, comment.
    case omegat
    /// Two columns, Chinese then English, no header: DeepL and Google Cloud Translation glossaries.
    case deepl
    /// Comma-separated values (RFC 4180) with a header naming every native column.
    case csv

    /// The format a name given on the command line means: the raw values, and `tbx2` for
    /// ``tbx``.
    public init?(name: String) {
        if name.lowercased() == "tbx2" {
            self = .tbx
        } else if let format = GlossaryExportFormat(rawValue: name.lowercased()) {
            self = format
        } else {
            return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .tbx, .tbx3: return "tbx"
        case .tsv, .deepl: return "tsv"
        case .omegat: return "txt"
        case .csv: return "csv"
        }
    }
}
