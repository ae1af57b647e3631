import DuizhaoText

/// Collects diagnostics in order; a problem reported under the same key again only
/// increments the first report's count, so a file with the same unmapped element in every
/// entry gives one line, not thousands.
struct DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    private var indexByKey: [String: Int] = [:]

    /// Adds a diagnostic that is reported every time.
    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds a diagnostic, merged with earlier ones of the same `key`.
    mutating func add(_ diagnostic: Diagnostic, key: String) {
        if let index = indexByKey[key] {
            diagnostics[index].occurrences += 1
        } else {
            indexByKey[key] = diagnostics.count
            diagnostics.append(diagnostic)
        }
    }

    /// Appends another log's diagnostics.
    mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
