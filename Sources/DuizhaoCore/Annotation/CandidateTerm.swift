/// A phrase that looks like a policy term but is not in the glossary, listed in a document's
/// annotation and brief for follow-up. Found by ``TermCandidateFinder``, the one candidate
/// finder (`duizhao terms` and the batch report use it too).
public struct CandidateTerm: Codable, Hashable, Sendable {
    /// The strongest reason it was picked (see ``CandidateReason``).
    public var kind: CandidateReason
    /// Every reason it was picked, in ``CandidateReason`` order.
    public var reasons: [CandidateReason]
    /// The phrase, without quotation marks.
    public var text: String
    /// Its number of occurrences in the document.
    public var count: Int
    /// Where it first occurs.
    public var span: TextSpan
    /// The sentence it first occurs in.
    public var firstSentence: Int
    /// Its pinyin with tone marks.
    public var pinyin: String?
    /// The full form it abbreviates, when known (a list nearby, or the document's own definition).
    public var fullForm: String?

    /// Creates a candidate.
    public init(
        text: String, kind: CandidateReason, reasons: [CandidateReason]? = nil, count: Int, span: TextSpan,
        firstSentence: Int, pinyin: String?,
        fullForm: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.reasons = reasons ?? [kind]
        self.count = count
        self.span = span
        self.firstSentence = firstSentence
        self.pinyin = pinyin
        self.fullForm = fullForm
    }
}
