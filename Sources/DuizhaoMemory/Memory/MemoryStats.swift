import Foundation

/// What a translation memory holds: pairs by language and origin, dates, glossary versions.
public struct MemoryStats: Equatable, Sendable {
    /// A name with a count.
    public struct Count: Equatable, Sendable {
        /// The language pair or origin.
        public var name: String
        /// How many pairs.
        public var count: Int
    }

    /// The store's file.
    public var path: String
    /// The number of pairs.
    public var units = 0
    /// Pairs by language pair (`zh-CN → en`), most first.
    public var languages: [Count] = []
    /// Pairs by origin (imported file or TSV origin), most first.
    public var origins: [Count] = []
    /// The earliest and latest creation dates; nil when empty.
    public var created: ClosedRange<Date>?
    /// The earliest and latest import dates; nil when empty.
    public var imported: ClosedRange<Date>?
    /// The glossary versions pairs were imported with.
    var glossaryVersions: [String] = []
    /// Cached machine translation responses.
    var machineTranslations = 0

    /// A plain-text report.
    public func renderText() -> String {
        func day(_ date: Date) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            return formatter.string(from: date)
        }
        var lines = ["store: \(path)", "units: \(units)"]
        if !languages.isEmpty {
            lines.append("languages:")
            lines += languages.map { "  \($0.name): \($0.count)" }
        }
        if !origins.isEmpty {
            lines.append("origins:")
            lines += origins.map { "  \($0.name): \($0.count)" }
        }
        if let created { lines.append("created: \(day(created.lowerBound)) to \(day(created.upperBound))") }
        if let imported { lines.append("imported: \(day(imported.lowerBound)) to \(day(imported.upperBound))") }
        lines.append(
            "glossary versions: \(glossaryVersions.isEmpty ? "none recorded" : glossaryVersions.map { String($0.prefix(12)) }.joined(separator: ", "))"
        )
        lines.append("cached machine translations: \(machineTranslations)")
        return lines.joined(separator: "\n") + "\n"
    }
}
