import DuizhaoCore
import DuizhaoText

/// Reports as CommonMark with GitHub tables. Every text from documents and glossaries is
/// escaped, so a cell can never break its table; titles are duizhao's own and are not.
package struct MarkdownReportMarkup: ReportMarkup {
    package init() {}

    package func text(_ text: String) -> String { MarkdownEscaping.escape(text) }

    package func chinese(_ text: String) -> String { MarkdownEscaping.escape(text) }

    package func english(_ line: EnglishLine?) -> String {
        guard let line, !line.text.isEmpty else { return "" }
        return MarkdownEscaping.escape(line.text) + " _(" + line.origin.label + ")_"
    }

    package func term(_ headword: String, category: String) -> String { MarkdownEscaping.escape(headword) }

    package func lead(_ headword: String, category: String) -> String {
        "**" + MarkdownEscaping.escape(headword) + "** — "
    }

    package func muted(_ markup: String) -> String { markup }

    package func strong(_ markup: String) -> String { "**\(markup)**" }

    package func code(_ text: String) -> String { "`" + String(text.map { $0 == "`" ? "'" : $0 }) + "`" }

    package func alert(_ markup: String) -> String { markup }

    package func section(_ title: String) -> String { "## \(title)\n\n" }

    package func endSection() -> String { "" }

    package func subheading(_ title: String) -> String { "### \(title)\n\n" }

    package func paragraph(_ markup: String) -> String { markup + "\n\n" }

    package func table(_ columns: [ReportColumn], rows: [[String]]) -> String {
        var out = "| " + columns.map(\.title).joined(separator: " | ") + " |\n"
        out += "| " + columns.map { $0.kind == .number ? "---:" : "---" }.joined(separator: " | ") + " |\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    package func list(_ items: [String]) -> String { items.map { "- \($0)\n" }.joined() + "\n" }
}
