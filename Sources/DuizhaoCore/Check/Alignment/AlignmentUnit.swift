/// What the aligner knows of one sentence or paragraph: its length and its anchors.
///
/// Anchors are keys both sides can carry (`n:1000000000` for a number, `t:peacock-plan`
/// for a glossary term found in the Chinese or one of its renderings found in the English).
/// Probes are one-sided: Latin-script tokens of the Chinese (`5g`, `gdp`), looked for among
/// the English unit's ``words``.
struct AlignmentUnit: Hashable, Sendable {
    /// The length in characters (see ``LengthModel``).
    var length: Int
    /// Two-sided anchor keys with their counts.
    var anchors: [String: Int] = [:]
    /// Chinese side: lowercased Latin-script tokens expected among the English words.
    var probes: Set<String> = []
    /// English side: the lowercased words.
    var words: Set<String> = []

    /// The units joined into one (a bead's side, or a paragraph of sentences).
    static func joined(_ units: some Sequence<AlignmentUnit>) -> AlignmentUnit {
        var result = AlignmentUnit(length: 0)
        for unit in units {
            result.length += unit.length
            result.anchors.merge(unit.anchors, uniquingKeysWith: +)
            result.probes.formUnion(unit.probes)
            result.words.formUnion(unit.words)
        }
        return result
    }

    /// The anchors of `source` and `target` that find no partner on the other side.
    static func unmatchedAnchors(source: AlignmentUnit, target: AlignmentUnit) -> Int {
        var unmatched = 0
        for (key, count) in source.anchors { unmatched += max(0, count - (target.anchors[key] ?? 0)) }
        for (key, count) in target.anchors { unmatched += max(0, count - (source.anchors[key] ?? 0)) }
        for probe in source.probes where !target.words.contains(probe) { unmatched += 1 }
        return unmatched
    }
}
