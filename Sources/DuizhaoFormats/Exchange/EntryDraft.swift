import DuizhaoCore

/// An entry as read from a foreign file, before the checks and defaults that make it a
/// ``GlossaryEntry``: every field may be missing.
struct EntryDraft {
    var id: String?
    var zh: String?
    var en: String?
    var alternatives: [GlossaryEntry.Alternative] = []
    var variants: [String] = []
    var fullForm: String?
    var category: String?
    var status: GlossaryEntry.Status?
    var source: String?
    var note: String?
    var match: GlossaryEntry.MatchPolicy = .normal
    /// The 1-based line the entry starts on.
    var line: Int?
}
