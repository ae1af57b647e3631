/// Why a glossary file could not be imported at all (problems with single entries are
/// diagnostics instead; XML that cannot be parsed is an ``InterchangeError``). Every case names the file and, where it applies, the line.
public enum GlossaryExchangeError: Error, Equatable, CustomStringConvertible {
    /// The XML's root element is not a TBX root (`tbx` or `martif`).
    case notTBX(path: String, root: String)
    /// A native TSV or CSV header lacks required columns.
    case missingColumns(path: String, line: Int, columns: [String])
    /// The file has no header row where one is required.
    case noHeader(path: String)
    /// A quoted CSV field is never closed.
    case unterminatedQuote(path: String, line: Int)
    /// The format could not be told from the file name or content.
    case unknownFormat(path: String)
    /// The file held no entry that could be imported.
    case noEntries(path: String, problems: Int)

    public var description: String {
        switch self {
        case .notTBX(let file, let root):
            return "\(file): root element <\(root)> is not TBX (expected <tbx> for TBX v3 or <martif> for TBX v2)"
        case .missingColumns(let file, let line, let columns):
            return "\(file):\(line): header lacks required column(s) \(columns.joined(separator: ", "))"
        case .noHeader(let file):
            return "\(file): no header row (expected columns id, zh, en, ...)"
        case .unterminatedQuote(let file, let line):
            return "\(file):\(line): quoted CSV field is never closed"
        case .unknownFormat(let file):
            return "\(file): cannot tell the glossary format (tbx, tsv, omegat, deepl or csv) from its name or content"
        case .noEntries(let file, let problems):
            return "\(file): no entry could be imported (\(problems) problem(s) reported)"
        }
    }
}
