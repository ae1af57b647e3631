import Foundation
import DuizhaoFormats
import DuizhaoText

/// Reads a translation memory file by its extension: `.tmx` (``TMXMemoryReader``), `.tsv`
/// or `.txt` (``TSVMemoryReader``, UTF-8), or a finished XLIFF (`.xlf`, `.xliff`, read by
/// ``BilingualReader``). Only translations are kept: units marked draft, glosses, and units
/// whose target is empty, repeats the source or is still mostly Chinese
/// (``UntranslatedTarget``) are counted by reason and left out.
public enum MemoryFileReader {
    /// The translations in the file at `path`; throws for unknown formats, unreadable files,
    /// bad content, or a file without any unit.
    public static func read(path: String) throws -> [MemoryUnit] {
        try contents(path: path).units
    }

    /// The translations in the file at `path` and the units left out, by reason; throws as
    /// ``read(path:)``, and when the file has no unit at all (every unit skipped is no error:
    /// the summary says why).
    public static func contents(path: String) throws -> MemoryFileContents {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ["tmx", "tsv", "txt", "xlf", "xliff"].contains(ext) else { throw TranslationMemoryError.unknownFormat(file: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TranslationMemoryError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        let contents: MemoryFileContents
        if ext == "tmx" {
            contents = try TMXMemoryReader().contents(data, file: path)
        } else if ext == "xlf" || ext == "xliff" {
            let origin = ExchangeFileName.name(path)
            let pairs = try BilingualReader(maxSize: Int.max).read(bytes: [UInt8](data), path: path, format: .xliff)
            contents = MemoryFileContents(candidates: pairs.map { (MemoryUnit(source: $0.source, target: $0.target, origin: origin, line: $0.line), $0.isDraft) })
        } else {
            guard let text = String(data: data, encoding: .utf8) else {
                throw TranslationMemoryError.unreadable(file: path, reason: "not UTF-8 text")
            }
            contents = MemoryFileContents(candidates: try TSVMemoryReader().read(text, file: path).map { ($0, false) })
        }
        if contents.units.isEmpty && contents.skipped.isEmpty { throw TranslationMemoryError.noUnits(file: path) }
        return contents
    }
}
