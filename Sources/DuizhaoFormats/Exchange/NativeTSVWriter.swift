import DuizhaoCore
import DuizhaoText
import Foundation

/// Writes entries in duizhao's native tab-separated format (`glossaries/README.md`): a header
/// row, then one entry per line. The `match` column is written only when some entry is
/// strict. Tabs and line breaks inside fields cannot be written; they become spaces and are
/// reported, as is anything else that would not read back the same.
public struct NativeTSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The file text and what had to be changed.
    public func write(_ entries: [GlossaryEntry]) -> GlossaryExport {
        var log = DiagnosticLog()
        let rows = entries.map { Self.fitted($0, formatName: "native TSV", nativeLists: true, log: &log) }
        var columns = GlossaryColumn.names
        if !rows.contains(where: { $0.match == .strict }) { columns.removeLast() }
        var text = columns.joined(separator: "\t") + "\n"
        for entry in rows {
            text += NativeFields.cells(of: entry, columns: columns).joined(separator: "\t") + "\n"
        }
        return GlossaryExport(text: text, diagnostics: log.diagnostics)
    }

    /// `entry` with every field made writable in a line-based format (no tabs or line breaks;
    /// with `nativeLists`, no `|` inside list items), reporting each change and anything that
    /// would read back differently.
    static func fitted(
        _ entry: GlossaryEntry, formatName: String, nativeLists: Bool, log: inout DiagnosticLog
    ) -> GlossaryEntry {
        let sanitizer = FieldSanitizer(formatName: formatName)
        var fitted = entry
        fitted.id = sanitizer.clean(entry.id, field: "id", entry: entry, log: &log)
        fitted.zh = sanitizer.clean(entry.zh, field: "zh", entry: entry, log: &log)
        fitted.en = sanitizer.clean(entry.en, field: "en", entry: entry, log: &log)
        fitted.alternatives = entry.alternatives.map { alternative in
            var copy = alternative
            guard nativeLists else {
                copy.text = sanitizer.clean(alternative.text, field: "en_alt", entry: entry, log: &log)
                return copy
            }
            copy.text = sanitizer.cleanItem(alternative.text, field: "en_alt", entry: entry, log: &log)
            if NativeFields.parseAlternative(copy.text).status != nil {
                log.add(
                    Diagnostic(
                        .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                        "en_alt item '\(copy.text)' ends in a bracketed status and will read back as one"))
            }
            return copy
        }
        fitted.variants = entry.variants.map {
            nativeLists
                ? sanitizer.cleanItem($0, field: "variants", entry: entry, log: &log)
                : sanitizer.clean($0, field: "variants", entry: entry, log: &log)
        }
        fitted.fullForm = entry.fullForm.map { sanitizer.clean($0, field: "full_form", entry: entry, log: &log) }
        fitted.category = sanitizer.clean(entry.category, field: "category", entry: entry, log: &log)
        fitted.source = sanitizer.clean(entry.source, field: "source", entry: entry, log: &log)
        fitted.note = entry.note.map { sanitizer.clean($0, field: "note", entry: entry, log: &log) }
        if fitted.id.hasPrefix("#") {
            log.add(
                Diagnostic(
                    .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                    "id starts with '#', so its line would read as a comment"))
        }
        for (field, value) in [("id", fitted.id), ("zh", fitted.zh), ("en", fitted.en), ("source", fitted.source)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            log.add(
                Diagnostic(
                    .warning, file: entry.origin?.file, line: entry.origin?.line,
                    entryID: entry.id.isEmpty ? nil : entry.id,
                    "\(field) is empty"))
        }
        return fitted
    }
}
