/// Renders new-term candidates as an aligned plain-text table for a terminal.
public struct CandidateTable {
    /// Creates a renderer.
    public init() {}

    /// The table: rank, score, term, frequency, documents, pinyin, reasons and a context.
    public func render(_ list: TermCandidateList) -> String {
        var rows: [[String]] = [["#", "score", "term", "freq", "docs", "pinyin", "reasons", "context"]]
        for (index, candidate) in list.candidates.enumerated() {
            rows.append([
                "\(index + 1)", Self.formatScore(candidate.score), candidate.text, "\(candidate.frequency)",
                "\(candidate.documents)",
                candidate.pinyin ?? "", candidate.reasonSummary, candidate.contexts.first ?? "",
            ])
        }
        var output = Self.align(rows)
        if !list.known.isEmpty {
            output += "\nAlready in the glossary (\(list.known.count)): "
            output += list.known.prefix(30).map { "\($0.text) (\($0.frequency))" }.joined(separator: ", ")
            if list.known.count > 30 { output += ", …" }
            output += "\n"
        }
        return output
    }

    package static func formatScore(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// Pads columns to equal display width (Han and full-width characters are two columns wide).
    static func align(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        var output = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < columns - 1 { line += String(repeating: " ", count: widths[index] - displayWidth(cell) + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            output += line + "\n"
        }
        return output
    }

    /// The columns a string takes in a terminal.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return width + 2
            default:
                return width + 1
            }
        }
    }
}
