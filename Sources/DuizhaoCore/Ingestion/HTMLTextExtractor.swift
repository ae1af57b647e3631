import DuizhaoText
import Foundation

/// Turns an HTML page into blocks of text: drops `script`, `style`, `nav`, `header`,
/// `footer` and similar chrome, keeps block structure as separate blocks, decodes entities,
/// and reads the title and byline `<meta>` tags.
struct HTMLTextExtractor: Sendable {
    /// Elements whose whole content is dropped.
    static let skipped: Set<String> = [
        "script", "style", "nav", "header", "footer", "noscript", "template", "iframe", "svg", "head", "aside", "form",
        "button", "select",
    ]
    /// Elements that start and end a block.
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "td", "th", "figcaption", "title", "body",
    ]

    /// Creates an extractor.
    init() {}

    /// The blocks of text of `html` and the metadata its `<title>` and `<meta>` tags give.
    func extract(_ html: String) -> (lines: [SourceLine], metadata: Metadata) {
        var lines: [SourceLine] = []
        var metadata = Metadata()
        var current = ""
        var currentLine = 1
        var line = 1
        var skipDepth: [String] = []
        var inTitle = false
        var titleText = ""
        var h1Text: String?
        var h1Line = 1
        var titleLine = 1
        var inH1 = false
        var h1Buffer = ""

        func flush() {
            let text = HTMLTextExtractor.collapseWhitespace(current)
            if !text.isEmpty { lines.append(SourceLine(text, line: currentLine)) }
            current = ""
        }

        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                // Comments and declarations.
                if index + 3 < scalars.count, scalars[index + 1] == "!", scalars[index + 2] == "-",
                    scalars[index + 3] == "-"
                {
                    var end = index + 4
                    while end + 2 < scalars.count,
                        !(scalars[end] == "-" && scalars[end + 1] == "-" && scalars[end + 2] == ">")
                    {
                        if scalars[end] == "\n" { line += 1 }
                        end += 1
                    }
                    index = min(scalars.count, end + 3)
                    continue
                }
                var end = index + 1
                var quote: Unicode.Scalar?
                while end < scalars.count {
                    let c = scalars[end]
                    if let q = quote {
                        if c == q { quote = nil }
                    } else if c == "\"" || c == "'" {
                        quote = c
                    } else if c == ">" {
                        break
                    }
                    if c == "\n" { line += 1 }
                    end += 1
                }
                let tag = String(scalars: scalars[(index + 1)..<min(end, scalars.count)])
                index = end + 1
                let (name, isClosing) = HTMLTextExtractor.tagName(tag)
                if name.isEmpty { continue }
                if let top = skipDepth.last {
                    if isClosing && name == top {
                        skipDepth.removeLast()
                    } else if !isClosing && name == top && !tag.hasSuffix("/") {
                        skipDepth.append(name)
                    }
                    continue
                }
                if name == "meta" { HTMLTextExtractor.readMeta(tag, line: line, into: &metadata); continue }
                if name == "title" { inTitle = !isClosing; if inTitle { titleLine = line }; continue }
                if HTMLTextExtractor.skipped.contains(name) && !isClosing && !tag.hasSuffix("/") {
                    if name == "head" { continue }
                    skipDepth.append(name)
                    continue
                }
                if name == "h1" {
                    if isClosing {
                        inH1 = false; if h1Text == nil { h1Text = HTMLTextExtractor.collapseWhitespace(h1Buffer) }
                    } else {
                        inH1 = true; h1Buffer = ""; h1Line = line
                    }
                }
                if HTMLTextExtractor.blocks.contains(name) {
                    flush()
                    currentLine = line
                }
                continue
            }
            if scalar == "\n" { line += 1 }
            if skipDepth.isEmpty {
                var text = ""
                if scalar == "&" {
                    let (decoded, next) = HTMLEntities.decode(scalars, at: index)
                    text = decoded
                    index = next
                } else {
                    text = String(scalar)
                    index += 1
                }
                if inTitle { titleText += text; continue }
                if current.isEmpty && text.allSatisfy(\.isWhitespace) { currentLine = line; continue }
                if current.isEmpty { currentLine = line }
                current += text
                if inH1 { h1Buffer += text }
            } else {
                index += 1
            }
        }
        flush()
        let title = HTMLTextExtractor.collapseWhitespace(titleText)
        metadata.fill(.title, h1Text, line: h1Line)
        metadata.fill(.title, title, line: titleLine)
        return (lines, metadata)
    }

    static func tagName(_ tag: String) -> (String, Bool) {
        var body = Substring(tag)
        var closing = false
        if body.hasPrefix("/") { closing = true; body = body.dropFirst() }
        let name = body.prefix { $0.isLetter || $0.isNumber }
        return (name.lowercased(), closing)
    }

    static func readMeta(_ tag: String, line: Int, into metadata: inout Metadata) {
        func attribute(_ key: String) -> String? {
            let lower = tag.lowercased()
            guard let range = lower.range(of: key + "=") else { return nil }
            var rest = tag[range.upperBound...]
            guard let quote = rest.first, quote == "\"" || quote == "'" else {
                return String(rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" })
            }
            rest = rest.dropFirst()
            return String(rest.prefix { $0 != quote })
        }
        guard let name = (attribute("name") ?? attribute("property"))?.lowercased(), let content = attribute("content")
        else { return }
        let value = HTMLEntities.decode(content).trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return }
        switch name {
        case "author": metadata.fill(.author, value, line: line)
        case "source", "contentsource": metadata.fill(.source, value, line: line)
        case "og:title", "articletitle", "title": metadata.fill(.title, value, line: line)
        case "pubdate", "publishdate", "article:published_time", "date", "firstpublishedtime":
            metadata.fill(.date, BylineParser.isoDate(in: value), line: line)
        default: break
        }
    }

    static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace && character != "\u{3000}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
