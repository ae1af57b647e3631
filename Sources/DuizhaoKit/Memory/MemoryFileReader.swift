import Foundation

/// Reads a translation memory file by its extension: `.tmx` (``TMXMemoryReader``), `.tsv`
/// or `.txt` (``TSVMemoryReader``, UTF-8), or a finished XLIFF (`.xlf`, `.xliff`, read by
/// ``BilingualReader``: units with a target not marked as a draft).
public enum MemoryFileReader {
    /// The pairs in the file at `path`; throws for unknown formats, unreadable files, bad
    /// content, or a file without pairs.
    public static func read(path: String) throws -> [MemoryUnit] {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ["tmx", "tsv", "txt", "xlf", "xliff"].contains(ext) else { throw TranslationMemoryError.unknownFormat(file: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TranslationMemoryError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        let units: [MemoryUnit]
        if ext == "tmx" {
            units = try TMXMemoryReader().read(data, file: path)
        } else if ext == "xlf" || ext == "xliff" {
            let origin = (path as NSString).lastPathComponent
            units = try BilingualReader(maxSize: Int.max).read(bytes: [UInt8](data), path: path, format: .xliff)
                .filter { !$0.target.isEmpty && !$0.isDraft }
                .map { MemoryUnit(source: $0.source, target: $0.target, origin: origin, line: $0.line) }
        } else {
            guard let text = String(data: data, encoding: .utf8) else {
                throw TranslationMemoryError.unreadable(file: path, reason: "not UTF-8 text")
            }
            units = try TSVMemoryReader().read(text, file: path)
        }
        if units.isEmpty { throw TranslationMemoryError.noUnits(file: path) }
        return units
    }
}
