/// Why an input (a document, a glossary, a memory or bilingual file) could not be read. Every case names the file, and where it applies the
/// line and byte offset, so a user can find and fix the problem. The messages state the problem and
/// name no command-line option: the command line adds its advice (`ErrorAdvice` in `duizhao`).
public enum IngestionError: Error, Equatable, CustomStringConvertible {
    /// No file or folder at the path.
    case notFound(path: String)
    /// The path is a directory where a file was expected.
    case isDirectory(path: String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file holds no text.
    case empty(path: String)
    /// The file holds only page chrome (a metadata table, a toolbar, a byline), no article text.
    case onlyChrome(path: String, kinds: [String])
    /// The file looks like binary data (NUL bytes, no text encoding fits).
    case binary(path: String, byteOffset: Int)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A stream (standard input, a pipe) went on past the configured limit; reading stopped
    /// there.
    case streamTooLarge(path: String, limit: Int)
    /// The bytes are not valid in the encoding (given or detected).
    case undecodable(path: String, encoding: String, byteOffset: Int, line: Int)
    /// No candidate encoding decodes the file.
    case noEncodingFits(path: String, attempts: [String])
    /// The requested encoding is not known to ICU.
    case unknownEncoding(name: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or directory"
        case .isDirectory(let path):
            return "\(path): is a directory, not a document"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .empty(let path):
            return "\(path): the document is empty"
        case .onlyChrome(let path, let kinds):
            return
                "\(path): no article text, only page chrome (\(kinds.joined(separator: ", "))): was the page saved whole?"
        case .binary(let path, let offset):
            return "\(path): looks like binary data, not text (NUL byte at byte \(offset))"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes is over the size limit of \(limit) bytes"
        case .streamTooLarge(let path, let limit):
            return "\(path == "-" ? "standard input" : path): more than \(limit) bytes, over the size limit"
        case .undecodable(let path, let encoding, let offset, let line):
            return "\(path):\(line): not valid \(encoding): bad byte sequence at byte offset \(offset)"
        case .noEncodingFits(let path, let attempts):
            return "\(path): cannot decode the text: \(attempts.joined(separator: "; "))"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)' (try UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5)"
        }
    }
}
