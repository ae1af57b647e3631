/// Problems with the files given to `duizhao check`. Every case names the file and, where
/// it applies, the line.
public enum CheckError: Error, Equatable, CustomStringConvertible {
    /// A bilingual file's extension is not one `check` reads.
    case unknownBilingualFormat(file: String)
    /// A TSV line without exactly two columns.
    case wrongColumnCount(file: String, line: Int, count: Int)
    /// An XML file that is not TMX or XLIFF.
    case unexpectedRoot(file: String, root: String, expected: String)
    /// A TMX unit whose languages cannot be told apart.
    case unknownLanguages(file: String, line: Int, languages: [String])
    /// A bilingual file holding no unit with Chinese text.
    case noPairs(file: String)

    public var description: String {
        switch self {
        case .unknownBilingualFormat(let file):
            return "\(file): not a bilingual file check reads (use .tmx, .xlf/.xliff or .tsv), or give the translation as a second argument"
        case .wrongColumnCount(let file, let line, let count):
            return "\(file):\(line): expected two tab-separated columns (Chinese, English), found \(count)"
        case .unexpectedRoot(let file, let root, let expected):
            return "\(file): the root element is <\(root)>, not <\(expected)>"
        case .unknownLanguages(let file, let line, let languages):
            return "\(file):\(line): cannot tell the Chinese from the English among the languages \(languages.joined(separator: ", ")) (mark them xml:lang=\"zh…\" and \"en…\")"
        case .noPairs(let file):
            return "\(file): no translation unit with Chinese text"
        }
    }
}
