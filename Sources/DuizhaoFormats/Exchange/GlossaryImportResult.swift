import DuizhaoCore
import DuizhaoText

/// Entries read from a glossary file in another format, with everything that could not be
/// mapped onto duizhao's model.
public struct GlossaryImportResult: Sendable, Equatable {
    /// The imported entries, in file order, each with its origin.
    public var entries: [GlossaryEntry]
    /// Unknown elements or columns, skipped entries, changed fields.
    public var diagnostics: [Diagnostic]
    /// The format the file was read as (never `.auto`).
    public var format: GlossaryImportFormat
}
