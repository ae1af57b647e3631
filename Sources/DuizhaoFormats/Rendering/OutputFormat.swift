/// The output formats of `duizhao annotate`.
///
/// To add a format (TBX term export, for one): add a case, give it a renderer (a
/// ``DocumentRenderer``; a TBX exporter reads `document.terms[].entry`, the full glossary
/// entries, and `count`), and list it in ``renderers(options:)``. `all` picks it up.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// The annotated document as JSON (schema `duizhao.annotated/1`).
    case json
    /// Parallel Markdown following the outline.
    case md
    /// One self-contained HTML page, Chinese and English side by side.
    case html
    /// XLIFF 2.1 (or 1.2) for translation tools.
    case xliff
    /// TMX 1.4b of translated sentence pairs.
    case tmx
    /// The terms found, as TSV in the glossary's column layout plus a count.
    case terms
    /// The English briefing, Markdown and HTML.
    case brief

    /// Why a format list could not be read.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        /// The unknown name.
        public var name: String
        public var description: String {
            "unknown output format '\(name)' (choose from \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")), or all)"
        }
    }

    /// Reads a comma-separated list (`json,html`, `all`) into formats in canonical order,
    /// each once. `markdown` is accepted for `md`, `xlf` for `xliff`, `tsv` for `terms`.
    public static func parse(list: String) throws -> [OutputFormat] {
        var chosen = Set<OutputFormat>()
        for raw in list.split(separator: ",") {
            let name = String(raw).trimmingSpaces().lowercased()
            if name.isEmpty { continue }
            if name == "all" {
                chosen.formUnion(allCases)
                continue
            }
            let aliases: [String: OutputFormat] = ["markdown": .md, "xlf": .xliff, "tsv": .terms]
            guard let format = OutputFormat(rawValue: name) ?? aliases[name] else { throw ParseError(name: name) }
            chosen.insert(format)
        }
        if chosen.isEmpty { throw ParseError(name: list) }
        return allCases.filter(chosen.contains)
    }

    /// The renderers that write this format, one per file; the first is what `--stdout`
    /// prints.
    public func renderers(options: RenderOptions) -> [any DocumentRenderer] {
        switch self {
        case .json: return [AnnotatedJSONRenderer()]
        case .md: return [ParallelMarkdownRenderer()]
        case .html: return [ParallelHTMLRenderer()]
        case .xliff: return [XLIFFRenderer(options: options)]
        case .tmx:
            let translations = TMXRenderer(options: options)
            return options.tmxIncludeGloss
                ? [translations, TMXRenderer(options: options, content: .glosses)] : [translations]
        case .terms: return [TermsTSVRenderer()]
        case .brief: return [BriefMarkdownRenderer(), BriefHTMLRenderer()]
        }
    }
}
