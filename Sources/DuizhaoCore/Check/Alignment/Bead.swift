/// The shape of an alignment bead: how many Chinese and English units it joins.
enum BeadShape: String, Codable, Sendable, CaseIterable {
    /// One sentence translated by one.
    case oneOne = "1-1"
    /// One Chinese sentence translated by two English ones.
    case oneTwo = "1-2"
    /// Two Chinese sentences translated by one English one.
    case twoOne = "2-1"
    /// Two by two (a split that falls elsewhere in the translation).
    case twoTwo = "2-2"
    /// A Chinese sentence with no translation.
    case oneZero = "1-0"
    /// An English sentence with no Chinese counterpart.
    case zeroOne = "0-1"

    /// The number of Chinese units.
    var sourceCount: Int {
        switch self {
        case .oneOne, .oneTwo, .oneZero: 1
        case .twoOne, .twoTwo: 2
        case .zeroOne: 0
        }
    }

    /// The number of English units.
    var targetCount: Int {
        switch self {
        case .oneOne, .twoOne, .zeroOne: 1
        case .oneTwo, .twoTwo: 2
        case .oneZero: 0
        }
    }

    /// The prior probability of the shape. Chinese–English differs from Gale and Church's
    /// European pairs in that long Chinese sentences, strung together with commas, are
    /// often translated as two English sentences: 1-2 is more likely than 2-1.
    var prior: Double {
        switch self {
        case .oneOne: 0.875
        case .oneTwo: 0.06
        case .twoOne: 0.025
        case .twoTwo: 0.005
        case .oneZero: 0.02
        case .zeroOne: 0.015
        }
    }

    /// The shape joining `source` and `target` units, if it is one.
    init?(source: Int, target: Int) {
        guard let shape = Self.allCases.first(where: { $0.sourceCount == source && $0.targetCount == target }) else {
            return nil
        }
        self = shape
    }
}

/// One bead of an alignment: a run of Chinese units and the run of English units that
/// translates it, with the aligner's confidence.
struct AlignedBead: Codable, Hashable, Sendable {
    /// The Chinese units (positions in the aligned sequence).
    var source: Range<Int>
    /// The English units.
    var target: Range<Int>
    /// The posterior probability of this bead under the model, given both texts: 1 when the
    /// alignment is given by the file.
    var confidence: Double

    /// The shape, nil for a shape the aligner does not make (larger given units).
    var shape: BeadShape? { BeadShape(source: source.count, target: target.count) }
}
