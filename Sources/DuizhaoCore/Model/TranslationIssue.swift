/// A problem found in a translated line: what is wrong and, where it applies, what was expected.
public struct TranslationIssue: Codable, Hashable, Sendable {
    /// The kinds of problem.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A glossary term of the sentence whose required rendering (or an accepted alternative)
        /// is not in the line.
        case missingRendering = "missing-rendering"
        /// A number or amount of the sentence that is not in the line.
        case numberMismatch = "number-mismatch"
        /// Chinese characters left in the line.
        case untranslatedChinese = "untranslated-chinese"
        /// The translation service failed for this sentence; the line is a fallback.
        case serviceFailure = "service-failure"
    }

    /// What is wrong.
    public var kind: Kind
    /// A message for readers.
    public var message: String
    /// What was expected (a rendering, a number), when it applies.
    public var expected: String?
    /// The glossary entry concerned, when it applies.
    public var entryID: String?

    /// Creates an issue.
    public init(kind: Kind, message: String, expected: String? = nil, entryID: String? = nil) {
        self.kind = kind
        self.message = message
        self.expected = expected
        self.entryID = entryID
    }
}
