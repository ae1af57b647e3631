/// A term a document defines for itself: an abbreviation it introduces in the text
/// (`……（以下简称“示范区”）`, `（简称“××”）`) or an entry of its 名词解释 appendix.
///
/// Ingestion reads appendix definitions into `Document.definitions`; annotation adds the
/// abbreviations it finds in the text and matches every definition as a document-local term.
public struct DocumentDefinition: Codable, Equatable, Hashable, Sendable {
    /// Where in the document the definition stands.
    public enum Kind: String, Codable, Sendable {
        /// An abbreviation introduced in running text (以下简称, 简称).
        case abbreviation
        /// An entry of a definitions appendix (名词解释).
        case appendix
    }

    /// The term as the document writes it, without quotation marks (`三区三线`).
    public var term: String
    /// What the document says it stands for: the full form or the explanation.
    public var definition: String
    /// The 1-based line of the input the definition stands on.
    public var line: Int
    /// Where it stands.
    public var kind: Kind
}
