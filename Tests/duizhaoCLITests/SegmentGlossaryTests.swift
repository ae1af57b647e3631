import Foundation
import Testing

@Suite struct SegmentGlossaryTests {
    @Test func segmentMarksGlossaryTermsAsSingleTokens() throws {
        let folder = try GlossaryCLIFixtures.folder(["10-test.tsv": GlossaryCLIFixtures.good])
        let input = Data("深圳实施孔雀计划，推进放管服改革。".utf8)
        let plain = try CLI.run(["segment", "-", "--no-default-glossary", "--glossary", folder.path], input: input)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("孔雀计划 | ，"))
        #expect(plain.stdout.contains("放管服 | 改革"))

        let json = try CLI.run(
            ["segment", "-", "--json", "--no-default-glossary", "--glossary", folder.path], input: input)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let terms = object?["terms"] as? [[String: Any]]
        #expect(terms?.map { $0["entryID"] as? String } == ["peacock-plan", "fangguanfu"])
        let sentences = object?["sentences"] as? [[String: Any]]
        let tokens = sentences?.first?["tokens"] as? [[String: Any]]
        let term = tokens?.first { $0["text"] as? String == "孔雀计划" }
        #expect(term?["kind"] as? String == "term")
        #expect(term?["entryID"] as? String == "peacock-plan")
        #expect(object?["text"] as? String == "深圳实施孔雀计划，推进放管服改革。")
    }

    @Test func noGlossaryKeepsICUTokens() throws {
        let folder = try GlossaryCLIFixtures.folder(["10-test.tsv": GlossaryCLIFixtures.good])
        let result = try CLI.run(
            ["segment", "-", "--no-glossary", "--glossary", folder.path], input: Data("实施孔雀计划。".utf8))
        #expect(result.stdout.contains("孔雀 | 计划"))
    }
}
