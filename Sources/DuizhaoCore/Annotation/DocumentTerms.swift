import Foundation

/// The terms a document defines for itself as document-local glossary entries, and their
/// occurrences: an abbreviation (`（以下简称“示范区”）`) from its definition on, a 名词解释
/// appendix entry everywhere.
///
/// Each entry has status ``GlossaryEntry/Status/documentDefined``, the id
/// `document-defined-N` (no glossary file can give that status, so it is never taken for a
/// shipped entry), the document and line as its source, the definition as its full form,
/// and as English the glossary's rendering of the full form where the glossary has it,
/// else a gloss.
struct DocumentTerms {
    /// The document-local entries, in the order of their definitions.
    var entries: [GlossaryEntry]
    /// Their occurrences in the document (possibly overlapping glossary matches).
    var matches: [TermMatch]

    /// The longest full form whose gloss is used as an entry's English, in scalars.
    static let longestGlossedFullForm = 12

    /// The prefix of every document-local entry id.
    static let idPrefix = "document-defined-"

    /// True when `id` names a document-local entry.
    static func isLocal(_ id: String) -> Bool { id.hasPrefix(idPrefix) }

    /// The entries of `definitions` (of `document`), matched in `document` (judged with
    /// `lexicon` as glossary terms are); `english` gives the English of a Chinese phrase and
    /// the entry that renders it wholly, if any.
    init(
        definitions: [DocumentDefinition], in document: Document, lexicon: LexiconSegmenter? = nil,
        english: (String) -> (text: String, entry: GlossaryEntry?)?
    ) throws {
        var entries: [GlossaryEntry] = []
        var starts: [String: Int] = [:]
        var seen = Set<String>()
        for definition in definitions where !definition.term.isEmpty && seen.insert(definition.term).inserted {
            let id = Self.idPrefix + String(entries.count + 1)
            // An abbreviation is the full form's short name: its English is the full form's
            // when the glossary renders the full form, else the glossary's rendering of the
            // term itself, else a gloss of the full form. An appendix entry explains a term:
            // its English is the term's.
            // A gloss of a long full form is word salad: the term's own gloss is shorter.
            let bare = definition.term.trimmingCharacters(in: CharacterSet(charactersIn: "《》"))
            var rendered = english(bare).flatMap { $0.entry == nil ? nil : $0 }
            if definition.kind == .abbreviation, let full = english(definition.definition),
                full.entry != nil
                    || (rendered == nil && definition.definition.unicodeScalars.count <= Self.longestGlossedFullForm)
            {
                rendered = full
            }
            if rendered == nil { rendered = english(bare) }
            let how = definition.kind == .abbreviation ? "defined in the text" : "defined in its 名词解释 appendix"
            var note = "Defined by this document (\(how))"
            if let entry = rendered?.entry {
                note += "; English of the glossary entry \(entry.zh) (\(entry.id), \(entry.status.rawValue))"
            }
            entries.append(
                GlossaryEntry(
                    id: id, zh: definition.term, en: rendered?.text ?? definition.term, fullForm: definition.definition,
                    category: rendered?.entry?.category ?? "concept", status: .documentDefined,
                    source: "\(document.source.path), line \(definition.line)", note: note + ".",
                    origin: GlossaryEntry.Origin(file: document.source.path, line: definition.line)))
            if definition.kind == .abbreviation {
                starts[id] = document.paragraphs.first(where: { $0.line >= definition.line })?.span.start ?? 0
            }
        }
        self.entries = entries
        guard !entries.isEmpty else {
            matches = []
            return
        }
        let matcher = try TermMatcher(glossary: Glossary(entries: entries), lexicon: lexicon)
        matches = matcher.matches(in: document).filter { $0.span.start >= starts[$0.entryID, default: 0] }
    }
}
