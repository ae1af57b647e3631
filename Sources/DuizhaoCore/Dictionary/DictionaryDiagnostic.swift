/// A line of a dictionary file that was skipped because it does not fit the CC-CEDICT format.
public struct DictionaryDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The dictionary file.
    public var path: String
    /// The 1-based line number.
    public var line: Int
    /// What is wrong with the line.
    public var message: String
    /// The start of the line, for context.
    public var text: String

    /// Creates a diagnostic.
    public init(path: String, line: Int, message: String, text: String) {
        self.path = path
        self.line = line
        self.message = message
        self.text = text
    }

    public var description: String { "\(path):\(line): skipped: \(message): \(text)" }
}
