/// A stretch of a sentence whose English is fixed rather than glossed word by word: a heading
/// number, a date, a document number, an ordinal, a formula phrase.
struct LinePhrase: Hashable, Sendable {
    /// What the phrase is.
    enum Kind: String, Hashable, Sendable {
        /// A heading number at the start of a line (一、 → I.).
        case headingNumber
        /// A list opener (一是 → First,).
        case enumerator
        /// A date (2026年1月25日 → January 25, 2026).
        case date
        /// A document number (国发〔2021〕7号 → Guo Fa [2021] No. 7).
        case documentNumber
        /// An ordinal (第十四届 → 14th).
        case ordinal
        /// A phrase of the formula table.
        case formula
    }

    /// Where it lies in the document's text.
    var span: TextSpan
    /// Its English.
    var english: String
    /// What it is.
    var kind: Kind
}
