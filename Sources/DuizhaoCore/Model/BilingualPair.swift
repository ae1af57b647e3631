/// One translation unit of a bilingual file: the Chinese, the English (empty when the unit
/// has none) and the line of the unit.
public struct BilingualPair: Hashable, Sendable {
    /// The Chinese.
    public var source: String
    /// The English; empty when untranslated.
    public var target: String
    /// The 1-based line of the unit in its file.
    public var line: Int
    /// True when the file marks the target a draft, not a finished translation (XLIFF 2
    /// `state="initial"`, XLIFF 1.2 `state="new"` or `needs-…`): duizhao's own draft targets
    /// are glosses.
    public var isDraft: Bool
    /// Where the pair says it came from (a TSV's third column), when it says.
    public var origin: String?

    /// Creates a pair.
    public init(source: String, target: String, line: Int, isDraft: Bool = false, origin: String? = nil) {
        self.source = source
        self.target = target
        self.line = line
        self.isDraft = isDraft
        self.origin = origin
    }
}
