/// Escaping of document and glossary text for the markup outputs (HTML, Markdown; XML
/// escaping lives in Exchange/XMLEscaping.swift and is shared): source text is data, never
/// markup.

/// Escaping for HTML text and attribute values.
package enum HTMLEscaping {
    /// ASCII bytes that need escaping or replacing in HTML.
    static let special: [Bool] = (0..<128).map { (byte: Int) -> Bool in
        let control = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
        let markup: Set<Int> = [0x26, 0x3C, 0x3E, 0x22, 0x27]  // & < > " '
        return control || markup.contains(byte)
    }

    /// `text` safe in HTML text and in quoted attribute values: `&`, `<`, `>`, `"` and `'`
    /// become character references; characters not allowed in HTML (C0 controls other than
    /// tab, line feed and carriage return, U+FFFE, U+FFFF) become U+FFFD.
    package static func escape(_ text: String) -> String {
        if PlainText.check(text, flagged: special) { return text }
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
                result.unicodeScalars.append(XMLEscaping.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}

extension XMLEscaping {
    /// `text` safe in XML content or, with `attribute`, in a quoted attribute value (the
    /// shared escaping of Exchange/XMLEscaping.swift; characters XML 1.0 cannot hold
    /// become U+FFFD).
    package static func escape(_ text: String, attribute: Bool = false) -> String {
        var replaced = 0
        return attribute ? self.attribute(text, replaced: &replaced) : self.text(text, replaced: &replaced)
    }
}

/// Escaping for Markdown (CommonMark) inline text and table cells.
package enum MarkdownEscaping {
    /// ASCII punctuation that can start or end markup inline.
    static let inlineSpecial: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "&", "$", "{", "}",
    ]
    /// ASCII bytes escaped wherever they stand: the inline specials, controls and line breaks.
    static let escapedAnywhere: [Bool] = (0..<128).map { byte in
        byte < 0x20 || byte == 0x7F || inlineSpecial.contains(Unicode.Scalar(UInt8(byte)))
    }

    /// ASCII bytes that may start a line-start construct (a list marker, a heading underline).
    static let lineStartMarkers: [Bool] = (0..<128).map { byte in
        "0123456789-+=".unicodeScalars.contains(Unicode.Scalar(UInt8(byte)))
    }

    /// True when ``escape(_:lineStart:)`` would return `text` unchanged: no byte escaped
    /// anywhere, and at a line start no marker first.
    static func isPlain(_ text: String, lineStart: Bool) -> Bool {
        if lineStart, let first = text.utf8.first, first < 0x80, lineStartMarkers[Int(first)] { return false }
        return PlainText.check(text, flagged: escapedAnywhere)
    }

    /// `text` shown literally in Markdown: characters that could start emphasis, links,
    /// code, HTML, tables or entities are backslash-escaped; a line start that would make a
    /// heading, list, quote or rule is escaped too (pass `lineStart: false` for text that
    /// continues a line); line breaks become spaces.
    package static func escape(_ text: String, lineStart: Bool = true) -> String {
        // Most text (Chinese, English words) needs nothing: test the bytes first.
        if isPlain(text, lineStart: lineStart) { return text }
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
                func breaks(_ position: Int) -> Bool {
                    position >= scalars.count || scalars[position] == " " || scalars[position] == "\t"
                }
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
            if scalar.value < 0x80, escapedAnywhere[Int(scalar.value)], scalar.value >= 0x20, scalar.value != 0x7F {
                result += "\\" + String(scalar)
            } else if !XMLEscaping.isAllowed(scalar) {
                result += "\u{FFFD}"
            } else {
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }
}

/// A fast test for text that an escaper would leave unchanged: most document text has no
/// markup characters, and a byte scan is much cheaper than rebuilding the string.
enum PlainText {
    /// True when `text` has no ASCII byte `flagged` marks and no U+FFFE or U+FFFF (EF BF BE,
    /// EF BF BF), which HTML and XML cannot hold.
    static func check(_ text: String, flagged: [Bool]) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x80 {
                if flagged[Int(byte)] { return false }
            } else if beforePrevious == 0xEF && previous == 0xBF && (byte == 0xBE || byte == 0xBF) {
                return false
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
