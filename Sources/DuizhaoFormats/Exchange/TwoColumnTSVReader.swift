import DuizhaoText
import Foundation

/// Reads two-column TSV glossaries (DeepL, Google): Chinese, tab, English, one entry per
/// line, no header (a first row that looks like one is skipped and reported), through
/// ``PairTSVReader`` (its rows, header vocabulary and comment lines). A third or
/// later column is not part of the format and is reported.
public struct TwoColumnTSVReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads two-column TSV `text`; `file` names it in origins and diagnostics.
    public func read(_ text: String, file: String, defaultSource: String? = nil) -> GlossaryImportResult {
        var assembler = ImportAssembler(file: file, defaultSource: defaultSource)
        let read = PairTSVReader().rows(text)
        if let header = read.header {
            assembler.report(
                "first row '\(header.cells.joined(separator: " | "))' read as a header and skipped", line: header.line)
        }
        for row in read.rows {
            let cells = row.cells
            if cells.count > 2, cells[2...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                assembler.report(
                    "cells after the second (Chinese, English) ignored", line: row.line, key: "extra columns")
            }
            var draft = EntryDraft(line: row.line)
            draft.zh = cells.first
            draft.en = cells.count > 1 ? cells[1] : nil
            assembler.add(draft)
        }
        return assembler.result(format: .deepl)
    }
}
