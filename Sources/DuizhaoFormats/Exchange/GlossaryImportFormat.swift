/// The formats a glossary can be imported from.
public enum GlossaryImportFormat: String, CaseIterable, Codable, Sendable {
    /// Tell the format from the file's content and name.
    case auto
    /// TBX v2 (`martif`) or v3 (`tbx`), with or without namespace, `tig` or `ntig/termGrp`.
    case tbx
    /// duizhao's own tab-separated format with a header row.
    case tsv
    /// OmegaT's glossary TSV: source, target, optional comment; no header.
    case omegat
    /// Two tab-separated columns, Chinese then English (DeepL, Google).
    case deepl
    /// CSV: with a header naming native columns, or positional Chinese, English, comment.
    case csv
}
