import Foundation
import DuizhaoCore
import DuizhaoText

/// A lenient reader of duizhao's native TSV format (`glossaries/README.md`) for
/// `glossary import`: a file from another team is taken in as far as it goes (missing ids
/// are generated, a missing source becomes `imported from <file>`, problems are reported,
/// not fatal). Loading the project's own glossaries is ``GlossaryTSVParser``'s job, which
/// validates strictly.
public struct NativeTSVReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads native TSV `text`; `file` names it in origins and diagnostics.
    public func read(_ text: String, file: String, defaultSource: String? = nil) throws -> GlossaryImportResult {
        var assembler = ImportAssembler(file: file, defaultSource: defaultSource)
        assembler.checkCategories = false
        var columns: [String: Int]?
        var columnCount = 0
        for (number, line) in TextLines.split(text) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = TextLines.cells(line).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let mapping = columns else {
                columns = try Self.header(cells, line: number, file: file, assembler: &assembler)
                columnCount = cells.count
                continue
            }
            if cells.count > columnCount {
                let extra = cells[columnCount...].filter { !$0.isEmpty }
                if !extra.isEmpty {
                    assembler.report("\(extra.count) cell(s) beyond the header's \(columnCount) columns ignored", line: number)
                }
            }
            func cell(_ name: String) -> String? {
                guard let index = mapping[name], index < cells.count, !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            var draft = EntryDraft(line: number)
            draft.id = cell("id")
            draft.zh = cell("zh")
            draft.en = cell("en")
            draft.alternatives = cell("en_alt").map(NativeFields.parseAlternatives) ?? []
            draft.variants = cell("variants").map(NativeFields.parseList) ?? []
            draft.fullForm = cell("full_form")
            draft.category = cell("category")
            draft.source = cell("source")
            draft.note = cell("note")
            Self.readStatusAndMatch(status: cell("status"), match: cell("match"), into: &draft, assembler: &assembler)
            if draft.id == nil, draft.zh != nil, draft.en != nil {
                assembler.report("no id; one is generated", line: number)
            }
            if draft.source == nil, draft.zh != nil, draft.en != nil {
                assembler.report("no source; using '\(assembler.defaultSource)'", line: number, entryID: draft.id)
            }
            assembler.add(draft)
        }
        if columns == nil { throw GlossaryExchangeError.noHeader(file: file) }
        return assembler.result(format: .tsv)
    }

    /// Maps header names to cell indexes; unknown and repeated columns are reported.
    static func header(_ cells: [String], line: Int, file: String, assembler: inout ImportAssembler) throws -> [String: Int] {
        var mapping: [String: Int] = [:]
        for (index, name) in cells.enumerated() {
            let key = name.lowercased()
            if key.isEmpty { continue }
            if !NativeFields.columns.contains(key) {
                assembler.report("unknown column '\(name)' ignored", line: line)
            } else if mapping[key] != nil {
                assembler.report("column '\(name)' appears twice; the first is used", line: line)
            } else {
                mapping[key] = index
            }
        }
        let missing = NativeFields.required.filter { mapping[$0] == nil }
        if !missing.isEmpty { throw GlossaryExchangeError.missingColumns(file: file, line: line, columns: missing) }
        return mapping
    }

    /// Reads the `status` and `match` cells into `draft`, reporting values it does not know.
    static func readStatusAndMatch(status: String?, match: String?, into draft: inout EntryDraft, assembler: inout ImportAssembler) {
        if let status {
            if let known = GlossaryEntry.Status(rawValue: status.lowercased()) {
                draft.status = known
            } else {
                assembler.report("unknown status '\(status)'; using 'proposed'", line: draft.line, entryID: draft.id)
            }
        }
        if let match {
            if let known = GlossaryEntry.MatchPolicy(rawValue: match.lowercased()) {
                draft.match = known
            } else {
                assembler.report("unknown match '\(match)'; using normal matching", line: draft.line, entryID: draft.id)
            }
        }
    }
}
