import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Entries and fixtures shared by the exchange tests.
enum ExchangeSamples {
    /// A small glossary exercising every field, with hostile text in one entry.
    static let entries: [GlossaryEntry] = [
        GlossaryEntry(
            id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan",
            alternatives: [GlossaryEntry.Alternative("Peacock Program")],
            variants: ["孔雀計劃", "“孔雀计划”"], category: "program", status: .established,
            source: "Shenzhen Municipal Government English site",
            note: "Shenzhen's program to attract overseas high-level talent."),
        GlossaryEntry(
            id: "fang-guan-fu", zh: "放管服",
            en: "reforms to streamline administration, delegate power and improve services",
            fullForm: "简政放权、放管结合、优化服务", category: "reform", status: .official,
            source: "State Council English website"),
        GlossaryEntry(
            id: "belt-and-road", zh: "一带一路", en: "Belt and Road Initiative",
            alternatives: [
                GlossaryEntry.Alternative("One Belt, One Road", status: .deprecated), GlossaryEntry.Alternative("B&R"),
            ],
            category: "program", status: .official, source: "Xinhua style guide", match: .strict),
        GlossaryEntry(id: "5g-base-station", zh: "5G基站", en: "5G base station", category: "field"),
        GlossaryEntry(
            id: "hostile", zh: "<b>“测试”</b> & 'x'", en: "\"]]></term><script>alert(1)</script>",
            alternatives: [GlossaryEntry.Alternative("a < b & c > d", status: .established)],
            category: "general", status: .deprecated, source: "a & b < c > d \"q\" 'a' &amp;",
            note: "<!ENTITY x \"y\"> &x; <![CDATA[ z ]]>"),
    ]

    /// The bytes of a fixture in `Fixtures/Exchange`.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Exchange"))
        return [UInt8](try Data(contentsOf: url))
    }

    /// `entries` without origins, for comparing what a format carries.
    static func withoutOrigins(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        entries.map {
            var copy = $0; copy.origin = nil; return copy
        }
    }

    /// Compares entries field by field, so a failure names the field.
    static func expectSameFields(
        _ actual: [GlossaryEntry], _ expected: [GlossaryEntry], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(a.id == e.id, sourceLocation: sourceLocation)
            #expect(a.zh == e.zh, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.en == e.en, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.alternatives == e.alternatives, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.variants == e.variants, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.fullForm == e.fullForm, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.category == e.category, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.status == e.status, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.source == e.source, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.note == e.note, "\(e.id)", sourceLocation: sourceLocation)
            #expect(a.match == e.match, "\(e.id)", sourceLocation: sourceLocation)
        }
    }
}
