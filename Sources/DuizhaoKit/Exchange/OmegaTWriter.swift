import Foundation

/// Writes OmegaT's glossary TSV: a `# … -*- coding: utf-8 -*-` line, then `source<TAB>target<TAB>comment`
/// per line. Each entry gives one line for its headword, with a comment carrying the
/// rendering's status and source, the alternatives (deprecated ones as "avoid") and the
/// note; and one line per variant (`variant of <headword>`), so OmegaT also finds
/// Traditional and other written forms. OmegaT cannot hold tabs or line breaks in a field:
/// they become spaces and are reported.
public struct OmegaTWriter: Sendable {
    /// The comment that marks a variant's line.
    static let variantPrefix = "variant of "
    /// OmegaT's first line for a UTF-8 glossary.
    static let codingLine = "# Glossary in tab-separated format -*- coding: utf-8 -*-"

    /// Creates a writer.
    public init() {}

    /// The file text and what had to be changed.
    public func write(_ entries: [GlossaryEntry]) -> GlossaryExport {
        var log = DiagnosticLog()
        var text = Self.codingLine + "\n"
        for original in entries {
            let entry = NativeTSVWriter.fitted(original, formatName: "OmegaT TSV", nativeLists: false, log: &log)
            text += [entry.zh, entry.en, Self.comment(for: entry)].joined(separator: "\t") + "\n"
            for variant in entry.variants {
                text += [variant, entry.en, Self.variantPrefix + entry.zh].joined(separator: "\t") + "\n"
            }
        }
        return GlossaryExport(text: text, diagnostics: log.diagnostics)
    }

    /// `official: <source>; also: …; avoid: …; note: …`.
    static func comment(for entry: GlossaryEntry) -> String {
        var parts = ["\(entry.status.rawValue): \(entry.source)"]
        let accepted = entry.alternatives.filter { ($0.status ?? entry.status) != .deprecated }.map(\.text)
        let avoided = entry.alternatives.filter { ($0.status ?? entry.status) == .deprecated }.map(\.text)
        if !accepted.isEmpty { parts.append("also: " + accepted.joined(separator: " / ")) }
        if !avoided.isEmpty { parts.append("avoid: " + avoided.joined(separator: " / ")) }
        if let fullForm = entry.fullForm { parts.append("full form: \(fullForm)") }
        if let note = entry.note { parts.append("note: \(note)") }
        return parts.joined(separator: "; ")
    }
}
