import DuizhaoCore
import DuizhaoText
import Foundation

/// Writes the two-column TSV that DeepL and Google Cloud Translation glossaries take:
/// `zh<TAB>en`, no header, no comments. Those services reject repeated source terms, so a
/// headword already written is left out (reported); DeepL's limit of 1024 UTF-8 bytes per
/// term is reported too.
public struct TwoColumnTSVWriter: Sendable {
    /// DeepL's limit on one term, in UTF-8 bytes.
    static let termByteLimit = 1024

    /// Creates a writer.
    public init() {}

    /// The file text and what had to be changed or left out.
    public func write(_ entries: [GlossaryEntry]) -> GlossaryExport {
        var log = DiagnosticLog()
        var text = ""
        var written: [String: String] = [:]
        for original in entries {
            let entry = NativeTSVWriter.fitted(original, formatName: "two-column TSV", nativeLists: false, log: &log)
            if let earlier = written[entry.zh] {
                log.add(
                    Diagnostic(
                        .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                        "zh '\(entry.zh)' was already written for entry '\(earlier)'; left out (glossary services reject repeated source terms)"
                    ))
                continue
            }
            for (field, value) in [("zh", entry.zh), ("en", entry.en)] where value.utf8.count > Self.termByteLimit {
                log.add(
                    Diagnostic(
                        .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                        "\(field) is \(value.utf8.count) UTF-8 bytes, over DeepL's limit of \(Self.termByteLimit)"))
            }
            written[entry.zh] = entry.id
            text += entry.zh + "\t" + entry.en + "\n"
        }
        return GlossaryExport(text: text, diagnostics: log.diagnostics)
    }
}
