import DuizhaoCore
import DuizhaoText

/// Counts of a glossary's entries by category, status and source, and the entries that name
/// no source (which every rendering must have).
public struct GlossaryStats: Codable, Equatable, Sendable {
    /// A name and how many entries have it.
    public struct Count: Codable, Equatable, Sendable {
        /// The category, status or source.
        public var name: String
        /// The number of entries.
        public var entries: Int
    }

    /// An entry pointed to by id and origin.
    public struct EntryReference: Codable, Equatable, Sendable {
        /// The entry's id.
        public var id: String
        /// The file it was loaded from.
        public var file: String?
        /// Its line there.
        public var line: Int?
    }

    /// The number of entries.
    public var entries: Int
    /// Entries per category, most first (ties by name).
    var byCategory: [Count]
    /// Entries per status, every status in order from `official` to `deprecated`, zeros included.
    var byStatus: [Count]
    /// Entries per source, most first (ties by name); entries without one are not counted here.
    var bySource: [Count]
    /// Entries whose source is empty.
    var withoutSource: [EntryReference]

    /// Counts `entries`.
    public init(entries: [GlossaryEntry]) {
        self.entries = entries.count
        byCategory = Self.counts(entries.map(\.category))
        byStatus = GlossaryEntry.Status.inGlossaryFiles.map { status in
            Count(name: status.rawValue, entries: entries.filter { $0.status == status }.count)
        }
        let sourced = entries.filter { !Self.isBlank($0.source) }
        bySource = Self.counts(sourced.map(\.source))
        withoutSource = entries.filter { Self.isBlank($0.source) }.map {
            EntryReference(id: $0.id, file: $0.origin?.file, line: $0.origin?.line)
        }
    }

    /// A plain-text report: a count column, then the name.
    public func renderTable() -> String {
        let width = max(String(entries).count, 7)
        func row(_ count: Int, _ name: String) -> String {
            let number = String(count)
            return "  " + String(repeating: " ", count: max(0, width - number.count)) + number + "  " + name + "\n"
        }
        var text = "entries: \(entries)\n"
        for (title, counts) in [("category", byCategory), ("status", byStatus), ("source", bySource)] {
            text += "\nby \(title):\n"
            text += "  " + String(repeating: " ", count: width - 7) + "entries  \(title)\n"
            for count in counts { text += row(count.entries, count.name) }
        }
        text += "\nentries without a source: \(withoutSource.count)\n"
        for reference in withoutSource {
            var place = ""
            if let file = reference.file { place = "  (\(file)\(reference.line.map { ":\($0)" } ?? ""))" }
            text += "  \(reference.id)\(place)\n"
        }
        return text
    }

    /// The counts as deterministic JSON.
    public func renderJSON() throws -> String {
        try JSONOutput.string(self)
    }

    private static func counts(_ names: [String]) -> [Count] {
        var tally: [String: Int] = [:]
        for name in names { tally[name, default: 0] += 1 }
        return tally.map { Count(name: $0.key, entries: $0.value) }.sorted {
            $0.entries != $1.entries ? $0.entries > $1.entries : $0.name < $1.name
        }
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
