import DuizhaoCore

/// The `terms` format: the glossary entries found in a document as TSV in the glossary's
/// own column layout (`id zh en en_alt variants full_form category status source note`)
/// plus `count`, in order of first occurrence. A `#` comment line names the document; the
/// file loads as a glossary (the loader skips `#` lines).
///
/// TBX output belongs beside this one as another ``DocumentRenderer`` over
/// `document.terms[].entry` (see ``OutputFormat``).
public struct TermsTSVRenderer: DocumentRenderer {
    /// The columns, in order.
    public static let columns = [
        "id", "zh", "en", "en_alt", "variants", "full_form", "category", "status", "source", "note", "count",
    ]

    /// Creates the renderer.
    public init() {}

    public var fileSuffix: String { ".terms.tsv" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        var out =
            "# Terms found in \(TSVField.clean(document.source.path)) (SHA-256 \(document.source.sha256)) by duizhao \(document.generator.version)\n"
        out += Self.columns.joined(separator: "\t") + "\n"
        for term in document.terms {
            let entry = term.entry
            let alternatives = entry.alternatives.map { alternative in
                alternative.status.map { "\(alternative.text) [\($0.rawValue)]" } ?? alternative.text
            }
            // A term the document defines is written as a proposal (a glossary file cannot say
            // document-defined; its source and note say where it comes from), so the file loads.
            let status = entry.status == .documentDefined ? GlossaryEntry.Status.proposed : entry.status
            let fields = [
                entry.id, entry.zh, entry.en, alternatives.joined(separator: "|"),
                entry.variants.joined(separator: "|"), entry.fullForm ?? "",
                entry.category, status.rawValue, entry.source, entry.note ?? "", String(term.count),
            ]
            out += fields.map(TSVField.clean).joined(separator: "\t") + "\n"
        }
        return out
    }
}
