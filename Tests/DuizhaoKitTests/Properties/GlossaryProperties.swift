import PropertyBased
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

/// Glossary files of hostile content parse into entries and diagnostics that point inside
/// the file, and whatever entries survive (keys that fold to nothing, to one character, to
/// markup) build a term index whose matches stay within the text.
@Suite struct GlossaryProperties {
    static let header = "id\tzh\ten\tsource\tvariants\tcategory\tstatus\tnote"
    static let statuses = ["official", "established", "proposed", "deprecated", "", "bogus"]

    /// A field: a policy or hostile piece, an empty field, or quotation marks only.
    static let field = Generator<String, Shrink.None<String>>(run: { rng in
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return ""
        case 1: return "“”"
        case 2: return statuses[Int.random(in: 0..<statuses.count, using: &rng)]
        default: return HostileText.piece.run(using: &rng).replacingOccurrences(of: "\n", with: " ")
        }
    })

    /// A glossary file: usually with the header, rows of up to ten fields, comments, blank
    /// lines, CRLF line ends, now and then invalid UTF-8.
    static let file = Generator<[UInt8], Shrink.None<[UInt8]>>(run: { rng in
        var lines: [String] = Int.random(in: 0..<8, using: &rng) == 0 ? [] : [header]
        for row in 0..<Int.random(in: 0...12, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: lines.append("# comment \(row)")
            case 1: lines.append("")
            default:
                let fields = (0..<Int.random(in: 1...10, using: &rng)).map { _ in field.run(using: &rng) }
                lines.append(fields.joined(separator: "\t"))
            }
        }
        var bytes = Array(lines.joined(separator: Int.random(in: 0...3, using: &rng) == 0 ? "\r\n" : "\n").utf8)
        if Int.random(in: 0...5, using: &rng) == 0, !bytes.isEmpty {
            bytes.insert(UInt8.random(in: 0x80...0xFF, using: &rng), at: Int.random(in: 0...bytes.count, using: &rng))
        }
        return bytes
    })

    @Test func hostileGlossaryFilesParseAndMatchWithinTheText() throws {
        let generator = zip(Self.file, HostileText.text(pieces: 0...30))
        var entries = 0, matches = 0
        try PropertyRunner.check("glossary.files", count: 200, generator) { bytes, text in
            let parsed = GlossaryTSVParser().parse(bytes: bytes, path: "hostile.tsv")
            let lineCount = TextLines.ranges(of: bytes).count
            var problems: [String] = []
            for diagnostic in parsed.diagnostics
            where diagnostic.file != "hostile.tsv" || (diagnostic.line ?? 0) < 1
                || (diagnostic.line ?? 0) > max(1, lineCount)
            {
                problems.append("diagnostic outside the file of \(lineCount) lines: \(diagnostic)")
            }
            let glossary = Glossary(files: [parsed])
            entries += glossary.entries.count
            let matcher = try TermMatcher(glossary: glossary)
            // The text carries the loaded headwords between hostile pieces.
            let text = text + glossary.entries.prefix(6).map(\.zh).joined(separator: "，") + text
            let count = text.unicodeScalars.count
            for match in matcher.scan(text) + (try matcher.matches(in: text)) {
                if match.span.end > count {
                    problems.append("match \(match.entryID) \(match.span) outside \(count) scalars")
                }
                if glossary.entry(id: match.entryID) == nil {
                    problems.append("match names unknown entry \(match.entryID)")
                }
                matches += 1
            }
            return problems
        }
        // The generator must reach the interesting part: entries that load and match.
        #expect(entries > 0 && matches > 0, "\(entries) entries, \(matches) matches")
    }
}
