import DuizhaoKit
import Foundation
import Testing

@Suite struct CheckRendererTests {
    func report() throws -> CheckReport {
        let pairs = [
            BilingualPair(
                source: "积极参与“一带一路”建设<script>alert(1)</script>。",
                target: "We join One Belt, One Road <img src=x onerror=alert(1)>.", line: 1),
            BilingualPair(source: "到2025年。", target: "By 2025.", line: 2),
        ]
        return try CheckFixtures.checker().check(pairs: pairs, file: "a&b.tsv")
    }

    @Test func htmlEscapesAllText() throws {
        let html = CheckHTMLRenderer().render(try report())
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("a&amp;b.tsv"))
        #expect(html.contains("deprecated-rendering"))
        #expect(html.contains("id=\"pair-2\""))
    }

    @Test func tableListsFindingsAndCounts() throws {
        let text = CheckTableRenderer(showPairs: true).render(try report())
        #expect(text.contains("2 pairs (given: 2); alignment given by the file"))
        #expect(text.contains("error    deprecated-rendering"))
        #expect(text.contains("1 error, 0 warnings, 0 info"))
        #expect(text.contains("      en: By 2025."))
    }

    @Test func jsonRoundTrips() throws {
        let report = try report()
        let data = try JSONOutput.data(report)
        let decoded = try JSONDecoder().decode(CheckReport.self, from: data)
        #expect(decoded == report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "duizhao.check/1")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["kind"] as? String == "deprecated-rendering")
        #expect((findings.first?["entry"] as? [String: Any])?["id"] as? String == "belt-and-road-initiative")
    }
}
