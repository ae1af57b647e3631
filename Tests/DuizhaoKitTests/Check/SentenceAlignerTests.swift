import DuizhaoKit
import Testing
@testable import DuizhaoCore

@Suite struct SentenceAlignerTests {
    let model = LengthModel(ratio: 3, variance: 9)

    func units(_ lengths: [Int]) -> [AlignmentUnit] { lengths.map { AlignmentUnit(length: $0) } }

    @Test func oneToOneWhenLengthsAgree() {
        let beads = SentenceAligner().align(source: units([20, 35, 12]), target: units([60, 104, 37]), model: model)
        #expect(beads.map(\.shape) == [.oneOne, .oneOne, .oneOne])
        #expect(beads.map(\.source) == [0..<1, 1..<2, 2..<3])
        #expect(beads.allSatisfy { $0.confidence > 0.5 && $0.confidence <= 1 })
    }

    @Test func oneSentenceTranslatedAsTwo() {
        // The 40-character sentence is rendered as 65 + 55 English characters.
        let beads = SentenceAligner().align(
            source: units([20, 40, 15]), target: units([60, 65, 55, 45]), model: model)
        #expect(beads.map(\.shape) == [.oneOne, .oneTwo, .oneOne])
        #expect(beads[1].target == 1..<3)
    }

    @Test func omittedSentence() {
        let beads = SentenceAligner().align(source: units([20, 40, 15]), target: units([60, 45]), model: model)
        #expect(beads.map(\.shape) == [.oneOne, .oneZero, .oneOne])
        #expect(beads[1].source == 1..<2 && beads[1].target.isEmpty)
    }

    @Test func anchorsDecideWhereLengthsCannot() {
        // Two Chinese sentences of equal length; only one English sentence. Its number says
        // which sentence it translates.
        var first = AlignmentUnit(length: 20, anchors: ["n:2025": 1])
        let second = AlignmentUnit(length: 20, anchors: ["n:500": 1])
        let english = AlignmentUnit(length: 60, anchors: ["n:500": 1])
        var beads = SentenceAligner().align(source: [first, second], target: [english], model: model)
        #expect(beads.map(\.shape) == [.oneZero, .oneOne])
        first.anchors = ["n:500": 1]
        let swapped = AlignmentUnit(length: 20, anchors: ["n:2025": 1])
        beads = SentenceAligner().align(source: [first, swapped], target: [english], model: model)
        #expect(beads.map(\.shape) == [.oneOne, .oneZero])
    }

    @Test func latinProbesFindTheirWords() {
        let chinese = AlignmentUnit(length: 20, probes: ["5g"])
        let withWord = AlignmentUnit(length: 60, words: ["5g", "network"])
        let without = AlignmentUnit(length: 60, words: ["network"])
        #expect(AlignmentUnit.unmatchedAnchors(source: chinese, target: withWord) == 0)
        #expect(AlignmentUnit.unmatchedAnchors(source: chinese, target: without) == 1)
    }

    @Test func emptySides() {
        #expect(SentenceAligner().align(source: [], target: [], model: model).isEmpty)
        #expect(
            SentenceAligner().align(source: units([10, 10]), target: [], model: model).map(\.shape) == [
                .oneZero, .oneZero,
            ])
        #expect(SentenceAligner().align(source: [], target: units([30]), model: model).map(\.shape) == [.zeroOne])
    }

    @Test func documentAlignerGoesByParagraphs() {
        let source = units([20, 30, 25, 10])
        let target = units([61, 88, 76, 31])
        let result = DocumentAligner().align(
            source: source, sourceParagraphs: [0, 0, 1, 1], target: target, targetParagraphs: [0, 0, 1, 1])
        #expect(result.byParagraph)
        #expect(result.beads.map(\.shape) == [.oneOne, .oneOne, .oneOne, .oneOne])
        #expect(abs(result.model.ratio - 256.0 / 85.0) < 1e-9)
    }
}
