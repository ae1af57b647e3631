import DuizhaoCore
import DuizhaoText

/// The `brief` format, Markdown: an English briefing on a document. Title and metadata in
/// English (glossed or transliterated, and labelled so), the outline with each heading's
/// English line and key terms, a key-term table, abbreviations expanded, quantitative
/// commitments with the sentence each comes from, institutions and places, and candidate
/// terms the glossary did not know.
public struct BriefMarkdownRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public var fileSuffix: String { ".brief.md" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        let brief = Brief(document)
        func e(_ text: String) -> String { MarkdownEscaping.escape(text) }
        func line(_ english: EnglishLine?) -> String {
            guard let english, !english.text.isEmpty else { return "" }
            return e(english.text) + " _(" + english.origin.label + ")_"
        }
        var out = "# Briefing: " + e(brief.title) + "\n\n"
        if let title = brief.titleEnglish, !title.text.isEmpty { out += "**English title:** " + line(title) + "\n\n" }
        out += "| | Chinese | English |\n| --- | --- | --- |\n"
        for field in brief.fields {
            out += "| \(field.label) | \(e(field.chinese)) | \(field.english.map { line($0) } ?? e(field.chinese)) |\n"
        }
        out +=
            "| Source file | \(e(document.source.path)) | SHA-256 `\(document.source.sha256)`, \(e(document.source.encoding)) |\n\n"
        out += "> " + e(brief.glossNotice) + "\n\n"

        out += "## Outline\n\n"
        if brief.outline.isEmpty { out += "No numbered outline.\n\n" }
        for item in brief.outline {
            let indent = String(repeating: "  ", count: max(0, item.section.level - 1))
            out += indent + "- **" + e(item.section.numbering + item.section.heading) + "**"
            if let english = item.english { out += " — " + line(english) }
            out += "\n"
            if !item.keyTerms.isEmpty {
                out +=
                    indent + "  Key terms: "
                    + item.keyTerms.map { e($0.headword) + " (" + e($0.english) + ")" }.joined(separator: ", ") + "\n"
            }
        }
        if !brief.outline.isEmpty { out += "\n" }

        out += "## Key terms\n\n"
        if brief.keyTerms.isEmpty {
            out += "No glossary terms found.\n\n"
        } else {
            out +=
                "| Term | Pinyin | English | Category | Status | Source | Count | First context |\n| --- | --- | --- | --- | --- | --- | ---: | --- |\n"
            for key in brief.keyTerms {
                let term = key.term
                out +=
                    "| \(e(term.headword)) | \(e(term.pinyin ?? "")) | \(e(term.english)) | \(e(term.entry.category)) | \(term.entry.status.rawValue) | \(e(term.entry.source)) | \(term.count) | \(e(key.context)) |\n"
            }
            if brief.moreTerms > 0 { out += "\n\(brief.moreTerms) more terms are listed in the terms file.\n" }
            out += "\n"
        }

        out += "## Programs and commitments\n\n"
        if brief.programs.isEmpty {
            out += "No named programs, plans, reforms or slogans found.\n\n"
        } else {
            for program in brief.programs {
                let term = program.term
                out +=
                    "- **\(e(term.headword))** — \(e(term.english)) (\(e(term.entry.category)), \(term.entry.status.rawValue); \(term.count)×)"
                if program.commitments.isEmpty {
                    out += "\n"
                } else {
                    out +=
                        ": "
                        + program.commitments.map {
                            "\(e($0.quantity.english)) (\(e($0.quantity.surface)), sentence \($0.sentence.index + 1))"
                        }.joined(separator: "; ") + "\n"
                }
            }
            out += "\n"
        }

        out += "## Abbreviations\n\n"
        if brief.abbreviations.isEmpty {
            out += "None found.\n\n"
        } else {
            out += "| Abbreviation | Full form | English | Source |\n| --- | --- | --- | --- |\n"
            for term in brief.abbreviations {
                out +=
                    "| \(e(term.headword)) | \(e(term.entry.fullForm ?? "")) | \(e(term.english)) | \(e(term.entry.source)) (\(term.entry.status.rawValue)) |\n"
            }
            out += "\n"
        }

        out += "## Quantitative commitments\n\n"
        if brief.quantities.isEmpty {
            out += "None found.\n\n"
        } else {
            out += "Targets (到…年, 力争, 预期目标, 左右, 以上) first, then results (过去一年, 完成, 增长…了), then other figures.\n\n"
            out +=
                "| Role | Year | Chinese | English | Kind | Sentence | Context |\n| --- | --- | --- | --- | --- | ---: | --- |\n"
            for item in brief.quantities {
                let quantity = item.quantity
                out +=
                    "| \(item.role.kind.rawValue) | \(e(item.role.year ?? "")) | \(e(quantity.surface)) | \(e(quantity.english)) | \(quantity.kind.rawValue) | \(item.sentence.index + 1) | \(e(item.context)) |\n"
            }
            out += "\n"
        }

        out += "## Institutions and places\n\n"
        for (label, terms) in [("Institutions", brief.institutions), ("Places", brief.places)] {
            out += "### \(label)\n\n"
            if terms.isEmpty { out += "None found.\n\n"; continue }
            for term in terms {
                out +=
                    "- \(e(term.headword)) — \(e(term.english)) (\(term.count)×; \(term.entry.status.rawValue); source: \(e(term.entry.source)))\n"
            }
            out += "\n"
        }

        out += "## Candidate terms for follow-up\n\n"
        if brief.candidates.isEmpty {
            out += "None found.\n\n"
        } else {
            out += "Phrases that look like policy terms but are not in the glossary.\n\n"
            out += "| Phrase | Pinyin | Why | Count | First context |\n| --- | --- | --- | ---: | --- |\n"
            for item in brief.candidates {
                let candidate = item.candidate
                let why = candidate.reasons.map(\.explanation).joined(separator: ", ")
                out +=
                    "| \(e(candidate.text)) | \(e(candidate.pinyin ?? "")) | \(why) | \(candidate.count) | \(e(item.context)) |\n"
            }
            out += "\n"
        }
        out += "---\n\nGenerated by duizhao \(e(document.generator.version)).\n"
        return out
    }
}
