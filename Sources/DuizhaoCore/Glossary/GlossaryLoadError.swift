import DuizhaoText

/// The glossary files have errors and the run was not allowed to go on without the entries
/// concerned (a lenient load allows it).
public struct GlossaryLoadError: Error, CustomStringConvertible, Equatable {
    /// The errors, each with `file:line:column`.
    public var errors: [Diagnostic]

    /// Stops with the glossary's errors unless `lenient`; returns the glossary otherwise.
    public static func check(_ glossary: Glossary, lenient: Bool) throws -> Glossary {
        if !lenient, !glossary.errors.isEmpty { throw GlossaryLoadError(errors: glossary.errors) }
        return glossary
    }

    /// One line per error, then their count.
    public var description: String {
        errors.map(\.description).joined(separator: "\n") + "\n\(errors.count) error(s) in the glossary"
    }
}
