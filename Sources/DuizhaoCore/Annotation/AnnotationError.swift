/// Why a document could not be annotated.
public enum AnnotationError: Error, Equatable, CustomStringConvertible {
    /// A term match names an entry the glossary does not have.
    case unknownEntry(path: String, entryID: String, span: TextSpan)
    /// A term match lies outside the document's text.
    case matchOutOfRange(path: String, entryID: String, span: TextSpan, textLength: Int)

    public var description: String {
        switch self {
        case .unknownEntry(let path, let entryID, let span):
            return
                "\(path): term match at scalars \(span) names glossary entry '\(entryID)', which the loaded glossary does not have"
        case .matchOutOfRange(let path, let entryID, let span, let length):
            return "\(path): term match for '\(entryID)' at scalars \(span) lies outside the text (\(length) scalars)"
        }
    }
}
