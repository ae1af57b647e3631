import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Ranks the candidates of the team's three sample documents (Fixtures/discovery) and scores
/// them against the hand-made list kept with them (expected.txt).
///
/// Threshold: precision at 20 of at least 0.75 — three of every four proposals at the top
/// worth a maintainer's time. The ranking reaches 1.0 on these samples and 0.85 on a real
/// 12,900-character policy article (docs/batch.md); before the evidence weighting, generic
/// word combinations (科技成果, 创新资源) filled about half of the top 20, which this
/// threshold catches. Every must-have term must be in the top 30.
@Suite struct DiscoveryPrecisionTests {
    static let files = ["bay-innovation.txt", "qinghe-plan.md", "harbor-notice.html"]

    func fixture(_ name: String) throws -> URL {
        let url = try #require(
            Bundle.module.url(forResource: "discovery", withExtension: nil, subdirectory: "Fixtures"))
        return url.appendingPathComponent(name)
    }

    func ranked() throws -> [String] {
        let reader = try DocumentReader()
        var finder = TermCandidateFinder()
        for name in Self.files { finder.add(try reader.read(path: try fixture(name).path)) }
        return finder.result(limit: 50).candidates.map(\.text)
    }

    @Test func precisionAtTwentyOnTheSampleDocuments() throws {
        let evaluation = CandidateEvaluation(list: try String(contentsOf: try fixture("expected.txt"), encoding: .utf8))
        let candidates = try ranked()
        let precision = evaluation.precision(candidates, at: 20)
        #expect(precision >= 0.75, "\(evaluation.summary(candidates))")
        let recall = evaluation.requiredRecall(candidates, at: 30)
        #expect(recall.missed.isEmpty, "missed: \(recall.missed)")
    }

    @Test func evaluationCountsMatchesAndNearMatches() {
        let evaluation = CandidateEvaluation(list: "# comment\n*国家基因库\n三网融合|三网\n")
        #expect(evaluation.expected.count == 2)
        #expect(evaluation.isRelevant("深圳国家基因库"))
        #expect(evaluation.isRelevant("三网"))
        #expect(!evaluation.isRelevant("广东深圳国家基因库"))
        #expect(evaluation.precision(["三网", "科技成果", "国家基因库", "创新资源"], at: 2) == 0.5)
        #expect(evaluation.precision(["三网", "科技成果", "国家基因库", "创新资源"], at: 10) == 0.5)
        #expect(evaluation.requiredRecall(["科技成果"], at: 1).missed == ["国家基因库"])
    }
}
