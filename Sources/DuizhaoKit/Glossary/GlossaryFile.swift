/// One parsed glossary file: its entries, where each field of each entry stands, and the
/// problems found.
public struct GlossaryFile: Sendable {
    /// An entry with the columns its fields start at, for diagnostics about it.
    public struct Record: Sendable {
        /// The entry (its `origin` names the file and line).
        public var entry: GlossaryEntry
        /// The 1-based column at which each field of the line starts.
        public var columns: [GlossaryColumn: Int]

        /// Creates a record.
        public init(entry: GlossaryEntry, columns: [GlossaryColumn: Int] = [:]) {
            self.entry = entry
            self.columns = columns
        }

        /// The column of `field`, 1 when unknown.
        public func column(_ field: GlossaryColumn) -> Int { columns[field] ?? 1 }
    }

    /// The path as given.
    public var path: String
    /// The usable entries, in file order.
    public var records: [Record]
    /// Problems found, in file order.
    public var diagnostics: [GlossaryDiagnostic]

    /// Creates a parsed file.
    public init(path: String, records: [Record], diagnostics: [GlossaryDiagnostic]) {
        self.path = path
        self.records = records
        self.diagnostics = diagnostics
    }

    /// The entries, in file order.
    public var entries: [GlossaryEntry] { records.map(\.entry) }
}
