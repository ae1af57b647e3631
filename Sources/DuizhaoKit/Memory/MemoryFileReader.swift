import Foundation

/// Reads a translation memory file by its extension: `.tmx` (``TMXMemoryReader``), `.tsv`
/// or `.txt` (``TSVMemoryReader``, UTF-8).
public enum MemoryFileReader {
    /// The pairs in the file at `path`; throws for unknown formats, unreadable files, bad
    /// content, or a file without pairs.
    public static func read(path: String) throws -> [MemoryUnit] {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ["tmx", "tsv", "txt"].contains(ext) else { throw TranslationMemoryError.unknownFormat(file: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TranslationMemoryError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        let units: [MemoryUnit]
        if ext == "tmx" {
            units = try TMXMemoryReader().read(data, file: path)
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
