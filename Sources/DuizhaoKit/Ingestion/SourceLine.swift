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

    /// Splits plain text into lines, accepting LF, CRLF and CR line ends.
    public static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var number = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" || scalar == "\u{2028}" {
                result.append(SourceLine(String(current), line: number))
                current = String.UnicodeScalarView()
                number += 1
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { result.append(SourceLine(String(current), line: number)) }
        return result
    }
}
