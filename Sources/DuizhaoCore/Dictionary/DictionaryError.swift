/// Why a dictionary could not be found or loaded. Each case names the file and what to do.
public enum DictionaryError: Error, Equatable, CustomStringConvertible {
    /// A dictionary named explicitly (`--dictionary`, `DUIZHAO_DICTIONARY`) does not exist.
    case notFound(path: String, origin: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not UTF-8 text.
    case notUTF8(path: String, line: Int)
    /// The file holds no entry in the CC-CEDICT format.
    case noEntries(path: String, skippedLines: Int)

    public var description: String {
        switch self {
        case .notFound(let path, let origin):
            return
                "\(path): no such dictionary file (named by \(origin)); run `make dictionary` to fetch CC-CEDICT, or omit it to run without a dictionary"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the dictionary: \(reason)"
        case .notUTF8(let path, let line):
            return "\(path):\(line): the dictionary is not valid UTF-8 (CC-CEDICT files are UTF-8)"
        case .noEntries(let path, let skipped):
            return
                "\(path): no CC-CEDICT entries found (\(skipped) malformed lines); expected lines like `人才 人才 [ren2 cai2] /talent/`"
        }
    }
}
