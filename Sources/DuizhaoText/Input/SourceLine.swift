import Foundation

/// One block of text from an input file (a line of a text file, a block of an HTML page)
/// with the 1-based line of the file it started on.
public struct SourceLine: Equatable, Sendable {
    /// The block's text, without its line break.
    public var text: String
    /// The 1-based line in the decoded file where the block starts.
    public var line: Int

    /// Creates a block.
    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// Splits plain text into lines, accepting LF, CRLF and CR line ends (and U+2028/U+2029).
    public static func lines(of text: String) -> [SourceLine] {
        var text = text
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9 in UTF-8.
        if text.utf8.contains(0xE2), text.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            text = text.replacingOccurrences(of: "\u{2028}", with: "\n").replacingOccurrences(of: "\u{2029}", with: "\n")
        }
        var result: [SourceLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var number = 1
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                result.append(SourceLine(String(Substring(utf8[start..<index])), line: number))
                number += 1
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                index = next
                start = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start != utf8.endIndex { result.append(SourceLine(String(Substring(utf8[start..<utf8.endIndex])), line: number)) }
        return result
    }
}
