/// Problems with the files given to `duizhao check`. Every case names the file and, where
/// it applies, the line.
public enum CheckError: Error, Equatable, CustomStringConvertible {
    /// A bilingual file's extension is not one `check` reads.
    case unknownBilingualFormat(path: String)
    /// A bilingual file holding no unit with Chinese text.
    case noPairs(path: String)

    public var description: String {
        switch self {
        case .unknownBilingualFormat(let file):
            return
                "\(file): not a bilingual file check reads (use .tmx, .xlf/.xliff or .tsv), or give the translation as a second argument"
        case .noPairs(let file):
            return "\(file): no translation unit with Chinese text"
        }
    }
}
