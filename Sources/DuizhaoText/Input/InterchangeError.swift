/// Why an interchange file (TMX, XLIFF, TBX or other XML, Chinese⇥English TSV) could not be
/// read. Every reader of these formats throws it, so `check`, `tm import`, `glossary import`
/// and the library report the same problem in the same words. Every case names the file and, where there is one,
/// the line.
public enum InterchangeError: Error, Equatable, CustomStringConvertible {
    /// The XML is not well-formed.
    case malformedXML(path: String, line: Int, column: Int, reason: String)
    /// The XML declares entities (refused: nothing is fetched or expanded).
    case entityDeclaration(path: String, line: Int)
    /// The XML's root element is not the format's.
    case unexpectedRoot(path: String, root: String, expected: String)
    /// A TMX translation unit cannot be read (no Chinese variant, two English variants, an
    /// empty Chinese segment, a bad date).
    case badUnit(path: String, line: Int, problem: String)
    /// A TSV line cannot be read.
    case badLine(path: String, line: Int, problem: String)

    public var description: String {
        switch self {
        case .malformedXML(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): not well-formed XML: \(reason)"
        case .entityDeclaration(let file, let line):
            return
                "\(file):\(line): the XML declares entities (<!ENTITY); refused: the format needs none and they can expand or fetch content"
        case .unexpectedRoot(let file, let root, let expected):
            return "\(file): the root element is <\(root)>, not <\(expected)>"
        case .badUnit(let file, let line, let problem):
            return "\(file):\(line): translation unit: \(problem)"
        case .badLine(let file, let line, let problem):
            return "\(file):\(line): \(problem)"
        }
    }
}
