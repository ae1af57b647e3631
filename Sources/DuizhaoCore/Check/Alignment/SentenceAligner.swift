import Foundation

/// Aligns a sequence of Chinese units with a sequence of English units by dynamic
/// programming over beads (1-1, 1-2, 2-1, 2-2, 1-0, 0-1), after Gale and Church (1993):
/// each bead costs −log of its shape's prior plus −log of the probability of its length
/// difference under a ``LengthModel`` (for beads with two non-empty sides), plus
/// ``anchorWeight`` for every anchor (number, glossary term, Latin-script token) of the bead
/// without a partner on the other side.
///
/// The cheapest alignment is returned; each bead's confidence is its posterior probability
/// among all alignments (forward–backward over the same costs). Long sequences are aligned
/// within a band around the diagonal (``bandWidth(_:_:)``), wide enough for omissions of a
/// tenth of the text.
struct SentenceAligner: Sendable {
    /// The cost, in nats, of an anchor without a partner inside its bead.
    var anchorWeight: Double

    /// Creates an aligner.
    init(anchorWeight: Double = 3.0) {
        self.anchorWeight = anchorWeight
    }

    /// The half-width of the band of target positions searched around the diagonal for a
    /// source position: the length difference plus a tenth of the total, at least 20.
    static func bandWidth(_ n: Int, _ m: Int) -> Int {
        abs(n - m) + max(20, (n + m) / 10)
    }

    /// The cost of joining `source` with `target` as one bead of `shape`.
    func cost(
        _ shape: BeadShape, source: ArraySlice<AlignmentUnit>, target: ArraySlice<AlignmentUnit>, model: LengthModel
    ) -> Double {
        let left = AlignmentUnit.joined(source), right = AlignmentUnit.joined(target)
        return cost(
            shape, sourceLength: left.length, targetLength: right.length,
            unmatched: AlignmentUnit.unmatchedAnchors(source: left, target: right), model: model)
    }

    func cost(_ shape: BeadShape, sourceLength: Int, targetLength: Int, unmatched: Int, model: LengthModel) -> Double {
        // A 1-0 or 0-1 bead has no length ratio to judge: its prior alone says how likely a
        // sentence is to be left out or added. (Gale and Church's 1-0 cost, with the empty
        // side's length 0, is so high that an omitted sentence is joined to a neighbour.)
        let length =
            shape.sourceCount == 0 || shape.targetCount == 0
            ? 0 : model.cost(source: sourceLength, target: targetLength)
        return -log(shape.prior) + length + anchorWeight * Double(unmatched)
    }

