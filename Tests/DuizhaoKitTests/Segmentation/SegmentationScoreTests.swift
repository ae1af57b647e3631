import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct SegmentationScoreTests {
    @Test func scoresSpansWithBothEdges() {
        // Gold 我|爱|北京|天安门, predicted 我|爱|北京天安门: 2 of 3 predicted right, 2 of 4 gold found.
        let score = SegmentationScore.of(gold: ["我", "爱", "北京", "天安门"], predicted: ["我", "爱", "北京天安门"])
        #expect(score == SegmentationScore(goldWords: 4, predictedWords: 3, correctWords: 2))
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-12)
        #expect(abs(score.recall - 0.5) < 1e-12)
        #expect(abs(score.f1 - 4.0 / 7.0) < 1e-12)
    }

    @Test func oneEdgeIsNotEnough() {
        // 北|京天|安门 shares no whole word with 北京|天安门.
        let score = SegmentationScore.of(gold: ["北京", "天安门"], predicted: ["北", "京天", "安门"])
        #expect(score.correctWords == 0)
        #expect(score.f1 == 0)
    }

    @Test func ignoresWhitespaceAndAddsUp() {
        #expect(
            SegmentationScore.spans(of: ["我", " ", "爱 你"]) == [TextSpan(start: 0, end: 1), TextSpan(start: 1, end: 3)])
        let total =
            SegmentationScore.of(gold: ["a", "b"], predicted: ["ab"])
            + SegmentationScore.of(gold: ["c"], predicted: ["c"])
        #expect(total == SegmentationScore(goldWords: 3, predictedWords: 2, correctWords: 1))
        #expect(SegmentationScore.format(0.8765) == "0.877")
        #expect(SegmentationScore.format(1) == "1.000")
        #expect(SegmentationScore.format(0.05) == "0.050")
    }

    @Test func evaluatesFixtureFilesWithCRLF() throws {
        let raw = Bundle.module.url(forResource: "segmentation-raw", withExtension: "utf8", subdirectory: "Fixtures")!
            .path
        let gold = Bundle.module.url(forResource: "segmentation-gold", withExtension: "utf8", subdirectory: "Fixtures")!
            .path
        let evaluation = try SegmentationEvaluation(rawPath: raw, goldPath: gold)
        #expect(evaluation.raw == ["我爱北京天安门", "", "猫是人才。"])
        // One character per word: right for 我 爱 猫 是 。 only.
        let report = try evaluation.run(keepPredictions: true) { line in line.map(String.init) }
        #expect(report.lines == 2)
        #expect(report.characters == 12)
        #expect(report.score == SegmentationScore(goldWords: 8, predictedWords: 12, correctWords: 5))
        #expect(report.predictions.count == 2)
        // A segmenter that drops text is caught.
        #expect(throws: SegmentationEvaluation.Failure.segmenterChangedText(rawPath: "<raw>", line: 3)) {
            try evaluation.run { line in line == "猫是人才。" ? ["猫"] : [line] }
        }
    }

    @Test func rejectsMismatchedGold() {
        #expect(throws: SegmentationEvaluation.Failure.textMismatch(goldPath: "<gold>", line: 2)) {
            try SegmentationEvaluation(raw: ["我爱你", "好"], gold: [["我", "爱", "你"], ["坏"]])
        }
        #expect(throws: SegmentationEvaluation.Failure.self) {
            try SegmentationEvaluation(rawPath: "/nonexistent/raw", goldPath: "/nonexistent/gold")
        }
    }
}
