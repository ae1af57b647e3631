import DuizhaoCore
import DuizhaoText

/// The `brief` format, HTML: the English briefing of ``BriefMarkdownRenderer`` as one
/// self-contained page (no script, no network requests). All text is escaped.
public struct BriefHTMLRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public var fileSuffix: String { ".brief.html" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        let brief = Brief(document)
        let h = HTMLEscaping.escape
        func zh(_ text: String) -> String { "<span lang=\"zh-Hans\">\(h(text))</span>" }
        func line(_ english: EnglishLine?) -> String {
            guard let english, !english.text.isEmpty else { return "" }
            return h(english.text)
                + "<span class=\"badge\(english.origin.isTranslation ? " translation" : "")\">\(h(english.origin.label))</span>"
        }
        let categories = Set(document.terms.map(\.entry.category))
        let style = HTMLPage.baseStyle + "\n" + Self.style + "\n" + TermCategoryStyle.css(for: categories)
        var out = "<body>\n<header class=\"doc\">\n<h1>Briefing: \(zh(brief.title))</h1>\n"
        if let title = brief.titleEnglish, !title.text.isEmpty {
            out += "<p class=\"title-en\" lang=\"en\">\(line(title))</p>\n"
        }
        out += "<dl class=\"meta\">\n"
        for field in brief.fields {
            out += "<dt>\(field.label)</dt><dd>\(zh(field.chinese))"
            if let english = field.english { out += " — " + line(english) }
            out += "</dd>\n"
        }
        out +=
            "<dt>Source file</dt><dd>\(h(document.source.path)) · SHA-256 <code>\(h(document.source.sha256))</code> · \(h(document.source.encoding))</dd>\n</dl>\n"
        out += "<p class=\"notice\">\(h(brief.glossNotice))</p>\n</header>\n<main>\n"

        out += "<section><h2>Outline</h2>\n"
        if brief.outline.isEmpty { out += "<p>No numbered outline.</p>\n" }
        var depth = 0
        for item in brief.outline {
            let level = max(1, item.section.level)
            while depth < level { out += "<ul>\n"; depth += 1 }
            while depth > level { out += "</ul>\n"; depth -= 1 }
            out += "<li><strong>\(zh(item.section.numbering + item.section.heading))</strong>"
            if let english = item.english { out += " — " + line(english) }
            if !item.keyTerms.isEmpty {
                out +=
                    "<br><span class=\"keys\">Key terms: "
                    + item.keyTerms.map { term in
                        "<span class=\"chip \(TermCategoryStyle.className(term.entry.category))\">\(zh(term.headword)) \(h(term.english))</span>"
                    }.joined() + "</span>"
            }
            out += "</li>\n"
        }
        while depth > 0 { out += "</ul>\n"; depth -= 1 }
        out += "</section>\n"

