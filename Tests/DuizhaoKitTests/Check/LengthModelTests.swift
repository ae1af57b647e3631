import DuizhaoKit
import Testing
@testable import DuizhaoCore

@Suite struct LengthModelTests {
    @Test func ratioIsTheDocumentsOwn() {
        let model = LengthModel.initial(sourceLengths: [10, 20, 30], targetLengths: [35, 55, 90])
        #expect(model.ratio == 3.0)
        #expect(model.variance == LengthModel.priorVariance(ratio: 3.0))
    }

    @Test func emptySideFallsBackToTheDefaultRatio() {
        #expect(LengthModel.initial(sourceLengths: [10], targetLengths: []).ratio == LengthModel.defaultRatio)
    }

    @Test func varianceIsMeasuredOnBeads() {
        let model = LengthModel(ratio: 3, variance: 36)
        let beads = [(source: 10, target: 30), (source: 10, target: 36), (source: 20, target: 54)]
        // (l2 − 3·l1)² / ((l1 + l2/3)/2): 0, 36/11, 36/19.
        let expected = (0 + 36.0 / 11 + 36.0 / 19) / 3
        let refined = model.refined(with: beads)
        // The estimate lies under the floor ratio²/2 = 4.5, so the floor holds.
        #expect(expected < 4.5)
        #expect(refined.variance == 4.5)
        let wide = model.refined(with: [(source: 10, target: 60), (source: 10, target: 10), (source: 20, target: 90)])
        let wideExpected = (900.0 / 15 + 400.0 / (20.0 / 3) + 900.0 / 25) / 3
        #expect(abs(wide.variance - wideExpected) < 1e-9)
        #expect(model.refined(with: [(source: 10, target: 30)]) == model)
    }

    @Test func deltaAndProbability() {
        let model = LengthModel(ratio: 3, variance: 9)
        #expect(model.delta(source: 10, target: 30) == 0)
        #expect(abs(model.probability(source: 10, target: 30) - 1) < 1e-12)
        #expect(model.delta(source: 10, target: 60) > 0)
        #expect(model.delta(source: 10, target: 10) < 0)
        #expect(model.cost(source: 10, target: 90) > model.cost(source: 10, target: 40))
    }

    @Test func lengthsCountCharacters() {
        #expect(LengthModel.chineseLength("深化 放管服。") == 6)
        #expect(LengthModel.englishLength("  Peacock   Plan ") == 12)
    }
}
