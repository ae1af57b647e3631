import DuizhaoText
import Foundation

/// Turns Markdown into blocks of text: strips heading marks, emphasis, links, images,
/// block quotes and bullet markers (numbered items stay: `1.` is an outline tier), and
/// reads `title`, `author`, `source` and `date` from YAML front matter.
struct MarkdownTextExtractor: Sendable {
    /// Creates an extractor.
    init() {}

    /// The blocks of `markdown` and the metadata its front matter gives.
    func extract(_ markdown: String) -> (lines: [SourceLine], metadata: Metadata) {
        var metadata = Metadata()
        var lines = SourceLine.lines(of: markdown)
        if lines.first?.text.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.text.trimmingCharacters(in: .whitespaces) == "---" })
        {
            for line in lines[1..<end] {
                guard let colon = line.text.firstIndex(of: ":") else { continue }
                let key = line.text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = line.text[line.text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                }
                guard !value.isEmpty else { continue }
                if key == "date" {
                    metadata.fill(.date, BylineParser.isoDate(in: value), line: line.line)
                } else if let field = Metadata.Field(rawValue: key) {
                    metadata.fill(field, value, line: line.line)
                }
            }
            lines.removeSubrange(0...end)
        }
        var result: [SourceLine] = []
        var inFence = false
        for line in lines {
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { result.append(line); continue }
            if trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" }) && trimmed.count >= 3 {
                continue
            }
            var text = Substring(trimmed)
            var headingLevel = 0
            while text.hasPrefix("#") { text = text.dropFirst(); headingLevel += 1 }
            if headingLevel > 0 {
                text = text.drop { $0 == " " }
                while text.hasSuffix("#") { text = text.dropLast() }
                if headingLevel == 1 {
                    metadata.fill(
                        .title, Self.inline(String(text)).trimmingCharacters(in: .whitespaces), line: line.line)
                }
            }
            while text.hasPrefix(">") { text = text.dropFirst().drop { $0 == " " } }
            for bullet in ["- ", "* ", "+ "] where text.hasPrefix(bullet) { text = text.dropFirst(2) }
            let cleaned = Self.inline(String(text)).trimmingCharacters(in: .whitespaces)
            result.append(SourceLine(cleaned, line: line.line))
        }
        return (result, metadata)
    }

    /// Strips inline markup: images, links (keeping their text), emphasis and code marks.
    /// Linear in the line's length: the searches for a closing `]`, `)` or `*` remember what
    /// they found, so a line of thousands of unclosed `[` is not rescanned for each.
    static func inline(_ text: String) -> String {
        guard text.contains(where: { "[!*_`<".contains($0) }) else { return text }
        var output = ""
        let characters = Array(text)
        var closeBracket = ForwardSearch(target: "]"), closeParen = ForwardSearch(target: ")"),
            star = ForwardSearch(target: "*")
        func link(at index: Int) -> (String, Int)? {
            guard let close = closeBracket.first(in: characters, from: index), close + 1 < characters.count,
                characters[close + 1] == "(",
                let end = closeParen.first(in: characters, from: close + 1)
            else { return nil }
            return (String(characters[(index + 1)..<close]), end + 1)
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "!" && index + 1 < characters.count && characters[index + 1] == "[",
                let (_, next) = link(at: index + 1)
            {
                index = next
                continue
            }
            if character == "[", let (label, next) = link(at: index) {
                output += label
                index = next
                continue
            }
            if character == "`" { index += 1; continue }
            if (character == "*" || character == "_") && index + 1 < characters.count
                && characters[index + 1] == character
            {
                index += 2
                continue
            }
            if character == "*" && index + 1 < characters.count && !characters[index + 1].isWhitespace
                && characters[index + 1] != "*"
            {
                if star.first(in: characters, from: index + 1) != nil { index += 1; continue }
            }
            output.append(character)
            index += 1
        }
        return output
    }

    /// The first position of `target` at or after a start, remembering the last answer: for
    /// starts that never decrease, all searches together read the line once.
    struct ForwardSearch {
        let target: Character
        private var searchedFrom = Int.max
        private var found = 0

        init(target: Character) { self.target = target }

        mutating func first(in characters: [Character], from start: Int) -> Int? {
            if !(searchedFrom <= start && start <= found) {
                var position = start
                while position < characters.count && characters[position] != target { position += 1 }
                searchedFrom = start
                found = position
            }
            return found < characters.count ? found : nil
        }
    }
}
