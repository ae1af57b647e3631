import DuizhaoCore
import DuizhaoText
import Foundation

/// Reads Chinese⇥English pair TSV, the one reader behind `check`, `tm import` and the
/// two-column glossary import (DeepL, Google): one pair a line, `Chinese<TAB>English`,
/// optionally a third column naming the pair's origin.
///
/// Bytes are decoded like documents (``TextDecoder``: UTF-8 with or without BOM, UTF-16
/// with BOM, GB18030, Big5); `\n`, `\r\n` and a lone `\r` end lines (``TextLines``). Blank
/// lines and lines starting with `#` are skipped. A first row is a header, and skipped,
/// when its first cell names a column (``sourceColumnNames``) or when it has no Chinese
/// while the next row has.
public struct PairTSVReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// A row of the file: its 1-based line and its tab-separated cells, as written.
    public struct Row: Sendable, Equatable {
        /// The 1-based line.
        public var line: Int
        /// The cells, empty cells kept, not trimmed.
        public var cells: [String]
    }

    /// The rows of a file, its header row set apart.
    public struct Rows: Sendable, Equatable {
        /// The first row, when it names the columns.
        public var header: Row?
        /// The other rows that are neither blank nor comments.
        public var rows: [Row]
    }

    /// First cells that name the Chinese column rather than hold a term or sentence: the one
    /// header vocabulary of every pair TSV.
    static let sourceColumnNames: Set<String> = [
        "zh", "zh-cn", "zh-hans", "zh_cn", "chinese", "source", "source term", "src", "term", "terms",
        "中文", "中文术语", "术语", "原文", "源语言", "词条",
    ]

    /// The rows of `text`, for readers that report rather than reject (the glossary import).
    public func rows(_ text: String) -> Rows {
        let lines = TextLines.split(text).filter { line in
            !line.text.trimmingCharacters(in: .whitespaces).isEmpty && !line.text.hasPrefix("#")
        }
        var rows = lines.map { Row(line: $0.number, cells: TextLines.cells($0.text).map(String.init)) }
        guard let first = rows.first, Self.isHeader(first.cells, following: rows.dropFirst().first?.cells) else {
            return Rows(header: nil, rows: rows)
        }
        rows.removeFirst()
        return Rows(header: first, rows: rows)
    }

    /// True when a first row reads as a header: its first cell is a known column name, or it
    /// has no Chinese while the next row's first cell has.
    static func isHeader(_ cells: [String], following: [String]?) -> Bool {
        guard let first = cells.first?.trimmingCharacters(in: .whitespaces) else { return false }
        if sourceColumnNames.contains(first.lowercased()) { return true }
        guard let next = following?.first else { return false }
        return !first.unicodeScalars.contains(where: \.isHan) && next.unicodeScalars.contains(where: \.isHan)
    }

    /// The pairs of the TSV `bytes`, read from `file` (the name used in errors). Every row
    /// must have two or three columns and a Chinese first column; the English may be empty
    /// (an untranslated pair). Throws ``InterchangeError/badLine(path:line:problem:)`` for
    /// the first row that does not, and the decoder's error for text in no known encoding.
    public func read(_ bytes: [UInt8], file: String) throws -> [BilingualPair] {
        try pairs(try TextDecoder().decode(bytes, path: file).text, file: file)
    }

    /// The pairs of decoded TSV `text`, checked as ``read(_:file:)`` does.
    public func pairs(_ text: String, file: String) throws -> [BilingualPair] {
        try rows(text).rows.map { row in
            let fields = row.cells.map { $0.trimmingCharacters(in: .whitespaces) }
            func fail(_ problem: String) -> InterchangeError { .badLine(path: file, line: row.line, problem: problem) }
            guard fields.count >= 2 else { throw fail("expected source<TAB>target[<TAB>origin], found no tab") }
            guard fields.count <= 3 else {
                throw fail("\(fields.count) columns; expected source, target and an optional origin")
            }
            if fields[0].isEmpty { throw fail("the source (column 1) is empty") }
            guard fields[0].unicodeScalars.contains(where: \.isHan) else {
                throw fail("the source (column 1) has no Chinese characters; columns are source<TAB>target")
            }
            let origin = fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil
            return BilingualPair(source: fields[0], target: fields[1], line: row.line, origin: origin)
        }
    }
}
