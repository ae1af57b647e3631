import DuizhaoCore
import DuizhaoText
import Foundation

/// Reads the aligned pairs of a bilingual file for `check`, by its extension: TMX
/// (``TMXCodec``), XLIFF 1.2 or 2.x (``XLIFFPairReader``) or Chinese⇥English TSV
/// (``PairTSVReader``), the same readers `tm import` uses, so a file gives the same pairs
/// and the same errors in both. TMX units that duizhao flags `x-origin: gloss` are
/// word-by-word glosses, not translations: they are skipped.
public struct BilingualReader: Sendable {
    /// The formats read.
    public enum Format: String, Sendable, CaseIterable {
        case tmx, xliff, tsv

        /// The format a file name implies, nil for others.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "tmx": self = .tmx
            case "xlf", "xliff": self = .xliff
            case "tsv", "tab": self = .tsv
            default: return nil
            }
        }
    }

    /// The largest file read, in bytes.
    public var maxSize: Int

    /// Creates a reader.
    public init(maxSize: Int = InputFile.defaultMaxSize) {
        self.maxSize = maxSize
    }

    /// The pairs of the file at `path`.
    public func read(path: String) throws -> [BilingualPair] {
        guard let format = Format(path: path) else { throw CheckError.unknownBilingualFormat(path: path) }
        let bytes = try InputFile.read(path, maxSize: maxSize)
        return try read(bytes: bytes, path: path, format: format)
    }

    /// The pairs of a file's bytes, read by the interchange readers `tm import` uses too
    /// (``TMXCodec``, ``XLIFFPairReader``, ``PairTSVReader``): glosses flagged in a TMX are
    /// left out.
    public func read(bytes: [UInt8], path: String, format: Format) throws -> [BilingualPair] {
        let pairs: [BilingualPair]
        switch format {
        case .tsv:
            pairs = try PairTSVReader().read(bytes, file: path)
        case .tmx:
            pairs = try TMXCodec().read(Data(bytes), file: path).units.map {
                BilingualPair(source: $0.source, target: $0.target, line: $0.line)
            }
        case .xliff:
            pairs = try XLIFFPairReader().read(Data(bytes), file: path)
        }
        guard pairs.contains(where: { !$0.source.isEmpty }) else { throw CheckError.noPairs(path: path) }
        return pairs
    }
}
