import DuizhaoText

/// An exported glossary: the file's text and what the format could not carry as it stood.
public struct GlossaryExport: Sendable, Equatable {
    /// The file content.
    public var text: String
    /// Fields changed to fit the format, entries left out, and why.
    public var diagnostics: [Diagnostic] = []
}
