import DuizhaoText

/// One parsed glossary file: its entries, where each field of each entry stands, and the
/// problems found.
public struct GlossaryFile: Sendable {
    /// An entry with the columns its fields start at, for diagnostics about it.
    public struct Record: Sendable {
        /// The entry (its `origin` names the file and line).
        public var entry: GlossaryEntry
        /// The 1-based column at which each field of the line starts, by column ordinal (0
        /// when the file has no such column).
        var columns: [Int]

        /// Creates a record; `columns` gives the 1-based column at which each field starts.
        public init(entry: GlossaryEntry, columns: [GlossaryColumn: Int] = [:]) {
            self.entry = entry
            self.columns = [Int](repeating: 0, count: GlossaryColumn.allCases.count)
            for (field, column) in columns { self.columns[field.ordinal] = column }
        }

        init(entry: GlossaryEntry, ordinalColumns: [Int]) {
            self.entry = entry
            self.columns = ordinalColumns
        }

        /// The column of `field`, 1 when unknown.
        public func column(_ field: GlossaryColumn) -> Int { max(1, columns[field.ordinal]) }
    }

    /// The path as given.
    public var path: String
    /// The usable entries, in file order.
    public var records: [Record]
    /// Problems found, in file order.
    public var diagnostics: [Diagnostic]

    /// Rows left out because of an error (a line with the wrong number of columns, a
    /// missing required value, a duplicate, a line that is not UTF-8).
    public var skippedRows: Int
    /// True when the whole file was refused (not a tab-separated UTF-8 file, or a header
    /// without the required columns).
    var isRejected: Bool

    /// Creates a parsed file.
    public init(
        path: String, records: [Record], diagnostics: [Diagnostic], skippedRows: Int = 0, isRejected: Bool = false
    ) {
        self.path = path
        self.records = records
        self.diagnostics = diagnostics
        self.skippedRows = skippedRows
        self.isRejected = isRejected
    }

    /// The entries, in file order.
    public var entries: [GlossaryEntry] { records.map(\.entry) }
}
