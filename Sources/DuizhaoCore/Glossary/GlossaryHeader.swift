/// A native glossary file's header row read against the schema (``GlossaryColumn``): which
/// column each cell names, and the cells that name none or repeat one. The one header reader
/// of the strict loader and the lenient import, which differ only in how they report.
package struct GlossaryHeader {
    /// Why a header cell is not used.
    package enum Problem {
        /// The cell names no column of the format (empty cells included).
        case unknown
        /// The cell names a column an earlier cell named; the first is used.
        case repeated
    }

    /// The column each cell names, nil for the cells not used.
    package var columns: [GlossaryColumn?] = []
    /// The cells not used, in order: their index, their name as written, and why.
    package var problems: [(index: Int, name: String, problem: Problem)] = []

    /// Reads `names` (trimmed cells; matched in any case).
    package init(_ names: [String]) {
        var seen = Set<GlossaryColumn>()
        for (index, name) in names.enumerated() {
            guard let column = GlossaryColumn(rawValue: name.lowercased()) else {
                columns.append(nil)
                problems.append((index, name, .unknown))
                continue
            }
            if seen.insert(column).inserted {
                columns.append(column)
            } else {
                columns.append(nil)
                problems.append((index, name, .repeated))
            }
        }
    }

    /// The cell index of each column named.
    package var indexes: [GlossaryColumn: Int] {
        var result: [GlossaryColumn: Int] = [:]
        for (index, column) in columns.enumerated() { if let column { result[column] = index } }
        return result
    }

    /// The columns of `required` the header lacks.
    package func missing(_ required: [GlossaryColumn]) -> [GlossaryColumn] {
        let named = Set(columns.compactMap { $0 })
        return required.filter { !named.contains($0) }
    }
}
