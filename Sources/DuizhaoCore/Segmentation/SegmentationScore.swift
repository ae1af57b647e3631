/// Word segmentation quality as in the SIGHAN bakeoffs: a predicted word counts as correct
/// when both its edges coincide with those of a gold word. Whitespace is ignored, so the
/// gold and predicted words must spell the same text apart from spaces.
public struct SegmentationScore: Equatable, Sendable, CustomStringConvertible {
    /// Words in the gold standard.
    var goldWords = 0
    /// Words predicted.
    var predictedWords = 0
    /// Predicted words whose both edges match a gold word.
    var correctWords = 0

    /// Correct words over predicted words (1 when nothing was predicted).
    public var precision: Double { predictedWords == 0 ? 1 : Double(correctWords) / Double(predictedWords) }
    /// Correct words over gold words (1 when the gold has none).
    public var recall: Double { goldWords == 0 ? 1 : Double(correctWords) / Double(goldWords) }
    /// The harmonic mean of precision and recall.
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    /// Adds the counts of another score (micro-averaging over lines).
    public static func + (lhs: SegmentationScore, rhs: SegmentationScore) -> SegmentationScore {
        SegmentationScore(
            goldWords: lhs.goldWords + rhs.goldWords, predictedWords: lhs.predictedWords + rhs.predictedWords,
            correctWords: lhs.correctWords + rhs.correctWords)
    }

    /// Adds another score's counts.
    public static func += (lhs: inout SegmentationScore, rhs: SegmentationScore) { lhs = lhs + rhs }

    /// Scores one segmented text against its gold segmentation.
    public static func of(gold: [String], predicted: [String]) -> SegmentationScore {
        let goldSpans = Set(spans(of: gold))
        let predictedSpans = spans(of: predicted)
        return SegmentationScore(
            goldWords: goldSpans.count, predictedWords: predictedSpans.count,
            correctWords: predictedSpans.filter(goldSpans.contains).count)
    }

    /// The spans of words laid end to end, counted in non-whitespace Unicode scalars, so that
    /// spaces in or between words do not shift offsets. Words of only whitespace are dropped.
    static func spans(of words: [String]) -> [TextSpan] {
        var spans: [TextSpan] = []
        spans.reserveCapacity(words.count)
        var offset = 0
        for word in words {
            let length = word.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            guard length > 0 else { continue }
            spans.append(TextSpan(start: offset, end: offset + length))
            offset += length
        }
        return spans
    }

    public var description: String {
        "P \(Self.format(precision))  R \(Self.format(recall))  F1 \(Self.format(f1))  (gold \(goldWords), predicted \(predictedWords), correct \(correctWords))"
    }

    /// A ratio with three decimals.
    public static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
