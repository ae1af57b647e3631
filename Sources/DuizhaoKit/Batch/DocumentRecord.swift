import DuizhaoCore

/// What the batch remembers of one document: the content and settings its outputs were made
/// from, the files written, and the small summary the report needs (terms and candidates),
/// so an unchanged document is skipped and still counted.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// How processing the document ended.
    public enum Status: String, Codable, Sendable {
        /// The outputs are complete.
        case ok
        /// The document could not be processed; it is retried on the next run.
        case failed
        /// The document was skipped without outputs (not Chinese); it is looked at again on the next run.
        case skipped
    }

    /// The document's key (relative path).
    public var key: String
    /// The input file's path.
    public var input: String
    /// The SHA-256 of the input's bytes (empty when they could not be read).
    public var sha256: String
    /// The run context (tool version, job configuration, glossary match hash) the outputs were made in.
    public var context: String
    /// How processing ended.
    public var status: Status
    /// Why it failed or was skipped.
    public var error: String?
    /// Its title, issuer, number and date.
    public var headline: DocumentHeadline?
    /// The document's output folder, relative to the output root.
    public var output: String
    /// The files written, relative to the output folder.
    public var files: [String]
    /// The glossary entries the document matched.
    public var entries: [String]
    /// The hash of those entries' content when the outputs were made.
    public var entriesHash: String
    /// The glossary terms found.
    public var terms: [TermCount]
    /// The document's new-term candidates.
    public var candidates: TermCandidateList

    /// Creates a record.
    public init(
        key: String, input: String, sha256: String, context: String, status: Status, error: String? = nil,
        output: String,
        files: [String] = [], entries: [String] = [], entriesHash: String = "", terms: [TermCount] = [],
        candidates: TermCandidateList = TermCandidateList()
    ) {
        self.key = key
        self.input = input
        self.sha256 = sha256
        self.context = context
        self.status = status
        self.error = error
        self.output = output
        self.files = files
        self.entries = entries
        self.entriesHash = entriesHash
        self.terms = terms
        self.candidates = candidates
        self.headline = nil
    }
}
