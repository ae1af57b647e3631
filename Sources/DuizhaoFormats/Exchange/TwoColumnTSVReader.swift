import Foundation
import DuizhaoText

/// Reads two-column TSV glossaries (DeepL, Google): Chinese, tab, English, one entry per
/// line, no header (a first row that looks like one is skipped and reported). A third or
/// later column is not part of the format and is reported.
public struct TwoColumnTSVReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// First cells that name a source-language column rather than a term.
    static let headerWords: Set<String> = [
        "zh", "zh-cn", "zh-hans", "zh_cn", "chinese", "source", "source term", "src", "term", "terms",
        "中文", "中文术语", "术语", "原文", "源语言", "词条",
    ]

    /// True when a first row reads as a header: its first cell is a known column name, or it
    /// has no Chinese while the next row's first cell has.
    static func looksLikeHeader(_ cells: [String], following: [String]?) -> Bool {
        guard let first = cells.first?.trimmingCharacters(in: .whitespaces) else { return false }
        if headerWords.contains(first.lowercased()) { return true }
        guard let next = following?.first else { return false }
        return !first.unicodeScalars.contains(where: PinyinTranscriber.isHan) && next.unicodeScalars.contains(where: PinyinTranscriber.isHan)
    }

    /// Reads two-column TSV `text`; `file` names it in origins and diagnostics.
    public func read(_ text: String, file: String, defaultSource: String? = nil) -> GlossaryImportResult {
        var assembler = ImportAssembler(file: file, defaultSource: defaultSource)
        let rows = TextLines.split(text).filter { !$0.text.allSatisfy { $0 == " " || $0 == "\t" } }
        for (position, row) in rows.enumerated() {
            let cells = TextLines.cells(row.text).map(String.init)
            if position == 0, Self.looksLikeHeader(cells, following: rows.dropFirst().first.map { TextLines.cells($0.text).map(String.init) }) {
                assembler.report("first row '\(cells.joined(separator: " | "))' read as a header and skipped", line: row.number)
                continue
            }
            if cells.count > 2, cells[2...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                assembler.report("cells after the second (Chinese, English) ignored", line: row.number, key: "extra columns")
            }
            var draft = EntryDraft(line: row.number)
            draft.zh = cells.first
            draft.en = cells.count > 1 ? cells[1] : nil
            assembler.add(draft)
        }
        return assembler.result(format: .deepl)
    }
}
