/// A problem found in an input, with where it is and why: the one diagnostic type of glossary
/// loading and validation, glossary import and export, the English-line tables and the
/// dictionary. Its description is `file:line:column: severity: entry 'id': message`, leaving
/// out what is not known, so every command reports problems in the same shape.
public struct Diagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Codable, Sendable {
        /// The input is wrong or unusable where the diagnostic points (`glossary validate`
        /// fails on one).
        case error
        /// The input is usable but probably not what was meant, or something was changed or
        /// skipped to read it.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The file the problem is in; nil when it concerns no one file (an export's setup).
    public var file: String?
    /// The 1-based line, when the format has lines the reader can tell.
    public var line: Int?
    /// The 1-based column, in characters (Unicode scalars) from the start of the line.
    public var column: Int?
    /// The glossary entry concerned, by id.
    public var entryID: String?
    /// What is wrong, in words a user can act on.
    public var message: String
    /// How many times the same problem occurred (it is reported once, at its first place).
    public var occurrences: Int

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, file: String?, line: Int? = nil, column: Int? = nil, entryID: String? = nil,
        _ message: String,
        occurrences: Int = 1
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.entryID = entryID
        self.message = message
        self.occurrences = occurrences
    }

    /// `file:line:column: severity: entry 'id': message (N times; first shown)`, leaving out
    /// what is unknown.
    public var description: String {
        var text = ""
        if let file {
            text += file
            if let line {
                text += ":\(line)"
                if let column { text += ":\(column)" }
            }
            text += ": "
        } else if let line {
            text += "line \(line): "
        }
        text += "\(severity.rawValue): "
        if let entryID { text += "entry '\(entryID)': " }
        text += message
        if occurrences > 1 { text += " (\(occurrences) times; first shown)" }
        return text
    }
}
