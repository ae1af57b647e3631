import DuizhaoCore
import DuizhaoText

/// Makes field text fit a line-based format: tabs and line breaks (which would split a row)
/// become spaces, and every change is reported.
package struct FieldSanitizer {
    /// The format's name, used in messages (`native TSV`).
    var formatName: String
    /// Characters that split a row in the format.
    var forbidden: (Unicode.Scalar) -> Bool = FieldSanitizer.isTabOrLineBreak

    /// True for tab and every Unicode line break.
    package static func isTabOrLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `text` with forbidden characters replaced by spaces; a diagnostic is added when any were.
    func clean(_ text: String, field: String, entry: GlossaryEntry, log: inout DiagnosticLog) -> String {
        guard text.unicodeScalars.contains(where: forbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(forbidden(scalar) ? " " : scalar) }
        log.add(
            Diagnostic(
                .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                "\(field) contains a tab or line break, which \(formatName) cannot hold; replaced with spaces"))
        return String(scalars)
    }

    /// Cleans a list item and also replaces the list separator `|`, which would split the item.
    func cleanItem(_ text: String, field: String, entry: GlossaryEntry, log: inout DiagnosticLog) -> String {
        let cleaned = clean(text, field: field, entry: entry, log: &log)
        guard cleaned.contains(NativeFields.listSeparator) else { return cleaned }
        log.add(
            Diagnostic(
                .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                "\(field) item '\(cleaned)' contains '|', the item separator; replaced with '/'"))
        return cleaned.replacingOccurrences(of: "|", with: "/")
    }
}
