import DuizhaoCore
import DuizhaoText
import Foundation

/// Writes OmegaT's glossary TSV: a `# … -*- coding: utf-8 -*-` line, then `source<TAB>target<TAB>comment`
/// per line. Each entry gives one line for its headword, whose comment carries what the
/// columns cannot, in a form ``OmegaTReader`` reads back:
/// `status: official; source: …; category: …; also: B&R|…; do not use: One Belt, One Road; full form: …; note: …`
/// (alternatives as in the native `en_alt` column; deprecated ones only after "do not use",
/// never as a target); and one line per variant (`variant of <headword>`), so OmegaT also
/// finds Traditional and other written forms. An entry whose rendering itself is deprecated
/// is left out and reported: OmegaT would offer it as the target. OmegaT cannot hold tabs or
/// line breaks in a field: they become spaces and are reported.
public struct OmegaTWriter: Sendable {
    /// The comment that marks a variant's line.
    static let variantPrefix = "variant of "
    /// OmegaT's first line for a UTF-8 glossary.
    static let codingLine = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
    /// The comment's fields, in the order written; `note` comes last and may hold anything.
    enum CommentField: String, CaseIterable {
        case status, source, category, also
        case doNotUse = "do not use"
        case fullForm = "full form"
        case note

        var prefix: String { rawValue + ": " }
    }

    /// Creates a writer.
    public init() {}

    /// The file text and what had to be changed.
    public func write(_ entries: [GlossaryEntry]) -> GlossaryExport {
        var log = DiagnosticLog()
        var text = Self.codingLine + "\n"
        for original in entries {
            if original.status == .deprecated {
                log.add(
                    Diagnostic(
                        .warning, file: original.origin?.file, line: original.origin?.line, entryID: original.id,
                        "left out of the OmegaT glossary: its rendering is deprecated, and OmegaT would offer it as the target"
                    ))
                continue
            }
            let entry = NativeTSVWriter.fitted(original, formatName: "OmegaT TSV", nativeLists: true, log: &log)
            text += [entry.zh, entry.en, Self.comment(for: entry)].joined(separator: "\t") + "\n"
            for variant in entry.variants {
                text += [variant, entry.en, Self.variantPrefix + entry.zh].joined(separator: "\t") + "\n"
            }
        }
        return GlossaryExport(text: text, diagnostics: log.diagnostics)
    }

    /// `status: official; source: …; category: …; also: …; do not use: …; full form: …; note: …`.
    static func comment(for entry: GlossaryEntry) -> String {
        var parts = [
            CommentField.status.prefix + entry.status.rawValue, CommentField.source.prefix + entry.source,
            CommentField.category.prefix + entry.category,
        ]
        let accepted = entry.alternatives.filter { ($0.status ?? entry.status) != .deprecated }
        let avoided = entry.alternatives.filter { ($0.status ?? entry.status) == .deprecated }.map(\.text)
        if !accepted.isEmpty {
            parts.append(
                CommentField.also.prefix + NativeFields.formatAlternatives(accepted, entryStatus: entry.status))
        }
        if !avoided.isEmpty {
            parts.append(CommentField.doNotUse.prefix + avoided.joined(separator: String(NativeFields.listSeparator)))
        }
        if let fullForm = entry.fullForm { parts.append(CommentField.fullForm.prefix + fullForm) }
        if let note = entry.note { parts.append(CommentField.note.prefix + note) }
        return parts.joined(separator: "; ")
    }

    /// The fields of a comment as ``comment(for:)`` writes it; nil for any other comment.
    static func fields(ofComment comment: String) -> [CommentField: String]? {
        guard comment.hasPrefix(CommentField.status.prefix) else { return nil }
        var fields: [CommentField: String] = [:]
        var current: CommentField?
        var value = ""
        for piece in comment.components(separatedBy: "; ") {
            // A piece opening with a field's name starts that field, unless the note has begun.
            if current != .note, let field = CommentField.allCases.first(where: { piece.hasPrefix($0.prefix) }) {
                if let current { fields[current] = value }
                current = field
                value = String(piece.dropFirst(field.prefix.count))
            } else if current != nil {
                value += "; " + piece
            }
        }
        if let current { fields[current] = value }
        return fields
    }
}
