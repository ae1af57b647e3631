import DuizhaoCore
import Foundation

/// Writes entries as RFC 4180 CSV with a header naming every native column (`id`, `zh`,
/// `en`, `en_alt`, `variants`, `full_form`, `category`, `status`, `source`, `note`,
/// `match`); list cells use the native `|` separator and ` [status]` suffixes.
public struct GlossaryCSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The file text and what had to be changed (list items containing `|`).
    public func write(_ entries: [GlossaryEntry]) -> GlossaryExport {
        var log = DiagnosticLog()
        var text = CSVCodec.record(GlossaryColumn.names)
        for entry in entries {
            var fitted = entry
            // CSV holds tabs and line breaks; only the `|` lists need fitting.
            let sanitizer = FieldSanitizer(formatName: "CSV", forbidden: { _ in false })
            fitted.alternatives = entry.alternatives.map {
                GlossaryEntry.Alternative(
                    sanitizer.cleanItem($0.text, field: "en_alt", entry: entry, log: &log), status: $0.status)
            }
            fitted.variants = entry.variants.map { sanitizer.cleanItem($0, field: "variants", entry: entry, log: &log) }
            text += CSVCodec.record(NativeFields.cells(of: fitted, columns: GlossaryColumn.names))
        }
        return GlossaryExport(text: text, diagnostics: log.diagnostics)
    }
}
