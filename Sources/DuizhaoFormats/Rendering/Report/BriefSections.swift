import DuizhaoCore

/// What a brief needs beyond ``ReportMarkup``: its outline, which HTML nests and Markdown
/// indents.
protocol BriefMarkup: ReportMarkup {
    /// The outline entries with their English and key terms.
    func outline(_ items: [Brief.OutlineItem]) -> String
}

extension Brief {
    /// The brief's sections after its header: outline, key terms, programs, abbreviations,
    /// quantities, institutions and places, candidate terms. Both brief formats write them
    /// from here.
    func sections(_ m: some BriefMarkup) -> String {
        var out = m.section("Outline")
        if outline.isEmpty { out += m.paragraph("No numbered outline.") }
        out += m.outline(outline) + m.endSection()
        out += keyTermSection(m) + programSection(m) + abbreviationSection(m) + quantitySection(m)
        out += nameSection(m) + candidateSection(m)
        return out
    }

    private func keyTermSection(_ m: some BriefMarkup) -> String {
        var out = m.section("Key terms")
        guard !keyTerms.isEmpty else { return out + m.paragraph("No glossary terms found.") + m.endSection() }
        let columns = [
            ReportColumn("Term"), ReportColumn("Pinyin", .pinyin), ReportColumn("English"), ReportColumn("Category"),
            ReportColumn("Status"), ReportColumn("Source", .source), ReportColumn("Count", .number),
            ReportColumn("First context"),
        ]
        out += m.table(
            columns,
            rows: keyTerms.map { key in
                let term = key.term
                return [
                    m.term(term.headword, category: term.entry.category), m.text(term.pinyin ?? ""),
                    m.text(term.english), m.text(term.entry.category), term.entry.status.rawValue,
                    m.text(term.entry.source), String(term.count), m.chinese(key.context),
                ]
            })
        if moreTerms > 0 { out += m.paragraph("\(moreTerms) more terms are listed in the terms file.") }
        return out + m.endSection()
    }

    private func programSection(_ m: some BriefMarkup) -> String {
        let out = m.section("Programs and commitments")
        guard !programs.isEmpty else {
            return out + m.paragraph("No named programs, plans, reforms or slogans found.") + m.endSection()
        }
        let items = programs.map { program in
            let term = program.term
            var item = m.lead(term.headword, category: term.entry.category) + m.text(term.english)
            item += " (\(m.text(term.entry.category)), \(term.entry.status.rawValue); \(term.count)×)"
            if !program.commitments.isEmpty {
                item +=
                    ": "
                    + program.commitments.map {
                        "\(m.text($0.quantity.english)) (\(m.chinese($0.quantity.surface)), sentence \($0.sentence.index + 1))"
                    }.joined(separator: "; ")
            }
            return item
        }
        return out + m.list(items) + m.endSection()
    }

    private func abbreviationSection(_ m: some BriefMarkup) -> String {
        let out = m.section("Abbreviations")
        guard !abbreviations.isEmpty else { return out + m.paragraph("None found.") + m.endSection() }
        let columns = [
            ReportColumn("Abbreviation"), ReportColumn("Full form"), ReportColumn("English"),
            ReportColumn("Source", .source),
        ]
        let rows = abbreviations.map { term in
            [
                m.chinese(term.headword), m.chinese(term.entry.fullForm ?? ""), m.text(term.english),
                "\(m.text(term.entry.source)) (\(term.entry.status.rawValue))",
            ]
        }
        return out + m.table(columns, rows: rows) + m.endSection()
    }

