/// Escaping of document and glossary text for every markup output, in one place: source
/// text is data, never markup.

/// Escaping for HTML text and attribute values.
public enum HTMLEscaping {
    /// `text` safe in HTML text and in quoted attribute values: `&`, `<`, `>`, `"` and `'`
    /// become character references; characters not allowed in HTML (C0 controls other than
    /// tab and line feed, noncharacters) become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                result.unicodeScalars.append(MarkupCharacters.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}

/// Escaping for XML 1.0 text and attribute values (XLIFF, TMX).
public enum XMLEscaping {
    /// `text` safe in XML text and in double- or single-quoted attribute values: the five
    /// predefined entities are used; characters XML 1.0 forbids become U+FFFD; line breaks
    /// and tabs in attributes are written as character references so they survive
    /// attribute normalization.
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where attribute: result += "&#9;"
            default:
                result.unicodeScalars.append(MarkupCharacters.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}

/// Escaping for Markdown (CommonMark) inline text and table cells.
public enum MarkdownEscaping {
    /// ASCII punctuation that can start or end markup inline.
    static let inlineSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "&", "$", "{", "}"]

    /// `text` shown literally in Markdown: characters that could start emphasis, links,
    /// code, HTML, tables or entities are backslash-escaped; a line start that would make a
    /// heading, list, quote or rule is escaped too (pass `lineStart: false` for text that
    /// continues a line); line breaks become spaces.
    public static func escape(_ text: String, lineStart: Bool = true) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        var atLineStart = lineStart
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                result += " "
                atLineStart = false
                index += 1
                continue
            }
            if atLineStart {
                // A marker followed by a space (or ending the text) would start a list, or a
                // line of = or - alone would underline a heading: `1. `, `1) `, `- `, `+ `, `===`.
                func breaks(_ position: Int) -> Bool { position >= scalars.count || scalars[position] == " " || scalars[position] == "\t" }
                var end = index
                while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                if end > index, end < scalars.count, scalars[end] == "." || scalars[end] == ")", breaks(end + 1) {
                    for digit in scalars[index..<end] { result.unicodeScalars.append(digit) }
                    result += "\\" + String(scalars[end])
                    index = end + 1
                    atLineStart = false
                    continue
                }
                let underline = (scalar == "=" || scalar == "-") && scalars.allSatisfy { $0 == scalar || $0 == " " }
                if (scalar == "-" || scalar == "+") && breaks(index + 1) || underline {
                    result += "\\" + String(scalar)
                    index += 1
                    atLineStart = false
                    continue
                }
            }
            atLineStart = false
            if inlineSpecial.contains(scalar) {
                result += "\\" + String(scalar)
            } else if !MarkupCharacters.isAllowed(scalar) {
                result += "\u{FFFD}"
            } else {
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }
}

/// Characters allowed in XML 1.0 and HTML text.
enum MarkupCharacters {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0xFFFE, 0xFFFF: return false
        case 0xFDD0...0xFDEF: return false
        default: return true
        }
    }
}
