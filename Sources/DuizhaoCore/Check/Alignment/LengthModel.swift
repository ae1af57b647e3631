import Foundation

/// Gale–Church's length model for Chinese–English: the English length of a translation is
/// about `ratio` times the Chinese length, with a variance that grows with the length.
///
/// Lengths are counted in characters (Unicode scalars, white space excluded on the Chinese
/// side, included between words on the English side). For a bead of Chinese length `l1`
/// and English length `l2`, δ = (l2 − ratio·l1) / √(variance·m), where m = (l1 + l2/ratio)/2
/// is the bead's length in Chinese characters; δ is taken as standard normal.
public struct LengthModel: Codable, Hashable, Sendable {
    /// English characters per Chinese character.
    var ratio: Double
    /// The variance of the English length per Chinese character of the bead.
    var variance: Double

    /// The ratio assumed when a side is empty (typical of policy texts: 2.5 to 3.5).
    static let defaultRatio = 3.0

    /// The prior variance for `ratio`, used before any bead is known: 4·ratio², loose enough
    /// for the first pass to find the 1-1 beads the variance is then estimated from.
    static func priorVariance(ratio: Double) -> Double { 4 * ratio * ratio }

    /// The model whose ratio is the document's: total English length over total Chinese
    /// length, with the prior variance.
    public static func initial(sourceLengths: [Int], targetLengths: [Int]) -> LengthModel {
        let source = sourceLengths.reduce(0, +), target = targetLengths.reduce(0, +)
        let ratio = source > 0 && target > 0 ? Double(target) / Double(source) : defaultRatio
        return LengthModel(ratio: ratio, variance: priorVariance(ratio: ratio))
    }

    /// The model re-estimated from beads believed to be 1-1 translations (pairs of Chinese
    /// and English lengths): the ratio stays the document's, the variance becomes the mean
    /// of (l2 − ratio·l1)²/m over the beads, kept between ratio²/2 and 20·ratio². Fewer than
    /// three beads leave the model as it is.
    func refined(with beads: [(source: Int, target: Int)]) -> LengthModel {
        let usable = beads.filter { $0.source > 0 && $0.target > 0 }
        guard usable.count >= 3 else { return self }
        var sum = 0.0
        for bead in usable {
            let l1 = Double(bead.source), l2 = Double(bead.target)
            let m = (l1 + l2 / ratio) / 2
            sum += (l2 - ratio * l1) * (l2 - ratio * l1) / m
        }
        let estimate = sum / Double(usable.count)
        return LengthModel(ratio: ratio, variance: min(max(estimate, ratio * ratio / 2), 20 * ratio * ratio))
    }

    /// δ for a bead of Chinese length `source` and English length `target`.
    func delta(source: Int, target: Int) -> Double {
        let l1 = Double(source), l2 = Double(target)
        let m = (l1 + l2 / ratio) / 2
        guard m > 0 else { return 0 }
        return (l2 - ratio * l1) / (variance * m).squareRoot()
    }

    /// The probability of a length difference at least as large as this bead's,
    /// 2·(1 − Φ(|δ|)).
    func probability(source: Int, target: Int) -> Double {
        erfc(abs(delta(source: source, target: target)) / 2.0.squareRoot())
    }

    /// −log of ``probability(source:target:)``, bounded so that one bead never costs more
    /// than 50 nats.
    public func cost(source: Int, target: Int) -> Double {
        min(50, -log(max(probability(source: source, target: target), 1e-22)))
    }

    /// The length of Chinese text: its scalars other than white space.
    static func chineseLength(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
    }

    /// The length of English text: its scalars, runs of white space counted as one.
    static func englishLength(_ text: String) -> Int {
        var count = 0
        var previousSpace = true
        for scalar in text.unicodeScalars {
            let space = scalar.properties.isWhitespace
            if !space || !previousSpace { count += 1 }
            previousSpace = space
        }
        return previousSpace && count > 0 ? count - 1 : count
    }
}
