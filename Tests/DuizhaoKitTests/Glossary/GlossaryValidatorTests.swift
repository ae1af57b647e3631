import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct GlossaryValidatorTests {
    @Test func formsOfDifferentEntriesFoldingAlikeAreWarnings() throws {
        let file = GlossaryTSVParser().parse(
            """
            id\tzh\ten\tvariants\tsource
            peacock-plan\t孔雀计划\tPeacock Plan\t\ts
            peacock-team\t孔雀团队\tPeacock Team\t孔雀計劃\ts
            """, path: "g.tsv")
        let report = try GlossaryValidator().validate(Glossary(files: [file]))
        #expect(report.isValid)
        let warning = try #require(report.warnings.first)
        #expect(warning.line == 3)
        #expect(warning.column == 1 + "peacock-team\t孔雀团队\tPeacock Team\t".count)
        #expect(warning.message.contains("peacock-plan"))
        #expect(report.render().contains("Warnings (1):\ng.tsv:3:"))
    }

    @Test func reportListsErrorsWarningsAndOverridesSeparately() throws {
        let parser = GlossaryTSVParser()
        let base = parser.parse(
            "id\tzh\ten\tsource\tcategory\na\t人才\ttalent\ts\tpeople\nb\t孔雀\t\ts\tgeneral\n", path: "10.tsv")
        let house = parser.parse("id\tzh\ten\tsource\na\t人才\ttalents\thouse\n", path: "house.tsv")
        let report = try GlossaryValidator().validate(Glossary(files: [base, house]))
        #expect(!report.isValid)
        #expect(report.errors.map(\.line) == [3])
        #expect(report.warnings.map(\.line) == [2])
        #expect(report.overrides.count == 1)
        let text = report.render()
        let errors = try #require(text.range(of: "Errors (1):"))
        let warnings = try #require(text.range(of: "Warnings (1):"))
        let overrides = try #require(text.range(of: "Overrides (1):"))
        #expect(errors.lowerBound < warnings.lowerBound && warnings.lowerBound < overrides.lowerBound)
        #expect(text.hasSuffix("2 files, 1 entry: 1 error, 1 warning\n"))
    }
}
