import DuizhaoCore

/// What the batch report shows of a document besides its path: its title, issuing body,
/// document number and date (written, else published), as the document gives them.
public struct DocumentHeadline: Codable, Sendable, Equatable {
    /// The title.
    public var title: String?
    /// The issuing body.
    public var issuer: String?
    /// The document number.
    public var documentNumber: String?
    /// The date written, else the date published (ISO 8601).
    public var date: String?
    /// The language of the text (BCP 47).
    public var language: String?

    /// The headline of `document`.
    public init(_ document: Document) {
        title = document.metadata.title
        issuer = document.metadata.issuer
        documentNumber = document.metadata.documentNumber
        date = document.metadata.dateWritten ?? document.metadata.date
        language = document.source.language
    }

    /// The outcome of a job that skips `document` because it is not Chinese (unless
    /// `include`), or nil when the job should process it.
    public static func skipping(_ document: Document, include: Bool) -> DocumentOutcome? {
        guard !include, let reason = LanguageDetector.notChineseReason(document.source.language) else { return nil }
        return DocumentOutcome(files: [], headline: DocumentHeadline(document), skipped: reason)
    }
}
