/// Aligns the sentences of a Chinese document with those of its English translation:
/// paragraphs first, then the sentences inside each aligned paragraph pair, each level with
/// ``SentenceAligner``.
///
/// The length model is estimated from the data in two passes: the ratio of English to
/// Chinese characters over the whole document, and a loose prior variance, for a first
/// alignment; then the variance measured on that alignment's confident 1-1 pairs for the
/// second. Paragraph alignment is kept only when it is confident (every paragraph bead
/// above 0.5 and a mean above 0.8); otherwise the sentences of the whole documents are
/// aligned at once, so that a paragraph split differently in the translation does not
/// misalign its sentences.
struct DocumentAligner: Sendable {
    /// The result: sentence beads, the model that made them, and whether paragraphs were
    /// aligned first.
    struct Result: Sendable {
        /// Beads over the sentence sequences, in order.
        var beads: [AlignedBead]
        /// The length model of the final pass.
        var model: LengthModel
        /// True when paragraphs were aligned before sentences.
        var byParagraph: Bool
    }

    /// The bead aligner used at both levels.
    var aligner: SentenceAligner

    /// Creates a document aligner.
    init(aligner: SentenceAligner = SentenceAligner()) {
        self.aligner = aligner
    }

    /// Aligns sentences; `sourceParagraphs[i]` is the paragraph of source sentence `i`
    /// (likewise for the target).
    func align(
        source: [AlignmentUnit], sourceParagraphs: [Int], target: [AlignmentUnit], targetParagraphs: [Int]
    ) -> Result {
        let initial = LengthModel.initial(sourceLengths: source.map(\.length), targetLengths: target.map(\.length))
        let first = pass(source, sourceParagraphs, target, targetParagraphs, model: initial)
        let confident = first.beads.filter { $0.shape == .oneOne && $0.confidence >= 0.5 }
            .map { (source: source[$0.source.lowerBound].length, target: target[$0.target.lowerBound].length) }
        let refined = initial.refined(with: confident)
        let second = pass(source, sourceParagraphs, target, targetParagraphs, model: refined)
        return Result(beads: second.beads, model: refined, byParagraph: second.byParagraph)
    }

    private func pass(
        _ source: [AlignmentUnit], _ sourceParagraphs: [Int], _ target: [AlignmentUnit], _ targetParagraphs: [Int],
        model: LengthModel
    ) -> (beads: [AlignedBead], byParagraph: Bool) {
        let sourceGroups = Self.groups(sourceParagraphs), targetGroups = Self.groups(targetParagraphs)
        if sourceGroups.count > 1, targetGroups.count > 1 {
            let paragraphBeads = aligner.align(
                source: sourceGroups.map { AlignmentUnit.joined(source[$0]) },
                target: targetGroups.map { AlignmentUnit.joined(target[$0]) }, model: model)
            let confident =
                paragraphBeads.allSatisfy { $0.confidence > 0.5 }
                && paragraphBeads.reduce(0) { $0 + $1.confidence } / Double(paragraphBeads.count) > 0.8
            if confident {
                var beads: [AlignedBead] = []
                for paragraph in paragraphBeads {
                    let sourceRange = Self.span(sourceGroups, paragraph.source),
                        targetRange = Self.span(targetGroups, paragraph.target)
                    for bead in aligner.align(
                        source: Array(source[sourceRange]), target: Array(target[targetRange]), model: model)
                    {
                        beads.append(
                            AlignedBead(
                                source: (bead.source.lowerBound + sourceRange.lowerBound)..<(bead.source.upperBound
                                    + sourceRange.lowerBound),
                                target: (bead.target.lowerBound + targetRange.lowerBound)..<(bead.target.upperBound
                                    + targetRange.lowerBound),
                                confidence: bead.confidence * paragraph.confidence))
                    }
                }
                return (beads, true)
            }
        }
        return (aligner.align(source: source, target: target, model: model), false)
    }

    /// The runs of equal paragraph numbers, as ranges of sentence positions.
    static func groups(_ paragraphs: [Int]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in paragraphs.indices where index > 0 && paragraphs[index] != paragraphs[index - 1] {
            result.append(start..<index)
            start = index
        }
        if !paragraphs.isEmpty { result.append(start..<paragraphs.count) }
        return result
    }

    /// The sentences covered by the groups `range`; an empty range of groups gives an empty
    /// range at the next group's start.
    static func span(_ groups: [Range<Int>], _ range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at =
                range.lowerBound < groups.count ? groups[range.lowerBound].lowerBound : (groups.last?.upperBound ?? 0)
            return at..<at
        }
        return groups[range.lowerBound].lowerBound..<groups[range.upperBound - 1].upperBound
    }
}
