import DuizhaoText

/// The entries of one or more glossary files, merged in a declared order: a later file's
/// entry replaces an earlier one with the same `id` (or, when the ids differ, the same `zh`
/// headword), and each replacement is recorded in ``overrides``.
public struct Glossary: Sendable {
    /// The entries, in load order (a replacing entry takes the replaced one's place).
    public private(set) var entries: [GlossaryEntry] = []
    /// The files loaded, in order.
    public private(set) var files: [String] = []
    /// Replacements of earlier entries by later ones.
    public private(set) var overrides: [GlossaryOverride] = []
    /// Problems found in the files and across them, in file order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Rows of the files left out because of an error.
    public private(set) var skippedRows = 0
    /// Files refused whole (not a tab-separated UTF-8 glossary, or no usable header).
    public private(set) var rejectedFiles: [String] = []
    private var positionOfID: [String: Int] = [:]
    private var records: [GlossaryFile.Record] = []

    /// An empty glossary.
    public init() {}

    /// A glossary of in-memory entries; later entries override earlier ones as later files do.
    public init(entries: [GlossaryEntry]) {
        self.init(files: [
            GlossaryFile(path: "(in memory)", records: entries.map { GlossaryFile.Record(entry: $0) }, diagnostics: [])
        ])
    }

    /// Merges parsed files in order.
    public init(files parsed: [GlossaryFile]) {
        var merged: [GlossaryFile.Record?] = []
        var byID: [String: Int] = [:]
        var byHeadword: [ExactString: Int] = [:]
        for file in parsed {
            files.append(file.path)
            diagnostics += file.diagnostics
            skippedRows += file.skippedRows
            if file.isRejected { rejectedFiles.append(file.path) }
            for record in file.records {
                let entry = record.entry
                var slot: Int?
                if let position = byID[entry.id], let old = merged[position]?.entry {
                    overrides.append(
                        GlossaryOverride(
                            replacedID: old.id, replacedOrigin: old.origin, winnerID: entry.id,
                            winnerOrigin: entry.origin, reason: .sameID))
                    byHeadword[ExactString(old.zh)] = nil
                    slot = position
                }
                if let position = byHeadword[ExactString(entry.zh)], position != slot, let old = merged[position]?.entry
                {
                    overrides.append(
                        GlossaryOverride(
                            replacedID: old.id, replacedOrigin: old.origin, winnerID: entry.id,
                            winnerOrigin: entry.origin, reason: .sameHeadword))
                    byID[old.id] = nil
                    if slot == nil { slot = position } else { merged[position] = nil }
                }
                if let slot {
                    merged[slot] = record
                    byID[entry.id] = slot
                    byHeadword[ExactString(entry.zh)] = slot
                } else {
                    byID[entry.id] = merged.count
                    byHeadword[ExactString(entry.zh)] = merged.count
                    merged.append(record)
                }
            }
        }
        let records = merged.compactMap { $0 }
        entries = records.map(\.entry)
        self.records = records
        for (position, entry) in entries.enumerated() { positionOfID[entry.id] = position }
        diagnostics += Self.crossEntryDiagnostics(records)
    }

    /// Reads and merges glossary files in order (see ``GlossaryLocator/files(folder:extra:)``
    /// for the declared order of a folder and extra files); files in the default `folder`
    /// are named relative to it (``GlossaryLocator/displayName(of:folder:)``).
    public static func load(paths: [String], folder: String? = nil) throws -> Glossary {
        let parser = GlossaryTSVParser()
        return Glossary(
            files: try paths.map {
                try parser.parse(contentsOf: $0, name: GlossaryLocator.displayName(of: $0, folder: folder))
            })
    }

    /// The entry with `id`.
    public func entry(id: String) -> GlossaryEntry? {
        positionOfID[id].map { entries[$0] }
    }

    /// The 1-based column at which `field` of the entry at `position` starts in its file (1
    /// when unknown).
    public func column(of field: GlossaryColumn, entryAt position: Int) -> Int {
        position < records.count ? records[position].column(field) : 1
    }

    /// The errors among ``diagnostics``.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The warnings among ``diagnostics``.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// True when there are no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// Problems between entries of the merged glossary: a variant that is another entry's
    /// headword.
    static func crossEntryDiagnostics(_ records: [GlossaryFile.Record]) -> [Diagnostic] {
        var headwordOwner: [ExactString: String] = [:]
        headwordOwner.reserveCapacity(records.count)
        for record in records { headwordOwner[ExactString(record.entry.zh)] = record.entry.id }
        var result: [Diagnostic] = []
        for record in records {
            for variant in record.entry.variants {
                guard let owner = headwordOwner[ExactString(variant)], owner != record.entry.id else { continue }
                result.append(
                    Diagnostic(
                        .error, file: record.entry.origin?.file ?? "(in memory)", line: record.entry.origin?.line ?? 0,
                        column: record.column(.variants),
                        "variant \(variant) of \(record.entry.id) is the headword of \(owner); remove it from one of them"
                    ))
            }
        }
        return result
    }
}
