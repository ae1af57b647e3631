import DuizhaoFormats
import DuizhaoText
import Foundation

/// Reads a translation memory file by its extension, through the readers `check` uses too:
/// `.tmx` (``TMXCodec``), `.tsv` or `.txt` (``PairTSVReader``, decoded like documents), or a
/// finished XLIFF (`.xlf`, `.xliff`, ``XLIFFPairReader``). The bytes are read by
/// ``InputFile``, with the size limit every input has. Only translations are kept: units
/// marked draft, glosses, and units whose target is empty, repeats the source or is still
/// mostly Chinese (``UntranslatedTarget``) are counted by reason and left out.
public enum MemoryFileReader {
    /// The translations in the file at `path`; throws for unknown formats, unreadable or
    /// too large files, bad content, or a file without any unit.
    public static func read(path: String, maxSize: Int = InputFile.defaultMaxSize) throws -> [MemoryUnit] {
        try contents(path: path, maxSize: maxSize).units
    }

    /// The translations in the file at `path` and the units left out, by reason; throws as
    /// ``read(path:maxSize:)``, and when the file has no unit at all (every unit skipped is
    /// no error: the summary says why).
    public static func contents(path: String, maxSize: Int = InputFile.defaultMaxSize) throws -> MemoryFileContents {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ["tmx", "tsv", "txt", "xlf", "xliff"].contains(ext) else {
            throw TranslationMemoryError.unknownFormat(path: path)
        }
        let bytes = try InputFile.read(path, maxSize: maxSize)
        let origin = ExchangeFileName.name(path)
        let contents: MemoryFileContents
        if ext == "tmx" {
            let tmx = try TMXCodec().read(Data(bytes), file: path)
            let units = tmx.units.map { unit in
                (
                    MemoryUnit(
                        source: unit.source, target: unit.target, sourceLanguage: unit.sourceLanguage,
                        targetLanguage: unit.targetLanguage,
                        origin: ExchangeFileName.name(unit.property("x-origin-file") ?? path),
                        creationID: unit.creationID, created: unit.created,
                        glossaryVersion: unit.property("x-glossary-version"), line: unit.line), false
                )
            }
            contents = MemoryFileContents(candidates: units, skipped: tmx.glosses > 0 ? [.gloss: tmx.glosses] : [:])
        } else {
            let pairs =
                ext == "tsv" || ext == "txt"
                ? try PairTSVReader().read(bytes, file: path) : try XLIFFPairReader().read(Data(bytes), file: path)
            contents = MemoryFileContents(
                candidates: pairs.map {
                    (
                        MemoryUnit(source: $0.source, target: $0.target, origin: $0.origin ?? origin, line: $0.line),
                        $0.isDraft
                    )
                })
        }
        if contents.units.isEmpty && contents.skipped.isEmpty { throw TranslationMemoryError.noUnits(path: path) }
        return contents
    }
}
