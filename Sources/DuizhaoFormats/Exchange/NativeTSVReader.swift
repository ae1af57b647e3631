import DuizhaoCore
import DuizhaoText
import Foundation

/// A lenient reader of duizhao's native TSV format (`glossaries/README.md`) for
/// `glossary import`: a file from another team is taken in as far as it goes (missing ids
/// are generated, a missing source becomes `imported from <file>`, problems are reported,
/// not fatal). Loading the project's own glossaries is ``GlossaryTSVParser``'s job, which
/// validates strictly. Both read one schema (``GlossaryColumn``: columns, categories) and
/// the same statuses (``GlossaryEntry/Status/inGlossaryFile(_:)``): what one refuses the
/// other reports.
public struct NativeTSVReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads native TSV `text`; `file` names it in origins and diagnostics.
    public func read(_ text: String, file: String, defaultSource: String? = nil) throws -> GlossaryImportResult {
        var assembler = ImportAssembler(file: file, defaultSource: defaultSource)
        assembler.checkCategories = false
        var columns: [GlossaryColumn: Int]?
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
                    assembler.report(
                        "\(extra.count) cell(s) beyond the header's \(columnCount) columns ignored", line: number)
                }
            }
            func cell(_ name: GlossaryColumn) -> String? {
                guard let index = mapping[name], index < cells.count, !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            var draft = EntryDraft(line: number)
            draft.id = cell(.id)
            draft.zh = cell(.zh)
            draft.en = cell(.en)
            draft.alternatives = cell(.enAlt).map(NativeFields.parseAlternatives) ?? []
            draft.variants = cell(.variants).map(NativeFields.parseList) ?? []
            draft.fullForm = cell(.fullForm)
            draft.category = cell(.category)
            if let category = draft.category, !GlossaryColumn.categories.contains(category) {
                assembler.report(
                    "unknown category '\(category)' kept (known: \(GlossaryColumn.categories.joined(separator: ", ")))",
                    line: number,
                    entryID: draft.id, key: "category \(category)")
            }
            draft.source = cell(.source)
            draft.note = cell(.note)
            Self.readStatusAndMatch(status: cell(.status), match: cell(.match), into: &draft, assembler: &assembler)
            if draft.id == nil, draft.zh != nil, draft.en != nil {
                assembler.report("no id; one is generated", line: number)
            }
            if draft.source == nil, draft.zh != nil, draft.en != nil {
                assembler.report("no source; using '\(assembler.defaultSource)'", line: number, entryID: draft.id)
            }
            assembler.add(draft)
        }
        if columns == nil { throw GlossaryExchangeError.noHeader(path: file) }
        return assembler.result(format: .tsv)
    }

    /// Maps header names to cell indexes (``GlossaryHeader``, as loading reads them); unknown
    /// and repeated columns are reported.
    static func header(
        _ cells: [String], line: Int, file: String, assembler: inout ImportAssembler
    ) throws -> [GlossaryColumn: Int] {
        let read = GlossaryHeader(cells)
        for (_, name, problem) in read.problems where !name.isEmpty {
            switch problem {
            case .unknown: assembler.report("unknown column '\(name)' ignored", line: line)
            case .repeated: assembler.report("column '\(name)' appears twice; the first is used", line: line)
            }
        }
        let missing = read.missing(GlossaryColumn.requiredToImport).map(\.rawValue)
        if !missing.isEmpty { throw GlossaryExchangeError.missingColumns(path: file, line: line, columns: missing) }
        return read.indexes
    }

    /// Reads the `status` and `match` cells into `draft`, reporting values it does not know.
    static func readStatusAndMatch(
        status: String?, match: String?, into draft: inout EntryDraft, assembler: inout ImportAssembler
    ) {
        if let status {
            if let known = GlossaryEntry.Status.inGlossaryFile(status) {
                draft.status = known
            } else if status.lowercased() == GlossaryEntry.Status.documentDefined.rawValue {
                assembler.report(
                    "status '\(status)' is given by duizhao to terms a document defines itself, not to glossary entries; using 'proposed'",
                    line: draft.line, entryID: draft.id)
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
