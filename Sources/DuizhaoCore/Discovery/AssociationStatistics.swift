import Foundation

/// Counts sequences of two to four ICU word tokens and measures how strongly their parts
/// attract each other (Dunning's log-likelihood ratio, G²): a coined term that ICU splits
/// into ordinary words (负面|清单, 转移|转化) recurs as a unit far more often than its parts'
/// frequencies predict.
struct AssociationStatistics: Sendable {
    /// A sequence's counts: kept small, because most sequences are seen once.
    struct Entry: Sendable {
        var count: Int32 = 0
        var documents: Int32 = 0
        var lastDocument: Int32 = -1
        /// Bit i set: a token boundary after scalar i + 1 of the text.
        var boundaries: UInt8 = 0
        /// Contexts, taken from the second occurrence on (most sequences never get one).
        var contexts: [String] = []
    }

    /// Sequences held before those seen once are dropped (a large corpus has many).
    var capacity = 2_000_000

    /// Counts of single tokens (of up to eight scalars: longer ones are never part of a
    /// counted sequence) and of 2- to 4-token sequences, by text.
    private var unigrams: [ScalarKey: Int32] = [:]
    private var sequences: [ScalarKey: Entry] = [:]
    /// The number of tokens counted.
    private(set) var total = 0

    /// The fewest occurrences a sequence needs to be proposed.
    var minCount = 3
    /// The smallest G² proposed (10.83 is the χ² critical value at p = 0.001).
    var minRatio = 10.83

    /// The function words and verbs that may not stand at a sequence's edge, as keys.
    private static let edgeStops = Set(
        DiscoveryLexicon.leftStops.compactMap { ScalarKey(Array($0.unicodeScalars)[...]) })
    /// The function characters that may not stand anywhere in a sequence, as scalars.
    private static let insideStops = Set(
        DiscoveryLexicon.functionCharacters.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })

    /// Counts the runs of one document. A sequence is counted when it holds no function word
    /// or program verb at its edges and no function word inside, and has 3 to 8 scalars.
    /// Tokens are read from the text's scalars by span: no token string is made.
    mutating func add(_ text: DiscoveryText, document: Int) {
        let documentID = Int32(truncatingIfNeeded: document)
        let contextFrom = Int32(max(1, minCount - 1))
        // What each token of a run allows, found once per token rather than once per sequence.
        var lengths: [Int] = [], stopsEdge: [Bool] = [], stopsInside: [Bool] = []
        for run in text.runs {
            total += run.count
            lengths.removeAll(keepingCapacity: true)
            stopsEdge.removeAll(keepingCapacity: true)
            stopsInside.removeAll(keepingCapacity: true)
            for token in run {
                let scalars = text.scalars[token.span.start..<token.span.end]
                let key = ScalarKey(scalars)
                if let key { unigrams[key, default: 0] += 1 }
                lengths.append(scalars.count)
                stopsEdge.append(key.map(Self.edgeStops.contains) ?? false)
                stopsInside.append(scalars.count == 1 && Self.insideStops.contains(scalars[scalars.startIndex]))
            }
            guard run.count >= 2 else { continue }
            for length in 2...4 where run.count >= length {
                for start in 0...(run.count - length) {
                    let last = start + length - 1
                    guard !stopsEdge[start], !stopsEdge[last], !stopsInside[start...last].contains(true) else {
                        continue
                    }
                    let scalarCount = lengths[start...last].reduce(0, +)
                    guard scalarCount >= 3, scalarCount <= 8 else { continue }
                    let span = TextSpan(start: run[start].span.start, end: run[last].span.end)
                    guard let key = ScalarKey(text.scalars[span.start..<span.end]) else { continue }
                    // One hash lookup: the entry is updated in place.
                    Self.count(
                        &sequences[key, default: Entry(boundaries: Self.boundaries(lengths[start...last]))],
                        document: documentID, contextFrom: contextFrom
                    ) { text.context(span) }
                }
            }
        }
        if sequences.count > capacity { sequences = sequences.filter { $0.value.count > 1 } }
    }

    /// Counts one occurrence into `entry`, taking its context from the `contextFrom`th on.
    private static func count(
        _ entry: inout Entry, document: Int32, contextFrom: Int32, context: () -> String
    ) {
        entry.count += 1
        if entry.lastDocument != document {
            entry.documents += 1
            entry.lastDocument = document
        }
        if entry.contexts.count < 2, entry.count >= contextFrom { entry.contexts.append(context()) }
    }

    /// The boundary bits of a sequence whose tokens have `lengths` scalars.
    static func boundaries(_ lengths: ArraySlice<Int>) -> UInt8 {
        var bits: UInt8 = 0
        var position = 0
        for length in lengths.dropLast() {
            position += length
            bits |= 1 << UInt8(position - 1)
        }
        return bits
    }

    /// The ends of a sequence's tokens (scalar offsets after each but the last), from its
    /// boundaries.
    static func cuts(_ boundaries: UInt8, length: Int) -> [Int] {
        (1..<min(length, 9)).filter { boundaries & (1 << UInt8($0 - 1)) != 0 }
    }

    /// Dunning's G² for a sequence `xy` seen `both` times, `x` seen `left` times and `y`
    /// seen `right` times among `total` tokens.
    static func logLikelihood(both: Int, left: Int, right: Int, total: Int) -> Double {
        let k11 = Double(both), k12 = Double(max(0, left - both)), k21 = Double(max(0, right - both))
        let k22 = Double(max(0, total - left - right + both))
        func term(_ k: Double, _ row: Double, _ column: Double, _ n: Double) -> Double {
            guard k > 0, row > 0, column > 0 else { return 0 }
            return k * log(k * n / (row * column))
        }
        let n = k11 + k12 + k21 + k22
        let rows = (k11 + k12, k21 + k22), columns = (k11 + k21, k12 + k22)
        let sum =
            term(k11, rows.0, columns.0, n) + term(k12, rows.0, columns.1, n) + term(k21, rows.1, columns.0, n)
            + term(k22, rows.1, columns.1, n)
        return max(0, 2 * sum)
    }

    /// The sequences seen at least `minCount` times whose parts attract each other at least
    /// `minRatio`, with their G².
    func associated() -> [(text: String, entry: Entry, ratio: Double)] {
        var result: [(text: String, entry: Entry, ratio: Double)] = []
        for (key, entry) in sequences where entry.count >= minCount {
            let scalars = key.scalars
            let value = ratio(
                scalars, cuts: Self.cuts(entry.boundaries, length: scalars.count), count: Int(entry.count))
            if value >= minRatio { result.append((String(scalars: scalars[...]), entry, value)) }
        }
        return result
    }

    /// The weakest G² over the ways to split the sequence `scalars`, whose tokens end at
    /// `cuts`, in two.
    func ratio(_ scalars: [Unicode.Scalar], cuts: [Int], count: Int) -> Double {
        var weakest = Double.infinity
        for (index, cut) in cuts.enumerated() {
            let left = ScalarKey(scalars[..<cut]), right = ScalarKey(scalars[cut...])
            let leftCount = index == 0 ? unigrams[left!, default: 0] : sequences[left!]?.count ?? 0
            let rightCount = index == cuts.count - 1 ? unigrams[right!, default: 0] : sequences[right!]?.count ?? 0
            weakest = min(
                weakest,
                Self.logLikelihood(
                    both: count, left: max(Int(leftCount), count), right: max(Int(rightCount), count), total: total))
        }
        return weakest.isFinite ? weakest : 0
    }
}