    private func quantitySection(_ m: some BriefMarkup) -> String {
        var out = m.section("Quantitative commitments")
        guard !quantities.isEmpty else { return out + m.paragraph("None found.") + m.endSection() }
        out += m.paragraph(
            "Targets (到…年, 力争, 预期目标, 左右, 以上) first, then results (过去一年, 完成, 增长…了), then other figures.")
        let columns = [
            ReportColumn("Role"), ReportColumn("Year"), ReportColumn("Chinese"), ReportColumn("English", .emphasis),
            ReportColumn("Kind"), ReportColumn("Sentence", .number), ReportColumn("Context"),
        ]
        let rows = quantities.map { item in
            [
                item.role.kind.rawValue, m.text(item.role.year ?? ""), m.chinese(item.quantity.surface),
                m.text(item.quantity.english), item.quantity.kind.rawValue, String(item.sentence.index + 1),
                m.chinese(item.context),
            ]
        }
        return out + m.table(columns, rows: rows) + m.endSection()
    }

    private func nameSection(_ m: some BriefMarkup) -> String {
        var out = m.section("Institutions and places")
        for (label, terms) in [("Institutions", institutions), ("Places", places)] {
            out += m.subheading(label)
            if terms.isEmpty {
                out += m.paragraph("None found.")
                continue
            }
            out += m.list(
                terms.map { term in
                    let note = "(\(term.count)×; \(term.entry.status.rawValue); source: \(m.text(term.entry.source)))"
                    return "\(m.chinese(term.headword)) — \(m.text(term.english)) \(m.muted(note))"
                })
        }
        return out + m.endSection()
    }

    private func candidateSection(_ m: some BriefMarkup) -> String {
        var out = m.section("Candidate terms for follow-up")
        guard !candidates.isEmpty else { return out + m.paragraph("None found.") + m.endSection() }
        out += m.paragraph("Phrases that look like policy terms but are not in the glossary.")
        let columns = [
            ReportColumn("Phrase"), ReportColumn("Pinyin", .pinyin), ReportColumn("Why"),
            ReportColumn("Count", .number),
            ReportColumn("First context"),
        ]
        let rows = candidates.map { item in
            let candidate = item.candidate
            return [
                m.chinese(candidate.text), m.text(candidate.pinyin ?? ""),
                candidate.reasons.map(\.explanation).joined(separator: ", "), String(candidate.count),
                m.chinese(item.context),
            ]
        }
        return out + m.table(columns, rows: rows) + m.endSection()
    }
}

extension HTMLReportMarkup: BriefMarkup {
    /// Nested lists, one level per outline level; key terms as chips under the heading.
    func outline(_ items: [Brief.OutlineItem]) -> String {
        var out = ""
        var depth = 0
        for item in items {
            let level = max(1, item.section.level)
            while depth < level {
                out += "<ul>\n"
                depth += 1
            }
            while depth > level {
                out += "</ul>\n"
                depth -= 1
            }
            out += "<li>" + strong(chinese(item.section.numbering + item.section.heading))
            if let english = item.english { out += " — " + self.english(english) }
            if !item.keyTerms.isEmpty {
                let chips = item.keyTerms.map { term in
                    "<span class=\"chip \(TermCategoryStyle.className(term.entry.category))\">\(chinese(term.headword)) \(text(term.english))</span>"
                }
                out += "<br><span class=\"keys\">Key terms: " + chips.joined() + "</span>"
            }
            out += "</li>\n"
        }
        return out + String(repeating: "</ul>\n", count: depth)
    }
}

extension MarkdownReportMarkup: BriefMarkup {
    /// One list, indented by outline level; key terms on a line under the heading.
    func outline(_ items: [Brief.OutlineItem]) -> String {
        var out = ""
        for item in items {
            let indent = String(repeating: "  ", count: max(0, item.section.level - 1))
            out += indent + "- " + strong(chinese(item.section.numbering + item.section.heading))
            if let english = item.english { out += " — " + self.english(english) }
            out += "\n"
            if !item.keyTerms.isEmpty {
                let terms = item.keyTerms.map { chinese($0.headword) + " (" + text($0.english) + ")" }
                out += indent + "  Key terms: " + terms.joined(separator: ", ") + "\n"
            }
        }
        return items.isEmpty ? "" : out + "\n"
    }
}