    /// The best alignment of `source` with `target`: beads in order, covering both.
    func align(source: [AlignmentUnit], target: [AlignmentUnit], model: LengthModel) -> [AlignedBead] {
        let n = source.count, m = target.count
        if n == 0 && m == 0 { return [] }
        let beadCosts = BeadCosts(source: source, target: target, aligner: self, model: model)
        let grid = BandGrid(n: n, m: m, width: Self.bandWidth(n, m))
        let shapes = BeadShape.allCases
        // cost[s * grid.count + cell]: the bead of shape s ending at the cell, computed once.
        var cost = [Double](repeating: .infinity, count: shapes.count * grid.count)
        for i in 0...n {
            for j in grid.columns(i) {
                let cell = grid.index(i, j)!
                for (s, shape) in shapes.enumerated()
                where grid.index(i - shape.sourceCount, j - shape.targetCount) != nil {
                    cost[s * grid.count + cell] = beadCosts.cost(shape, endingAt: i, j)
                }
            }
        }
        var best = [Double](repeating: .infinity, count: grid.count)
        var back = [Int8](repeating: -1, count: grid.count)
        var forward = [Double](repeating: .infinity, count: grid.count)
        best[grid.index(0, 0)!] = 0
        forward[grid.index(0, 0)!] = 0
        var terms: [Double] = []
        for i in 0...n {
            for j in grid.columns(i) where i + j > 0 {
                let here = grid.index(i, j)!
                var minimum = Double.infinity, choice = -1
                terms.removeAll(keepingCapacity: true)
                for (s, shape) in shapes.enumerated() {
                    guard let previous = grid.index(i - shape.sourceCount, j - shape.targetCount),
                        forward[previous].isFinite
                    else { continue }
                    let c = cost[s * grid.count + here]
                    if best[previous] + c < minimum { minimum = best[previous] + c; choice = s }
                    terms.append(forward[previous] + c)
                }
                best[here] = minimum
                back[here] = Int8(choice)
                forward[here] = Self.negativeLogSumExp(terms)
            }
        }
        var backward = [Double](repeating: .infinity, count: grid.count)
        backward[grid.index(n, m)!] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in grid.columns(i).reversed() where i + j < n + m {
                terms.removeAll(keepingCapacity: true)
                for (s, shape) in shapes.enumerated() {
                    let ni = i + shape.sourceCount, nj = j + shape.targetCount
                    guard let next = grid.index(ni, nj), backward[next].isFinite else { continue }
                    terms.append(backward[next] + cost[s * grid.count + next])
                }
                backward[grid.index(i, j)!] = Self.negativeLogSumExp(terms)
            }
        }
        let total = forward[grid.index(n, m)!]
        var beads: [AlignedBead] = []
        var i = n, j = m
        while i + j > 0 {
            let here = grid.index(i, j)!
            let s = Int(back[here])
            let shape = shapes[s]
            let pi = i - shape.sourceCount, pj = j - shape.targetCount
            let logPosterior = -(forward[grid.index(pi, pj)!] + cost[s * grid.count + here] + backward[here]) + total
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

/// The cells of the alignment grid within a band around the diagonal, stored row by row.
struct BandGrid {
    let n: Int, m: Int
    private var low: [Int] = [], high: [Int] = [], start: [Int] = []
    private(set) var count = 0

    init(n: Int, m: Int, width: Int) {
        self.n = n
        self.m = m
        for i in 0...n {
            let center = n == 0 ? 0 : Int((Double(i) * Double(m) / Double(n)).rounded())
            let lo = max(0, center - width), hi = min(m, center + width)
            low.append(lo)
            high.append(hi)
            start.append(count)
            count += hi - lo + 1
        }
    }

    /// The columns of row `i`.
    func columns(_ i: Int) -> ClosedRange<Int> { low[i]...high[i] }

    /// The storage index of cell (i, j), nil outside the band.
    func index(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= n, j >= low[i], j <= high[i] else { return nil }
        return start[i] + j - low[i]
    }
}

/// Bead costs without building joined units: anchors interned as integers, each unit's
/// anchors a short sorted list, probes looked up per English unit.
struct BeadCosts {
    private let sourceAnchors: [[(key: Int, count: Int)]], targetAnchors: [[(key: Int, count: Int)]]
    private let sourceProbes: [[Int]], targetProbeWords: [Set<Int>]
    private let sourceLengths: [Int], targetLengths: [Int]
    private let aligner: SentenceAligner
    private let model: LengthModel

    init(source: [AlignmentUnit], target: [AlignmentUnit], aligner: SentenceAligner, model: LengthModel) {
        var ids: [String: Int] = [:]
        func intern(_ key: String) -> Int {
            if let id = ids[key] { return id }
            ids[key] = ids.count
            return ids.count - 1
        }
        func anchors(_ unit: AlignmentUnit) -> [(key: Int, count: Int)] {
            unit.anchors.map { (intern($0.key), $0.value) }.sorted { $0.key < $1.key }
        }
        sourceAnchors = source.map(anchors)
        targetAnchors = target.map(anchors)
        var probeIDs: [String: Int] = [:]
        for unit in source {
            for probe in unit.probes where probeIDs[probe] == nil { probeIDs[probe] = probeIDs.count }
        }
        sourceProbes = source.map { $0.probes.map { probeIDs[$0]! } }
        targetProbeWords = target.map { unit in Set(unit.words.compactMap { probeIDs[$0] }) }
        sourceLengths = source.map(\.length)
        targetLengths = target.map(\.length)
        self.aligner = aligner
        self.model = model
    }

    /// The cost of the bead of `shape` ending at (i, j).
    func cost(_ shape: BeadShape, endingAt i: Int, _ j: Int) -> Double {
        let s0 = i - shape.sourceCount, t0 = j - shape.targetCount
        var sourceLength = 0, targetLength = 0
        for s in s0..<i { sourceLength += sourceLengths[s] }
        for t in t0..<j { targetLength += targetLengths[t] }
        let empty: [(key: Int, count: Int)] = []
        let left =
            shape.sourceCount == 2
            ? Self.merged(sourceAnchors[s0], sourceAnchors[s0 + 1])
            : (shape.sourceCount == 1 ? sourceAnchors[s0] : empty)
        let right =
            shape.targetCount == 2
            ? Self.merged(targetAnchors[t0], targetAnchors[t0 + 1])
            : (shape.targetCount == 1 ? targetAnchors[t0] : empty)
        var unmatched = 0, a = 0, b = 0
        while a < left.count || b < right.count {
            if b == right.count || (a < left.count && left[a].key < right[b].key) {
                unmatched += left[a].count; a += 1
            } else if a == left.count || right[b].key < left[a].key {
                unmatched += right[b].count; b += 1
            } else {
                unmatched += abs(left[a].count - right[b].count); a += 1; b += 1
            }
        }
        for s in s0..<i {
            for probe in sourceProbes[s] {
                // A probe of both Chinese units counts once.
                if s > s0, sourceProbes[s0].contains(probe) { continue }
                var found = false
                for t in t0..<j where targetProbeWords[t].contains(probe) { found = true }
                if !found { unmatched += 1 }
            }
        }
        return aligner.cost(
            shape, sourceLength: sourceLength, targetLength: targetLength, unmatched: unmatched, model: model)
    }

    /// One or two sorted anchor lists merged into one.
    private static func merged(_ x: [(key: Int, count: Int)], _ y: [(key: Int, count: Int)]) -> [(key: Int, count: Int)]
    {
        if x.isEmpty { return y }
        if y.isEmpty { return x }
        var result: [(key: Int, count: Int)] = []
        var a = 0, b = 0
        while a < x.count || b < y.count {
            if b == y.count || (a < x.count && x[a].key < y[b].key) {
                result.append(x[a]); a += 1
            } else if a == x.count || y[b].key < x[a].key {
                result.append(y[b]); b += 1
            } else {
                result.append((x[a].key, x[a].count + y[b].count)); a += 1; b += 1
            }
        }
        return result
    }
}
