/// Why a translation memory file or store could not be used. Every message names the file
/// (and line, where there is one) and what to do.
public enum TranslationMemoryError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file's extension is neither `.tmx` nor `.tsv`/`.txt`.
    case unknownFormat(file: String)
    /// The TMX is not well-formed XML.
    case malformedXML(file: String, line: Int, column: Int, reason: String)
    /// The TMX declares entities (refused: nothing is fetched or expanded).
    case entityDeclaration(file: String, line: Int)
    /// The XML's root element is not `tmx`.
    case notTMX(file: String, root: String)
    /// A translation unit cannot be imported (no Chinese or English variant, an empty segment).
    case badUnit(file: String, line: Int, problem: String)
    /// A TSV line cannot be imported.
    case badLine(file: String, line: Int, problem: String)
    /// The file holds no sentence pairs.
    case noUnits(file: String)
    /// No store at this path (for commands that read one).
    case missingStore(path: String)
    /// A TMX or TSV file named where a store is expected.
    case notAStore(path: String)
    /// SQLite refused an operation on the store.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .unknownFormat(let file):
            return "\(file): unknown translation memory format; name a .tmx, .tsv or finished .xlf file"
        case .malformedXML(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): not well-formed XML: \(reason); nothing was imported"
        case .entityDeclaration(let file, let line):
            return "\(file):\(line): the XML declares entities (<!ENTITY); refused: TMX needs none; nothing was imported"
        case .notTMX(let file, let root):
            return "\(file): the root element is <\(root)>, not <tmx>; nothing was imported"
        case .badUnit(let file, let line, let problem):
            return "\(file):\(line): translation unit: \(problem); nothing was imported"
        case .badLine(let file, let line, let problem):
            return "\(file):\(line): \(problem); nothing was imported"
        case .noUnits(let file):
            return "\(file): no sentence pairs found"
        case .missingStore(let path):
            return "\(path): no translation memory here; create one with `duizhao tm import FILE --tm \(path)`"
        case .notAStore(let path):
            return "\(path): a translation memory file, not a store; import it with `duizhao tm import \(path)` and name the store with --tm"
        case .database(let path, let reason):
            return "\(path): translation memory store: \(reason)"
        }
    }
}
