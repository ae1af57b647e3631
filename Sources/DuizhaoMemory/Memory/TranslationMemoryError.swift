/// Why a translation memory file or store could not be used (problems inside a TMX, XLIFF or
/// TSV file are ``InterchangeError``s). Every message names the file and what to do.
public enum TranslationMemoryError: Error, Equatable, CustomStringConvertible {
    /// The file's extension is not `.tmx`, `.tsv`/`.txt` or `.xlf`/`.xliff`.
    case unknownFormat(path: String)
    /// The file holds no sentence pairs.
    case noUnits(path: String)
    /// No store at this path (for commands that read one).
    case missingStore(path: String)
    /// A TMX or TSV file named where a store is expected.
    case notAStore(path: String)
    /// SQLite refused an operation on the store.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownFormat(let file):
            return "\(file): unknown translation memory format; name a .tmx, .tsv or finished .xlf file"
        case .noUnits(let file):
            return "\(file): no sentence pairs found"
        case .missingStore(let path):
            return "\(path): no translation memory here"
        case .notAStore(let path):
            return "\(path): a translation memory file, not a store"
        case .database(let path, let reason):
            return "\(path): translation memory store: \(reason)"
        }
    }
}
