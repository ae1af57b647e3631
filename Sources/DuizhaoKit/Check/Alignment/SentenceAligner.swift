import Foundation

/// Aligns a sequence of Chinese units with a sequence of English units by dynamic
/// programming over beads (1-1, 1-2, 2-1, 2-2, 1-0, 0-1), after Gale and Church (1993):
/// each bead costs −log of its shape's prior plus −log of the probability of its length
/// difference under a ``LengthModel`` (for beads with two non-empty sides), plus ``anchorWeight`` for every anchor (number,
/// glossary term, Latin-script token) of the bead without a partner on the other side.
///
/// The cheapest alignment is returned; each bead's confidence is its posterior probability
/// among all alignments (forward–backward over the same costs).
public struct SentenceAligner: Sendable {
    /// The cost, in nats, of an anchor without a partner inside its bead.
    public var anchorWeight: Double

    /// Creates an aligner.
    public init(anchorWeight: Double = 3.0) {
        self.anchorWeight = anchorWeight
    }

    /// The cost of joining `source[i0..<i1]` with `target[j0..<j1]` as one bead.
    public func cost(_ shape: BeadShape, source: ArraySlice<AlignmentUnit>, target: ArraySlice<AlignmentUnit>, model: LengthModel) -> Double {
        let left = AlignmentUnit.joined(source), right = AlignmentUnit.joined(target)
        // A 1-0 or 0-1 bead has no length ratio to judge: its prior alone says how likely a
        // sentence is to be left out or added. (Gale and Church's 1-0 cost, with the empty
        // side's length 0, is so high that an omitted sentence is joined to a neighbour.)
        let length = shape.sourceCount == 0 || shape.targetCount == 0 ? 0 : model.cost(source: left.length, target: right.length)
        return -log(shape.prior) + length + anchorWeight * Double(AlignmentUnit.unmatchedAnchors(source: left, target: right))
    }

    /// The best alignment of `source` with `target`: beads in order, covering both.
    public func align(source: [AlignmentUnit], target: [AlignmentUnit], model: LengthModel) -> [AlignedBead] {
        let n = source.count, m = target.count
        if n == 0 && m == 0 { return [] }
        let width = m + 1
        let shapes = BeadShape.allCases
        // costs[shape][i*width+j]: the bead of `shape` ending at (i, j); computed once.
        var costs = [[Double]](repeating: [Double](repeating: .infinity, count: (n + 1) * width), count: shapes.count)
        for (s, shape) in shapes.enumerated() {
            for i in shape.sourceCount...max(shape.sourceCount, n) where i <= n {
                for j in shape.targetCount...max(shape.targetCount, m) where j <= m {
                    costs[s][i * width + j] = cost(shape, source: source[(i - shape.sourceCount)..<i], target: target[(j - shape.targetCount)..<j], model: model)
                }
            }
        }
        var best = [Double](repeating: .infinity, count: (n + 1) * width)
        var back = [Int](repeating: -1, count: (n + 1) * width)
        var forward = [Double](repeating: .infinity, count: (n + 1) * width)
        best[0] = 0
        forward[0] = 0
        for i in 0...n {
            for j in 0...m where i + j > 0 {
                var minimum = Double.infinity, choice = -1
                var terms: [Double] = []
                for (s, shape) in shapes.enumerated() {
                    let pi = i - shape.sourceCount, pj = j - shape.targetCount
                    guard pi >= 0, pj >= 0 else { continue }
                    let c = costs[s][i * width + j]
                    let viaBest = best[pi * width + pj] + c
                    if viaBest < minimum { minimum = viaBest; choice = s }
                    terms.append(forward[pi * width + pj] + c)
                }
                best[i * width + j] = minimum
                back[i * width + j] = choice
                forward[i * width + j] = Self.negativeLogSumExp(terms)
            }
        }
        var backward = [Double](repeating: .infinity, count: (n + 1) * width)
        backward[n * width + m] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) where i + j < n + m {
                var terms: [Double] = []
                for (s, shape) in shapes.enumerated() {
                    let ni = i + shape.sourceCount, nj = j + shape.targetCount
                    guard ni <= n, nj <= m else { continue }
                    terms.append(backward[ni * width + nj] + costs[s][ni * width + nj])
                }
                backward[i * width + j] = Self.negativeLogSumExp(terms)
            }
        }
        let total = forward[n * width + m]
        var beads: [AlignedBead] = []
        var i = n, j = m
        while i + j > 0 {
            let s = back[i * width + j]
            let shape = shapes[s]
            let pi = i - shape.sourceCount, pj = j - shape.targetCount
            let logPosterior = -(forward[pi * width + pj] + costs[s][i * width + j] + backward[i * width + j]) + total
            beads.append(AlignedBead(source: pi..<i, target: pj..<j, confidence: min(1, exp(logPosterior))))
            i = pi
            j = pj
        }
        return beads.reversed()
    }

    /// −log Σ exp(−x) over `values`, computed stably.
    static func negativeLogSumExp(_ values: [Double]) -> Double {
        guard let smallest = values.min(), smallest.isFinite else { return .infinity }
        var sum = 0.0
        for value in values { sum += exp(smallest - value) }
        return smallest - log(sum)
    }
}
