import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct BandedAlignmentTests {
    let model = LengthModel(ratio: 3, variance: 9)

    /// Units with lengths, numbers and probes that vary from one to the next.
    func units(_ count: Int, english: Bool) -> [AlignmentUnit] {
        (0..<count).map { k in
            let length = 10 + (k * 7) % 23
            var unit = AlignmentUnit(length: english ? length * 3 + (k % 3) : length)
            if k % 4 == 0 { unit.anchors["n:\(k)"] = 1 }
            if k % 5 == 0 { unit.anchors["t:\(k % 3)"] = 1 + k % 2 }
            if !english, k % 6 == 0 { unit.probes = ["x\(k % 4)", "y"] }
            if english { unit.words = ["x\(k % 4)", "other"] }
            return unit
        }
    }

    @Test func fastBeadCostsEqualTheReference() {
        let source = units(12, english: false), target = units(12, english: true)
        let aligner = SentenceAligner()
        let fast = BeadCosts(source: source, target: target, aligner: aligner, model: model)
        for shape in BeadShape.allCases {
            for i in shape.sourceCount...12 {
                for j in shape.targetCount...12 {
                    let reference = aligner.cost(
                        shape, source: source[(i - shape.sourceCount)..<i], target: target[(j - shape.targetCount)..<j],
                        model: model)
                    #expect(abs(fast.cost(shape, endingAt: i, j) - reference) < 1e-9, "\(shape) at \(i),\(j)")
                }
            }
        }
    }

    @Test func bandHoldsBothCornersAndFollowsTheDiagonal() {
        let grid = BandGrid(n: 200, m: 100, width: SentenceAligner.bandWidth(200, 100))
        #expect(grid.index(0, 0) != nil)
        #expect(grid.index(200, 100) != nil)
        #expect(grid.index(100, 50) != nil)
        let narrow = BandGrid(n: 300, m: 300, width: 20)
        #expect(narrow.index(0, 100) == nil)
        #expect(narrow.index(150, 150) != nil)
        #expect(narrow.count < 301 * 41 + 1)
    }

    @Test func longSequenceWithOmissionsAlignsWithinTheBand() {
        // 120 sentences, each stating a number of its own; the translation leaves out
        // sentences 30 and 31 and renders 80 as two.
        let source = units(120, english: false).enumerated().map { k, unit in
            var unit = unit
            unit.anchors["n:1\(k)"] = 1
            return unit
        }
        var target: [AlignmentUnit] = []
        for (k, unit) in source.enumerated() {
            if k == 30 || k == 31 { continue }
            var english = AlignmentUnit(length: unit.length * 3, anchors: unit.anchors, words: Set(unit.probes))
            if k == 80 {
                english.length = unit.length * 3 / 2
                target.append(english)
                target.append(AlignmentUnit(length: unit.length * 3 - unit.length * 3 / 2))
                continue
            }
            english.length += k % 2
            target.append(english)
        }
        let beads = SentenceAligner().align(source: source, target: target, model: model)
        #expect(
            beads.count == 120,
            "\(beads.enumerated().filter { $0.element.shape != .oneOne }.map { "\($0.offset):\($0.element.source)→\($0.element.target)" })"
        )
        #expect(beads[30].shape == .oneZero && beads[31].shape == .oneZero)
        #expect(beads[80].shape == .oneTwo)
        #expect(beads.enumerated().allSatisfy { k, bead in [30, 31, 80].contains(k) || bead.shape == .oneOne })
    }
}