        out += "<section><h2>Key terms</h2>\n"
        if brief.keyTerms.isEmpty {
            out += "<p>No glossary terms found.</p>\n"
        } else {
            out +=
                "<div class=\"table-wrap\"><table><thead><tr><th>Term</th><th>Pinyin</th><th>English</th><th>Category</th><th>Status</th><th>Source</th><th>Count</th><th>First context</th></tr></thead><tbody>\n"
            for key in brief.keyTerms {
                let term = key.term
                out +=
                    "<tr><td><span class=\"chip \(TermCategoryStyle.className(term.entry.category))\">\(zh(term.headword))</span></td><td class=\"py\">\(h(term.pinyin ?? ""))</td>"
                out +=
                    "<td>\(h(term.english))</td><td>\(h(term.entry.category))</td><td>\(term.entry.status.rawValue)</td><td class=\"source\">\(h(term.entry.source))</td><td class=\"num\">\(term.count)</td><td>\(zh(key.context))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
            if brief.moreTerms > 0 { out += "<p>\(brief.moreTerms) more terms are listed in the terms file.</p>\n" }
        }
        out += "</section>\n"

        out += "<section><h2>Programs and commitments</h2>\n"
        if brief.programs.isEmpty {
            out += "<p>No named programs, plans, reforms or slogans found.</p>\n"
        } else {
            out += "<ul>\n"
            for program in brief.programs {
                let term = program.term
                out +=
                    "<li><span class=\"chip \(TermCategoryStyle.className(term.entry.category))\">\(zh(term.headword))</span> \(h(term.english)) (\(h(term.entry.category)), \(term.entry.status.rawValue); \(term.count)×)"
                if !program.commitments.isEmpty {
                    out +=
                        ": "
                        + program.commitments.map {
                            "\(h($0.quantity.english)) (\(zh($0.quantity.surface)), sentence \($0.sentence.index + 1))"
                        }.joined(separator: "; ")
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"

        out += "<section><h2>Abbreviations</h2>\n"
        if brief.abbreviations.isEmpty {
            out += "<p>None found.</p>\n"
        } else {
            out +=
                "<div class=\"table-wrap\"><table><thead><tr><th>Abbreviation</th><th>Full form</th><th>English</th><th>Source</th></tr></thead><tbody>\n"
            for term in brief.abbreviations {
                out +=
                    "<tr><td>\(zh(term.headword))</td><td>\(zh(term.entry.fullForm ?? ""))</td><td>\(h(term.english))</td><td class=\"source\">\(h(term.entry.source)) (\(term.entry.status.rawValue))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "</section>\n"

        out += "<section><h2>Quantitative commitments</h2>\n"
        if brief.quantities.isEmpty {
            out += "<p>None found.</p>\n"
        } else {
            out += "<p>Targets (到…年, 力争, 预期目标, 左右, 以上) first, then results (过去一年, 完成, 增长…了), then other figures.</p>\n"
            out +=
                "<div class=\"table-wrap\"><table><thead><tr><th>Role</th><th>Year</th><th>Chinese</th><th>English</th><th>Kind</th><th>Sentence</th><th>Context</th></tr></thead><tbody>\n"
            for item in brief.quantities {
                let quantity = item.quantity
                out +=
                    "<tr><td>\(item.role.kind.rawValue)</td><td>\(h(item.role.year ?? ""))</td><td>\(zh(quantity.surface))</td><td><strong>\(h(quantity.english))</strong></td><td>\(quantity.kind.rawValue)</td>"
                out += "<td class=\"num\">\(item.sentence.index + 1)</td><td>\(zh(item.context))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "</section>\n"

        out += "<section><h2>Institutions and places</h2>\n"
        for (label, terms) in [("Institutions", brief.institutions), ("Places", brief.places)] {
            out += "<h3>\(label)</h3>\n"
            if terms.isEmpty { out += "<p>None found.</p>\n"; continue }
            out += "<ul>\n"
            for term in terms {
                out +=
                    "<li>\(zh(term.headword)) — \(h(term.english)) <span class=\"py\">(\(term.count)×; \(term.entry.status.rawValue); source: \(h(term.entry.source)))</span></li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"

        out += "<section><h2>Candidate terms for follow-up</h2>\n"
        if brief.candidates.isEmpty {
            out += "<p>None found.</p>\n"
        } else {
            out += "<p>Phrases that look like policy terms but are not in the glossary.</p>\n"
            out +=
                "<div class=\"table-wrap\"><table><thead><tr><th>Phrase</th><th>Pinyin</th><th>Why</th><th>Count</th><th>First context</th></tr></thead><tbody>\n"
            for item in brief.candidates {
                let candidate = item.candidate
                out +=
                    "<tr><td>\(zh(candidate.text))</td><td class=\"py\">\(h(candidate.pinyin ?? ""))</td><td>\(candidate.reasons.map(\.explanation).joined(separator: ", "))</td>"
                out += "<td class=\"num\">\(candidate.count)</td><td>\(zh(item.context))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "</section>\n</main>\n"
        out +=
            "<footer>Generated by duizhao \(h(document.generator.version)). Every glossary rendering names its source in the terms file and the parallel page.</footer>\n"
        let page = HTMLPage(
            title: "Briefing: " + brief.title + " — duizhao", language: "en", style: style, script: "", body: out,
            generator: "duizhao \(document.generator.version)")
        return page.render()
    }

    static let style = """
        main{max-width:70rem;margin:0 auto;padding:.5rem 2rem 2rem}
        main h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
        main h3{font-size:1rem;margin:1rem 0 .4rem}
        main ul{padding-left:1.2rem}
        main li{margin:.25rem 0}
        .keys{font-size:.85rem;color:var(--muted)}
        td.source{font-size:.8rem;color:var(--muted);max-width:16rem}
        """
}
