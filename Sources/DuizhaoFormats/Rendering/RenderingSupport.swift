import DuizhaoCore
import DuizhaoText

/// Helpers shared by the renderers.

extension EnglishLine.Origin {
    /// A short label for readers (`gloss`, `machine translation`).
    public var label: String {
        switch self {
        case .gloss: return "gloss"
        case .transliteration: return "transliteration"
        case .formula: return "official formula"
        case .memoryExact: return "translation memory"
        case .memoryFuzzy: return "translation memory, fuzzy"
        case .machineTranslation: return "machine translation"
        case .human: return "translation"
        }
    }
}

extension EnglishLine {
    /// The origin's label with the match score where there is one (`translation memory, fuzzy
    /// 87%`).
    public var label: String {
        guard let percent = scorePercent, origin != .memoryExact else { return origin.label }
        return origin.label + " \(percent)%"
    }

    /// The score as a whole percentage, rounded down (0.875 → 87); nil without a score.
    var scorePercent: Int? { score.map { Int(($0 * 100).rounded(.down)) } }
}

/// A stretch of a sentence's text: a token, or the text between tokens (spaces).
struct SentencePiece {
    var text: String
    var span: TextSpan
    var token: AnnotatedToken?
}

extension AnnotatedSentence {
    /// The sentence's text cut into its tokens and the gaps between them, covering it all.
    var pieces: [SentencePiece] {
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            String(scalars: scalars[(start - span.start)..<(end - span.start)])
        }
        var result: [SentencePiece] = []
        var position = span.start
        for token in tokens where token.span.start >= position && token.span.end <= span.end {
            if token.span.start > position {
                result.append(
                    SentencePiece(
                        text: slice(position, token.span.start), span: TextSpan(start: position, end: token.span.start))
                )
            }
            result.append(SentencePiece(text: token.text, span: token.span, token: token))
            position = token.span.end
        }
        if position < span.end {
            result.append(
                SentencePiece(text: slice(position, span.end), span: TextSpan(start: position, end: span.end)))
        }
        return result
    }

    /// The term whose span is `span`.
    func term(at span: TextSpan) -> AnnotatedTerm? {
        terms.first { $0.span == span }
    }
}

extension AnnotatedDocument {
    /// The title to show: the metadata title, else the source file's name.
    public var displayTitle: String {
        if let title = metadata.title, !title.isEmpty { return title }
        let name = source.path == "-" ? "standard input" : String(source.path.split(separator: "/").last ?? "document")
        return name
    }

    /// The sentences of each paragraph, by paragraph index.
    var sentencesByParagraph: [Int: [AnnotatedSentence]] {
        Dictionary(grouping: sentences, by: \.paragraph)
    }

    /// The section that starts where `paragraph` starts.
    func sections(startingAt paragraph: Paragraph) -> [AnnotatedSection] {
        sections.filter { $0.span.start == paragraph.span.start }
    }

    /// True when every English line is a gloss.
    var allGloss: Bool { sentences.allSatisfy { !$0.english.origin.isTranslation } }

    /// A short Chinese context around `span` in its sentence: up to `radius` characters each
    /// side, with ellipses where cut.
    func context(of span: TextSpan, in sentence: AnnotatedSentence, radius: Int = 12) -> String {
        let scalars = Array(sentence.text.unicodeScalars)
        let start = max(0, span.start - sentence.span.start - radius)
        let end = min(scalars.count, span.end - sentence.span.start + radius)
        guard start < end else { return sentence.text }
        var text = String(scalars: scalars[start..<end])
        if start > 0 { text = "…" + text }
        if end < scalars.count { text += "…" }
        return text
    }
}

/// Plain-text fields of a TSV line: tabs and line breaks become spaces.
enum TSVField {
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
