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

    /// Splits plain text into lines with ``TextLines`` (LF, CRLF and a lone CR end a line), and
    /// U+2028/U+2029 end lines of a document too.
    public static func lines(of text: String) -> [SourceLine] {
        var text = text
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9 in UTF-8.
        if text.utf8.contains(0xE2), text.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            text = text.replacingOccurrences(of: "\u{2028}", with: "\n").replacingOccurrences(
                of: "\u{2029}", with: "\n")
        }
        return TextLines.split(text).map { SourceLine(String($0.text), line: $0.number) }
    }
}
