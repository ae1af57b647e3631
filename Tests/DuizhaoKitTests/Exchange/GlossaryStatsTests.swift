import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct GlossaryStatsTests {
    private var entries: [GlossaryEntry] {
        var entries = ExchangeSamples.entries
        entries.append(
            GlossaryEntry(
                id: "nosource", zh: "乙", en: "B", category: "program", source: " ",
                origin: GlossaryEntry.Origin(file: "g.tsv", line: 9)))
        return entries
    }

    @Test func countsByCategoryStatusAndSource() {
        let stats = GlossaryStats(entries: entries)
        #expect(stats.entries == 6)
        #expect(stats.byCategory.first == GlossaryStats.Count(name: "program", entries: 3))
        #expect(stats.byCategory.map(\.name) == ["program", "field", "general", "reform"])
        #expect(stats.byStatus.map(\.name) == ["official", "established", "proposed", "deprecated"])
        #expect(stats.byStatus.map(\.entries) == [2, 1, 2, 1])
        #expect(stats.bySource.map(\.entries).reduce(0, +) == 5)
        #expect(stats.bySource.contains(GlossaryStats.Count(name: "duizhao team (proposed)", entries: 1)))
        #expect(stats.withoutSource == [GlossaryStats.EntryReference(id: "nosource", file: "g.tsv", line: 9)])
    }

    @Test func rendersTableAndJSON() throws {
        let stats = GlossaryStats(entries: entries)
        let table = stats.renderTable()
        #expect(table.hasPrefix("entries: 6\n"))
        #expect(table.contains("\nby category:\n  entries  category\n        3  program\n"))
        #expect(table.contains("\nentries without a source: 1\n  nosource  (g.tsv:9)\n"))
        let json = try stats.renderJSON()
        let decoded = try JSONDecoder().decode(GlossaryStats.self, from: Data(json.utf8))
        #expect(decoded == stats)
        #expect(json.contains("\"withoutSource\""))
    }
}
