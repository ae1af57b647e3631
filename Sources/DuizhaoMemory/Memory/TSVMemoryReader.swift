import Foundation
import DuizhaoText

/// Reads sentence pairs from tab-separated lines: `source<TAB>target[<TAB>origin]`.
///
/// A first line naming the columns (`source`/`zh` then `target`/`en`) is a header and is
/// skipped; blank lines and lines starting with `#` are skipped. Any other line must have a
/// non-empty Chinese source and English target, or the file is rejected with the line's
/// number.
public struct TSVMemoryReader {
    /// Creates a reader.
    public init() {}

    /// The pairs in `text`, read from `file` (its file name is the default origin).
    public func read(_ text: String, file: String) throws -> [MemoryUnit] {
        var units: [MemoryUnit] = []
        for (number, line) in TextLines.split(text) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = TextLines.cells(line).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if units.isEmpty, Self.isHeader(fields) { continue }
            guard fields.count >= 2 else {
                throw TranslationMemoryError.badLine(file: file, line: number, problem: "expected source<TAB>target[<TAB>origin], found no tab")
            }
            guard fields.count <= 3 else {
                throw TranslationMemoryError.badLine(file: file, line: number, problem: "\(fields.count) columns; expected source, target and an optional origin")
            }
            if fields[0].isEmpty { throw TranslationMemoryError.badLine(file: file, line: number, problem: "the source (column 1) is empty") }
            if fields[1].isEmpty { throw TranslationMemoryError.badLine(file: file, line: number, problem: "the target (column 2) is empty") }
            guard fields[0].unicodeScalars.contains(where: PinyinTranscriber.isHan) else {
                throw TranslationMemoryError.badLine(file: file, line: number, problem: "the source (column 1) has no Chinese characters; columns are source<TAB>target")
            }
            let origin = fields.count == 3 && !fields[2].isEmpty ? fields[2] : ExchangeFileName.name(file)
            units.append(MemoryUnit(source: fields[0], target: fields[1], origin: origin, line: number))
        }
        return units
    }

    /// True for a header line naming the columns.
    static func isHeader(_ fields: [String]) -> Bool {
        guard fields.count >= 2 else { return false }
        let first = fields[0].lowercased(), second = fields[1].lowercased()
        return ["source", "zh", "zh-cn", "chinese", "src"].contains(first) && ["target", "en", "english", "tgt"].contains(second)
    }
}
