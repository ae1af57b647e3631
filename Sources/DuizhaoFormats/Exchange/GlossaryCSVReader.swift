import DuizhaoCore
import Foundation

/// Reads CSV glossaries. With a header row naming `zh` and `en` (any native columns, in any
/// order; `source`/`target` and `chinese`/`english` are accepted as names for them) the
/// columns are mapped by name; without one, the columns are Chinese, English and an
/// optional comment (Google's and DeepL's CSV layout).
public struct GlossaryCSVReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Header names accepted for native columns besides the native names.
    static let aliases: [String: String] = [
        "chinese": "zh", "zh-cn": "zh", "zh-hans": "zh", "term": "zh",
        "target": "en", "english": "en", "translation": "en",
        "comment": "note", "notes": "note", "definition": "note",
    ]

    /// Reads CSV `text`; `file` names it in origins and diagnostics.
    public func read(_ text: String, file: String, defaultSource: String? = nil) throws -> GlossaryImportResult {
        var assembler = ImportAssembler(file: file, defaultSource: defaultSource)
        var strayLines: [Int] = []
        let records = try CSVCodec.parse(text, file: file) { strayLines.append($0) }
        for line in strayLines {
            assembler.report("a double quote inside an unquoted field is kept as text", line: line, key: "stray quote")
        }
        guard let first = records.first else { return assembler.result(format: .csv) }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let canonical = names.map { GlossaryColumn(rawValue: $0) != nil ? $0 : (Self.aliases[$0] ?? $0) }
        if canonical.contains("zh") && canonical.contains("en") {
            var mapping: [String: Int] = [:]
            for (index, name) in canonical.enumerated() where !name.isEmpty {
                if GlossaryColumn(rawValue: name) == nil {
                    assembler.report("unknown column '\(first.fields[index])' ignored", line: first.line)
                } else if mapping[name] != nil {
                    assembler.report(
                        "column '\(first.fields[index])' appears twice; the first is used", line: first.line)
                } else {
                    mapping[name] = index
                }
            }
            for record in records.dropFirst() {
                readMapped(record, mapping: mapping, assembler: &assembler)
            }
        } else {
            var rows = records[...]
            if PairTSVReader.isHeader(first.fields, following: records.dropFirst().first?.fields) {
                assembler.report(
                    "first row '\(first.fields.joined(separator: ","))' read as a header and skipped", line: first.line)
                rows = rows.dropFirst()
            }
            for record in rows {
                var draft = EntryDraft(line: record.line)
                draft.zh = record.fields.first
                draft.en = record.fields.count > 1 ? record.fields[1] : nil
                draft.note = record.fields.count > 2 ? record.fields[2] : nil
                if record.fields.count > 3, record.fields[3...].contains(where: { !$0.isEmpty }) {
                    assembler.report(
                        "columns after the third (Chinese, English, comment) ignored", line: record.line,
                        key: "extra csv columns")
                }
                assembler.add(draft)
            }
        }
        return assembler.result(format: .csv)
    }

    private func readMapped(_ record: CSVCodec.Record, mapping: [String: Int], assembler: inout ImportAssembler) {
        func cell(_ name: String) -> String? {
            guard let index = mapping[name], index < record.fields.count else { return nil }
            let value = record.fields[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        var draft = EntryDraft(line: record.line)
        draft.id = cell("id")
        draft.zh = cell("zh")
        draft.en = cell("en")
        draft.alternatives = cell("en_alt").map(NativeFields.parseAlternatives) ?? []
        draft.variants = cell("variants").map(NativeFields.parseList) ?? []
        draft.fullForm = cell("full_form")
        draft.category = cell("category")
        draft.source = cell("source")
        draft.note = cell("note")
        NativeTSVReader.readStatusAndMatch(
            status: cell("status"), match: cell("match"), into: &draft, assembler: &assembler)
        assembler.add(draft)
    }
}
