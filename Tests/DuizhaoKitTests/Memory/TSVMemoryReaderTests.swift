import Testing
@testable import DuizhaoKit
@testable import DuizhaoMemory

@Suite struct TSVMemoryReaderTests {
    @Test func readsPairsWithOptionalHeaderAndOrigin() throws {
        let text = "source\ttarget\torigin\n# reviewed 2024\n附则\tSupplementary Provisions\n\n总则\tGeneral Provisions\t2024 report\r\n"
        let units = try TSVMemoryReader().read(text, file: "pairs.tsv")
        #expect(units.map(\.source) == ["附则", "总则"])
        #expect(units.map(\.target) == ["Supplementary Provisions", "General Provisions"])
        #expect(units.map(\.origin) == ["pairs.tsv", "2024 report"])
        #expect(units.map(\.line) == [3, 5])
        let headerless = try TSVMemoryReader().read("附则\tSupplementary Provisions\n", file: "pairs.tsv")
        #expect(headerless.count == 1)
    }

    @Test func badLinesAreReportedWithTheirNumber() {
        #expect(throws: TranslationMemoryError.badLine(file: "p.tsv", line: 2, problem: "expected source<TAB>target[<TAB>origin], found no tab")) {
            try TSVMemoryReader().read("附则\tSupplementary Provisions\n总则 General Provisions\n", file: "p.tsv")
        }
        #expect(throws: TranslationMemoryError.badLine(file: "p.tsv", line: 1, problem: "the target (column 2) is empty")) {
            try TSVMemoryReader().read("附则\t\n", file: "p.tsv")
        }
        #expect(throws: TranslationMemoryError.self) {
            try TSVMemoryReader().read("Supplementary Provisions\t附则\n", file: "p.tsv")
        }
        #expect(throws: TranslationMemoryError.self) {
            try TSVMemoryReader().read("附则\ta\tb\tc\n", file: "p.tsv")
        }
    }
}
