import DuizhaoKit
import Foundation
import Testing

/// The check fixture against the repository's own glossary, whose entries the fixture
/// glossary copies.
@Suite struct ShippedGlossaryCheckTests {
    func shipped() throws -> Glossary {
        let folder = RepositoryFiles.root.appendingPathComponent("glossaries").path
        return try Glossary.load(paths: try GlossaryLocator.files(folder: folder, extra: []))
    }

    @Test func fixtureEntriesAreTheShippedOnes() throws {
        let shipped = try shipped()
        for entry in try CheckFixtures.glossary().entries {
            let original = try #require(shipped.entry(id: entry.id), "\(entry.id) is not shipped")
            #expect(original.zh == entry.zh)
            #expect(original.en == entry.en)
            #expect(original.alternatives == entry.alternatives)
            #expect(original.status == entry.status)
            #expect(original.source == entry.source)
        }
    }

    @Test func deliberateErrorsAndNoOtherErrorWithTheShippedGlossary() throws {
        let pairs = try BilingualReader().read(path: try CheckFixtures.path("policy.tsv"))
        let report = try TranslationChecker(glossary: try shipped()).check(pairs: pairs, file: "policy.tsv")
        let summary = CheckFixtures.summary(report.findings)
        for finding in TranslationCheckerTests.deliberate { #expect(summary.contains(finding), "\(finding)") }
        let errorPairs = Set(report.findings.filter { $0.severity == .error }.map(\.pair))
        #expect(errorPairs == [4, 6, 8])
    }
}
