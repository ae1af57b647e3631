/// Something an import or export could not carry over as it stood: an unknown column or
/// element, an entry without a Chinese or English term, a field that had to be changed to
/// fit the format. Each names the file, line and entry where known, so a user can act.
public struct ExchangeDiagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The file the problem is in (the input of an import, the entry's origin on export).
    public var file: String?
    /// The 1-based line, when the format has lines the parser can tell.
    public var line: Int?
    /// The entry concerned, by id.
    public var entryID: String?
    /// What happened and what was done about it.
    public var message: String
    /// How many times the same problem occurred (it is reported once, at its first place).
    public var occurrences: Int

    /// Creates a diagnostic.
    public init(file: String?, line: Int? = nil, entryID: String? = nil, message: String, occurrences: Int = 1) {
        self.file = file
        self.line = line
        self.entryID = entryID
        self.message = message
        self.occurrences = occurrences
    }

    /// `file:line: entry 'id': message (and N more)`, leaving out what is unknown.
    public var description: String {
        var text = ""
        if let file {
            text += file
            if let line { text += ":\(line)" }
            text += ": "
        } else if let line {
            text += "line \(line): "
        }
        if let entryID { text += "entry '\(entryID)': " }
        text += message
        if occurrences > 1 { text += " (\(occurrences) times; first shown)" }
        return text
    }
}

/// Collects diagnostics in order; a problem reported under the same key again only
/// increments the first report's count, so a file with the same unmapped element in every
/// entry gives one line, not thousands.
struct DiagnosticLog {
    private(set) var diagnostics: [ExchangeDiagnostic] = []
    private var indexByKey: [String: Int] = [:]

    /// Adds a diagnostic that is reported every time.
    mutating func add(_ diagnostic: ExchangeDiagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds a diagnostic, merged with earlier ones of the same `key`.
    mutating func add(_ diagnostic: ExchangeDiagnostic, key: String) {
        if let index = indexByKey[key] {
            diagnostics[index].occurrences += 1
        } else {
            indexByKey[key] = diagnostics.count
            diagnostics.append(diagnostic)
        }
    }

    /// Appends another log's diagnostics.
    mutating func append(contentsOf other: [ExchangeDiagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
