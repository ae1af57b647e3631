import DuizhaoCore
import DuizhaoText

/// The `md` format: parallel Markdown following the outline. Each sentence in Chinese with
/// its terms in bold and their English in brackets, its English line under it (labelled
/// with its origin), and a term table at the end. Source text is escaped, so nothing in a
/// document turns into Markdown markup.
public struct ParallelMarkdownRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public var fileSuffix: String { ".md" }

    /// The size from which the text gathered is handed to the sink (about a megabyte).
    var chunkBytes = 1 << 20

    public func render(_ document: AnnotatedDocument) throws -> String { try streamedText(of: document) }

    /// Streams the Markdown: its paragraphs, the bulk of a long document's file, go to `sink`
    /// in pieces of about a megabyte instead of being held whole.
    public func write(_ document: AnnotatedDocument, to sink: ([UInt8]) throws -> Void) throws {
        var out = ""
        func flush(from size: Int) throws {
            guard !out.isEmpty, out.utf8.count >= size else { return }
            try sink(Array(out.utf8))
            out = ""
        }
        let bySentence = document.sentencesByParagraph
        // A title may stand on several lines (`高举……旗帜` / `为……而团结奋斗`): one heading.
        let titleParagraphs = Set(document.paragraphs.filter { $0.role == .title }.map(\.index))
        let titleSentences = titleParagraphs.sorted().flatMap { bySentence[$0] ?? [] }
        if !titleSentences.isEmpty {
            out += "# " + titleSentences.map(chinese).joined(separator: " ") + "\n\n"
            for sentence in titleSentences { out += english(sentence.english) }
        } else {
            out += "# " + MarkdownEscaping.escape(document.displayTitle) + "\n\n"
            if let line = document.metadataEnglish.title { out += english(line) }
        }
        out += metadata(document)

        for paragraph in document.paragraphs where !titleParagraphs.contains(paragraph.index) {
            try flush(from: chunkBytes)
            let sentences = bySentence[paragraph.index] ?? []
            if paragraph.role == .heading {
                let level = document.sections(startingAt: paragraph).last?.level ?? 1
                out += String(repeating: "#", count: min(6, level + 1)) + " " + sentences.map(chinese).joined() + "\n\n"
                for sentence in sentences { out += english(sentence.english) }
                continue
            }
            for section in document.sections(startingAt: paragraph) {
                let heading = MarkdownEscaping.escape(section.numbering + section.heading)
                out += String(repeating: "#", count: min(6, section.level + 1)) + " " + heading + "\n\n"
                if !section.english.text.isEmpty { out += english(section.english) }
            }
            if let original = paragraph.duplicateOf {
                out += "_Repeats paragraph \(original + 1)._\n\n"
            }
            for sentence in sentences {
                out += chinese(sentence) + "\n\n"
                out += english(sentence.english)
            }
        }
        out += termTable(document)
        if !document.removed.isEmpty {
            out += "## Removed from the page\n\n"
            for removed in document.removed {
                out +=
                    "- line \(removed.line), \(removed.kind.rawValue): " + MarkdownEscaping.escape(removed.text) + "\n"
            }
            out += "\n"
        }
        try flush(from: 0)
    }

    /// The sentence in Chinese, terms in bold followed by their English in brackets.
    func chinese(_ sentence: AnnotatedSentence) -> String {
        var out = ""
        var previous: Character?
        for piece in sentence.pieces {
            if let token = piece.token, token.kind == .term, let term = sentence.term(at: token.span) {
                // Emphasis must open after a space or punctuation when the term starts with
                // punctuation (“三网”融合), or CommonMark does not see it.
                if let first = piece.text.first, first.isPunctuation, let previous, !previous.isWhitespace,
                    !previous.isPunctuation
                {
                    out += " "
                }
                out +=
                    "**" + MarkdownEscaping.escape(piece.text, lineStart: false) + "** ["
                    + MarkdownEscaping.escape(term.english, lineStart: false) + "]"
                previous = "]"
            } else {
                out += MarkdownEscaping.escape(piece.text, lineStart: out.isEmpty)
                previous = piece.text.last ?? previous
            }
        }
        return out
    }

    func english(_ line: EnglishLine) -> String {
        var out = "> " + MarkdownEscaping.escape(line.text) + " _(" + line.label + ")_\n"
        if let match = line.memoryMatch, !match.differences.isEmpty {
            // What differs from the memory's source: ~~only in the memory~~, **only in this sentence**.
            out +=
                ">\n> Memory source: "
                + match.differences.map { piece -> String in
                    let text = MarkdownEscaping.escape(piece.text, lineStart: false)
                    switch piece.kind {
                    case .same: return text
                    case .memoryOnly: return "~~" + text + "~~"
                    case .sentenceOnly: return "**" + text + "**"
                    }
                }.joined() + "\n"
        }
        for issue in line.issues ?? [] {
            out +=
                ">\n> **Issue** (" + issue.kind.rawValue + "): "
                + MarkdownEscaping.escape(issue.message, lineStart: false) + "\n"
        }
        return out + "\n"
    }

    func metadata(_ document: AnnotatedDocument) -> String {
        var lines: [String] = []
        let source = document.source
        lines.append(
            "- Source: " + MarkdownEscaping.escape(source.path)
                + " (\(source.kind.rawValue), \(MarkdownEscaping.escape(source.encoding)), \(source.bytes) bytes)")
        lines.append("- SHA-256: `\(source.sha256)`")
        for (label, value, line) in document.metadataFields {
            var text = "- \(label): " + MarkdownEscaping.escape(value)
            if let line { text += " (" + MarkdownEscaping.escape(line.text) + ", " + line.origin.label + ")" }
            lines.append(text)
        }
        if document.allGloss {
            lines.append(
                "- English lines marked _gloss_ are word-by-word glosses (glossary renderings, dictionary senses, pinyin), not translations."
            )
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    func termTable(_ document: AnnotatedDocument) -> String {
        var out = "## Terms\n\n"
        guard !document.terms.isEmpty else { return out + "No glossary terms found.\n\n" }
        out += "| Term | Pinyin | English | Category | Status | Count | First in | Source |\n"
        out += "| --- | --- | --- | --- | --- | ---: | ---: | --- |\n"
        for term in document.terms {
            let cells = [
                term.headword, term.pinyin ?? "", term.english, term.entry.category, term.entry.status.rawValue,
                String(term.count),
                "sentence \(term.firstSentence + 1)", term.entry.source,
            ]
            out += "| " + cells.map { MarkdownEscaping.escape($0) }.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }
}
