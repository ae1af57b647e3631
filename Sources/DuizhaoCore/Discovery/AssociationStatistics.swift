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

    /// Counts of single tokens and of 2- to 4-token sequences, by text.
    private(set) var unigrams: [String: Int] = [:]
    private(set) var sequences: [String: Entry] = [:]
    /// The number of tokens counted.
    private(set) var total = 0

    /// The fewest occurrences a sequence needs to be proposed.
    var minCount = 3
    /// The smallest G² proposed (10.83 is the χ² critical value at p = 0.001).
    var minRatio = 10.83

    /// Counts the runs of one document. A sequence is counted when it holds no function word
    /// or program verb at its edges and no function word inside, and has 3 to 8 scalars.
    mutating func add(_ text: DiscoveryText, document: Int) {
        let documentID = Int32(truncatingIfNeeded: document)
        let contextFrom = Int32(max(1, minCount - 1))
        for run in text.runs {
            let words = run.map { $0.text }
            total += words.count
            for word in words { unigrams[word, default: 0] += 1 }
            guard words.count >= 2 else { continue }
            // What each token allows, found once per token rather than once per sequence.
            let lengths = words.map { $0.unicodeScalars.count }
            let stopsEdge = words.map { DiscoveryLexicon.leftStops.contains($0) }
            let stopsInside = words.map { word in
                word.count == 1 && word.first.map(DiscoveryLexicon.functionCharacters.contains) == true
            }
            for length in 2...4 where words.count >= length {
                for start in 0...(words.count - length) {
                    let last = start + length - 1
                    guard !stopsEdge[start], !stopsEdge[last], !stopsInside[start...last].contains(true) else {
                        continue
                    }
                    let scalarCount = lengths[start...last].reduce(0, +)
                    guard scalarCount >= 3, scalarCount <= 8 else { continue }
                    let parts = words[start...last]
                    // One hash lookup: the entry is updated in place.
                    Self.count(
                        &sequences[parts.joined(), default: Entry(boundaries: Self.boundaries(parts))],
                        document: documentID, contextFrom: contextFrom
                    ) { text.context(TextSpan(start: run[start].span.start, end: run[last].span.end)) }
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

    static func boundaries(_ parts: ArraySlice<String>) -> UInt8 {
        var bits: UInt8 = 0
        var position = 0
        for part in parts.dropLast() {
            position += part.unicodeScalars.count
            bits |= 1 << UInt8(position - 1)
        }
        return bits
    }

    /// The tokens of a sequence, from its text and boundaries.
    static func parts(_ text: String, _ boundaries: UInt8) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for (index, scalar) in text.unicodeScalars.enumerated() {
            current.append(scalar)
            if index < 8, boundaries & (1 << UInt8(index)) != 0 {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        parts.append(String(current))
        return parts
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
        for (text, entry) in sequences where entry.count >= minCount {
            let value = ratio(Self.parts(text, entry.boundaries), count: Int(entry.count))
            if value >= minRatio { result.append((text, entry, value)) }
        }
        return result
    }

    /// The weakest G² over the ways to split the sequence `parts` in two.
    func ratio(_ parts: [String], count: Int) -> Double {
        var weakest = Double.infinity
        for split in 1..<parts.count {
            let left = parts[..<split].joined(), right = parts[split...].joined()
            let leftCount = split == 1 ? unigrams[left, default: 0] : Int(sequences[left]?.count ?? 0)
            let rightCount = parts.count - split == 1 ? unigrams[right, default: 0] : Int(sequences[right]?.count ?? 0)
            weakest = min(
                weakest,
                Self.logLikelihood(
                    both: count, left: max(leftCount, count), right: max(rightCount, count), total: total))
        }
        return weakest.isFinite ? weakest : 0
    }
}
