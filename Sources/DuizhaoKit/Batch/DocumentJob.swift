import DuizhaoCore
import Foundation

/// The work a batch does for each document (annotate, segment…), injected into
/// ``BatchRunner``. The job itself is shared by all worker threads; each thread asks it for
/// its own ``DocumentProcessor``, which may hold ICU state (a `DocumentReader`).
public protocol DocumentJob: Sendable {
    /// Everything besides the input and the glossary that changes the outputs — output
    /// formats, options, the job's kind — as a string; when it changes, every document is
    /// redone.
    var configuration: String { get }

    /// A processor for one worker thread.
    func makeProcessor() throws -> any DocumentProcessor
}

/// Processes documents on one thread.
public protocol DocumentProcessor {
    /// Processes `input`, writing its outputs into `outputFolder` (created on demand; every
    /// file written with `AtomicFile.write`), and says what it wrote and found. Throws when
    /// the document cannot be processed; the batch reports it and goes on.
    func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome
}

/// A document handed to a processor: the batch has already read and hashed its bytes, so
/// the job processes exactly the content the manifest records.
public struct DocumentInput: Sendable {
    /// Where it comes from and its key.
    public var input: BatchInput
    /// Its bytes.
    public var bytes: [UInt8]
    /// The SHA-256 of the bytes, lowercase hex.
    public var sha256: String
}

/// How often a glossary term occurred in a document.
public struct TermCount: Codable, Sendable, Hashable {
    /// The headword (or the text, for terms without an entry).
    public var term: String
    /// The glossary entry's id.
    public var entryID: String?
    /// The number of occurrences.
    public var count: Int
}

/// What processing a document produced: a small summary, never the document itself.
public struct DocumentOutcome: Sendable, Equatable {
    /// The files written, relative to the output folder (`document.json`, `annotated.html`).
    public var files: [String]
    /// Why the document was skipped without outputs (a document not in Chinese), or nil.
    public var skipped: String?
    /// The title, issuer, number and date the document gives, for the report.
    public var headline: DocumentHeadline?
    /// The glossary terms found, with counts; their entry ids decide which glossary
    /// changes redo the document.
    public var terms: [TermCount]
    /// New-term candidates of the document (a short list), for the batch report.
    public var candidates: TermCandidateList

    /// Creates an outcome.
    public init(
        files: [String], terms: [TermCount] = [], candidates: TermCandidateList = TermCandidateList(),
        headline: DocumentHeadline? = nil,
        skipped: String? = nil
    ) {
        self.files = files
        self.headline = headline
        self.skipped = skipped
        self.terms = terms
        self.candidates = candidates
    }

    /// The ids of the glossary entries matched.
    public var entryIDs: [String] { Array(Set(terms.compactMap(\.entryID))).sorted() }
}
