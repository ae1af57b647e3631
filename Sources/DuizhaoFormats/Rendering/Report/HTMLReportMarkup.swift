import DuizhaoCore
import DuizhaoText

/// Reports as HTML body content, for a page framed by ``HTMLPage`` with
/// ``HTMLPage/baseStyle``. Every text is escaped.
package struct HTMLReportMarkup: ReportMarkup {
    package init() {}

    package func text(_ text: String) -> String { HTMLEscaping.escape(text) }

    package func chinese(_ text: String) -> String { "<span lang=\"zh-Hans\">\(HTMLEscaping.escape(text))</span>" }

    package func english(_ line: EnglishLine?) -> String {
        guard let line, !line.text.isEmpty else { return "" }
        let kind = line.origin.isTranslation ? " translation" : ""
        return HTMLEscaping.escape(line.text)
            + "<span class=\"badge\(kind)\">\(HTMLEscaping.escape(line.origin.label))</span>"
    }

    package func term(_ headword: String, category: String) -> String {
        "<span class=\"chip \(TermCategoryStyle.className(category))\">\(chinese(headword))</span>"
    }

    package func lead(_ headword: String, category: String) -> String { term(headword, category: category) + " " }

    package func muted(_ markup: String) -> String { "<span class=\"py\">\(markup)</span>" }

    package func strong(_ markup: String) -> String { "<strong>\(markup)</strong>" }

    package func code(_ text: String) -> String { "<code>\(HTMLEscaping.escape(text))</code>" }

    package func alert(_ markup: String) -> String { "<span class=\"alert\">\(markup)</span>" }

    package func section(_ title: String) -> String { "<section><h2>\(HTMLEscaping.escape(title))</h2>\n" }

    package func endSection() -> String { "</section>\n" }

    package func subheading(_ title: String) -> String { "<h3>\(HTMLEscaping.escape(title))</h3>\n" }

    package func paragraph(_ markup: String) -> String { "<p>\(markup)</p>\n" }

    package func table(_ columns: [ReportColumn], rows: [[String]]) -> String {
        var out = "<div class=\"table-wrap\"><table><thead><tr>"
        for column in columns { out += "<th>\(HTMLEscaping.escape(column.title))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>"
            for (column, cell) in zip(columns, row) {
                switch column.kind {
                case .text: out += "<td>\(cell)</td>"
                case .number: out += "<td class=\"num\">\(cell)</td>"
                case .pinyin: out += "<td class=\"py\">\(cell)</td>"
                case .source: out += "<td class=\"source\">\(cell)</td>"
                case .emphasis: out += "<td><strong>\(cell)</strong></td>"
                case .alert: out += "<td class=\"alert\">\(cell)</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    package func list(_ items: [String]) -> String {
        "<ul>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }

    /// Styles of report pages beyond ``HTMLPage/baseStyle``.
    package static let style = """
        main{max-width:70rem;margin:0 auto;padding:.5rem 2rem 2rem}
        main h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
        main h3{font-size:1rem;margin:1rem 0 .4rem}
        main ul{padding-left:1.2rem}
        main li{margin:.25rem 0}
        .keys{font-size:.85rem;color:var(--muted)}
        td.source{font-size:.8rem;color:var(--muted);max-width:16rem}
        """

    /// The style of ``alert(_:)`` and of alert columns, for pages that use them.
    package static let alertStyle = ".alert{color:#b42318}"
}
