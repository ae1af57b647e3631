/// A problem found in a glossary file, with where it is (`file:line:column`) and why.
public struct GlossaryDiagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Codable, Sendable {
        /// The entry is wrong or unusable; `glossary validate` fails.
        case error
        /// The entry is usable but probably not what was meant.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The glossary file.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in characters (Unicode scalars) from the start of the line.
    public var column: Int
    /// What is wrong, in words a user can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, line: Int, column: Int, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}
