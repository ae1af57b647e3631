/// Splits decoded text into numbered lines: `\n`, `\r\n` and lone `\r` end a line, a leading
/// byte-order mark is dropped, and a final line break does not start an empty last line.
package enum TextLines {
    /// The lines with their 1-based numbers.
    package static func split(_ text: String) -> [(number: Int, text: Substring)] {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines: [(Int, Substring)] = []
        var number = 1
        var start = body.startIndex
        var index = body.startIndex
        let scalars = body.unicodeScalars
        var scalarIndex = scalars.startIndex
        while scalarIndex < scalars.endIndex {
            let scalar = scalars[scalarIndex]
            if scalar == "\n" || scalar == "\r" {
                index = scalarIndex
                lines.append((number, body[start..<index]))
                number += 1
                var next = scalars.index(after: scalarIndex)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                scalarIndex = next
                start = next
            } else {
                scalarIndex = scalars.index(after: scalarIndex)
            }
        }
        if start < body.endIndex { lines.append((number, body[start...])) }
        return lines
    }

    /// The tab-separated cells of a line, empty cells kept.
    package static func cells(_ line: Substring) -> [Substring] {
        line.split(separator: "\t", omittingEmptySubsequences: false)
    }
}
