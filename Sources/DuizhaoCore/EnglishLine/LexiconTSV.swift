import DuizhaoText
import Foundation

/// The rows of one of the English line's TSV tables (`lexicon/*.tsv`): comment lines (`#`)
/// and blank lines skipped, a `# source:` line required, every other line split at tabs with
/// its line number, so the tables can report problems as `file:line:column`.
struct LexiconTSV {
    /// A data row: its fields and where each starts.
    struct Row {
        var line: Int
        var fields: [String]
        /// The 1-based column (in Unicode scalars) where each field starts.
        var columns: [Int]
    }

    /// The file the rows come from.
    var path: String
    /// The text of the `# source:` line.
    var source: String?
    var rows: [Row] = []

    /// Splits `text` into rows.
    init(text: String, path: String) {
        self.path = path
        for (number, line) in TextLines.split(text) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("#") {
                let comment = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if comment.lowercased().hasPrefix("source:"), source == nil {
                    source = comment.dropFirst("source:".count).trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            var fields: [String] = []
            var columns: [Int] = []
            var column = 1
            for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
                fields.append(String(field))
                columns.append(column)
                column += field.unicodeScalars.count + 1
            }
            rows.append(Row(line: number, fields: fields, columns: columns))
        }
    }

    /// Reads the file at `path`.
    static func read(path: String) throws -> LexiconTSV {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            throw EnglishLexiconError(problems: [Diagnostic(.error, file: path, "cannot read the file: \(error)")])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw EnglishLexiconError(problems: [Diagnostic(.error, file: path, "the file is not UTF-8")])
        }
        return LexiconTSV(text: text, path: path)
    }

    /// An error at a field of `row` (or at the line's end when the field is missing).
    func problem(_ row: Row, field: Int, _ message: String) -> Diagnostic {
        let column =
            field < row.columns.count
            ? row.columns[field] : (row.columns.last ?? 1) + (row.fields.last?.unicodeScalars.count ?? 0)
        return Diagnostic(.error, file: path, line: row.line, column: column, message)
    }

    /// The problem of a file with no `# source:` line.
    var missingSource: Diagnostic {
        Diagnostic(
            .error, file: path, line: 1, column: 1, "no '# source:' line: say where the table's English comes from")
    }
}

/// An English-line table (sense table, formula table) has errors: each with `file:line:column`.
public struct EnglishLexiconError: Error, CustomStringConvertible, Equatable {
    /// The problems found.
    public var problems: [Diagnostic]

    /// One line per problem, then what to do.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
            + "\n\(problems.count) error(s) in the English-line tables: fix them (see lexicon/README.md)"
    }
}
