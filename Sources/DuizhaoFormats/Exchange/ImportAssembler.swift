import DuizhaoCore
import DuizhaoText
import Foundation

/// Turns drafts read from one file into entries, the same way for every import format:
/// fields trimmed and freed of tabs and line breaks, entries without a Chinese or English
/// term skipped, ids made valid and unique, and the defaults that never claim more than the
/// file says: an entry without a source gets `imported from <file>`, one without a status
/// is `proposed`.
///
/// Not thread-safe (it holds an ICU transliterator for ids); make one per import.
struct ImportAssembler {
    /// The file name used in origins and diagnostics.
    let file: String
    /// The source given to entries whose file names none.
    let defaultSource: String
    /// Whether categories must be native ones (unknown ones become `general`, reported).
    var checkCategories = true
    /// What could not be carried over.
    var log = DiagnosticLog()
    private(set) var entries: [GlossaryEntry] = []
    private let ids = EntryIDGenerator()
    private var headwordLines: [String: Int] = [:]

    /// Creates an assembler for `file`; `defaultSource` defaults to `imported from <file name>`.
    init(file: String, defaultSource: String? = nil) {
        self.file = file
        self.defaultSource = defaultSource ?? "imported from \((file as NSString).lastPathComponent)"
    }

    /// Adds a diagnostic at `line`.
    mutating func report(_ message: String, line: Int?, entryID: String? = nil, key: String? = nil) {
        let diagnostic = Diagnostic(.warning, file: file, line: line, entryID: entryID, message)
        if let key { log.add(diagnostic, key: key) } else { log.add(diagnostic) }
    }

    /// Checks `draft` and adds it as an entry, or reports why it cannot be one.
    mutating func add(_ draft: EntryDraft) {
        let line = draft.line
        var changedWhitespace = false
        func clean(_ text: String?) -> String? {
            guard let text else { return nil }
            var scalars = String.UnicodeScalarView()
            var previous: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                defer { previous = scalar }
                if FieldSanitizer.isTabOrLineBreak(scalar) {
                    changedWhitespace = true
                    // CRLF is one line break, one space.
                    if !(scalar == "\n" && previous == "\r") { scalars.append(" ") }
                } else {
                    scalars.append(scalar)
                }
            }
            let trimmed = String(scalars).trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        let givenID = clean(draft.id)
        guard let zh = clean(draft.zh) else {
            report("no Chinese term; entry skipped", line: line, entryID: givenID)
            return
        }
        guard let en = clean(draft.en) else {
            report("no English term for '\(zh)'; entry skipped", line: line, entryID: givenID)
            return
        }

        let id: String
        if let givenID {
            let valid = EntryIDGenerator.slug(givenID)
            let base = valid.isEmpty ? ids.base(en: en, zh: zh) : valid
            id = ids.unique(base)
            if id != givenID {
                let reason = base == givenID ? "is already used" : "is not a native id (lowercase letters, digits, -)"
                // TBX exports write ids that cannot start an XML ID with a leading `_`; restoring them is not news.
                if !(givenID == "_" + id) {
                    report("id '\(givenID)' \(reason); using '\(id)'", line: line, entryID: id)
                }
            }
        } else {
            id = ids.unique(ids.base(en: en, zh: zh))
        }

        var alternatives: [GlossaryEntry.Alternative] = []
        var seenAlternatives: Set<String> = [en]
        for alternative in draft.alternatives {
            guard let text = clean(alternative.text), seenAlternatives.insert(text).inserted else { continue }
            alternatives.append(GlossaryEntry.Alternative(text, status: alternative.status))
        }
        let fullForm = clean(draft.fullForm)
        var variants: [String] = []
        var seenVariants: Set<String> = [zh]
        if let fullForm { seenVariants.insert(fullForm) }
        for variant in draft.variants {
            guard let text = clean(variant), seenVariants.insert(text).inserted else { continue }
            variants.append(text)
        }

        var category = clean(draft.category) ?? "general"
        if checkCategories, !GlossaryColumn.categories.contains(category) {
            let lowered = category.lowercased()
            if GlossaryColumn.categories.contains(lowered) {
                category = lowered
            } else {
                report(
                    "category '\(category)' is not a native category; using 'general'", line: line, entryID: id,
                    key: "category \(category)")
                category = "general"
            }
        }

        if let earlier = headwordLines[zh] {
            report("zh '\(zh)' is also the headword of the entry at line \(earlier)", line: line, entryID: id)
        } else {
            headwordLines[zh] = line ?? 0
        }

        let entry = GlossaryEntry(
            id: id, zh: zh, en: en, alternatives: alternatives, variants: variants, fullForm: fullForm,
            category: category, status: draft.status ?? .proposed, source: clean(draft.source) ?? defaultSource,
            note: clean(draft.note), match: draft.match, origin: GlossaryEntry.Origin(file: file, line: line ?? 0))
        if changedWhitespace {
            report("tabs or line breaks inside fields replaced with spaces", line: line, entryID: id)
        }
        entries.append(entry)
    }

    /// The entries and diagnostics, as a result in `format`.
    func result(format: GlossaryImportFormat) -> GlossaryImportResult {
        GlossaryImportResult(entries: entries, diagnostics: log.diagnostics, format: format)
    }
}
