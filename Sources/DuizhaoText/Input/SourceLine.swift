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
        if hasParagraphSeparators(&text) {
            text = text.replacingOccurrences(of: "\u{2028}", with: "\n").replacingOccurrences(
                of: "\u{2029}", with: "\n")
        }
        return text.withUTF8 { bytes in
            TextLines.ranges(of: bytes).map { line in
                SourceLine(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[line.range]), as: UTF8.self), line: line.number
                )
            }
        }
    }

    /// Whether `text` holds U+2028 or U+2029 (E2 80 A8, E2 80 A9): found by `memchr` on
    /// the lead byte, which also leads Chinese quotation marks and dashes (a test by scalars
    /// decoded the whole document).
    static func hasParagraphSeparators(_ text: inout String) -> Bool {
        text.withUTF8 { bytes in
            guard var start = bytes.baseAddress else { return false }
            let end = start + bytes.count
            while start < end, let hit = memchr(start, 0xE2, end - start) {
                let lead = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if end - lead >= 3, lead[1] == 0x80, lead[2] == 0xA8 || lead[2] == 0xA9 { return true }
                start = lead + 1
            }
            return false
        }
    }
}
