/// An error that stops a glossary from loading at all (problems inside a file are
/// ``Diagnostic``s instead).
public enum GlossaryError: Error, Equatable, CustomStringConvertible {
    /// A glossary file or folder named by the user does not exist.
    case notFound(path: String)
    /// A glossary file could not be read.
    case unreadable(path: String, reason: String)
    /// `$DUIZHAO_GLOSSARY_DIR` names a folder that does not exist.
    case environmentFolderMissing(variable: String, path: String)
    /// A lookup or match was asked for but no glossary was found.
    case noGlossary
    /// The default glossary was turned off and no file was named.
    case noGlossaryFiles

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such glossary file or folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot read glossary: \(reason)"
        case .environmentFolderMissing(let variable, let path):
            return "$\(variable) is \(path), which is not a folder; set it to the glossary folder or unset it"
        case .noGlossaryFiles:
            return "no glossary files: the default glossary is turned off and no file was named"
        case .noGlossary:
            return
                "no glossary found: set $\(GlossaryLocator.environmentVariable), or run from a folder that has glossaries/"
        }
    }
}
