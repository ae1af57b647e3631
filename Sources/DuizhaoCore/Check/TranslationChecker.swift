import DuizhaoText
import Foundation

/// Checks a translation's terminology and numbers against a glossary, pair by aligned pair
/// (see docs/check.md for each finding and its severity).
///
/// Holds a ``TermMatcher`` (ICU): not thread-safe; give each thread its own checker.
public final class TranslationChecker {
    /// Below this alignment confidence a pair gets a `low-confidence-alignment` note and its
    /// missing renderings and numbers are warnings rather than errors: they may come from
    /// misalignment.
    var lowConfidence = 0.5
    /// The aligner for separate source and translation documents.
    var aligner = DocumentAligner()
    private let facts: FactReader

    /// A checker against `glossary`.
    public init(glossary: Glossary) throws {
        facts = try FactReader(glossary: glossary)
    }

    private var glossary: Glossary { facts.renderings.glossary }

    /// Aligns the sentences of a Chinese document with those of its translation and checks
    /// every pair.
    public func check(
        source: [TextSegment], target: [TextSegment], sourceName: String, translationName: String
    ) throws -> CheckReport {
        let sourceFacts = try source.map { try facts.source($0.text) }
        let targetFacts = target.map { facts.target($0.text) }
        let result = aligner.align(
            source: sourceFacts.map(\.unit), sourceParagraphs: source.map(\.paragraph), target: targetFacts.map(\.unit),
            targetParagraphs: target.map(\.paragraph))
        var pairs: [CheckPair] = []
        var joined: [(SourceFacts, [TargetFacts])] = []
        for bead in result.beads {
            pairs.append(
                CheckPair(
                    source: bead.source.map { source[$0].text }, target: bead.target.map { target[$0].text },
                    shape: bead.shape?.rawValue ?? "\(bead.source.count)-\(bead.target.count)",
                    confidence: bead.confidence,
                    sourceLine: bead.source.first.flatMap { source[$0].line },
                    targetLine: bead.target.first.flatMap { target[$0].line }))
            joined.append((Self.join(bead.source.map { sourceFacts[$0] }), bead.target.map { targetFacts[$0] }))
        }
        let summary = AlignmentSummary(
            method: "length+anchors", model: result.model, byParagraph: result.byParagraph,
            meanConfidence: Self.mean(pairs.map(\.confidence)),
            shapes: Dictionary(pairs.map { ($0.shape, 1) }, uniquingKeysWith: +))
        return CheckReport(
            source: sourceName, translation: translationName, alignment: summary, pairs: pairs,
            findings: findings(pairs, joined, aligned: true))
    }

    /// Checks the pairs of a bilingual file, whose alignment is given.
    public func check(pairs given: [BilingualPair], file: String) throws -> CheckReport {
        var pairs: [CheckPair] = []
        var joined: [(SourceFacts, [TargetFacts])] = []
        for unit in given {
            // A draft target (duizhao's own gloss drafts, a segment not yet translated) is not
            // a translation to check: the unit counts as untranslated.
            let target = unit.target.isEmpty || unit.isDraft ? [] : [unit.target]
            pairs.append(
                CheckPair(
                    source: unit.source.isEmpty ? [] : [unit.source], target: target, shape: "given", confidence: 1,
                    sourceLine: unit.line, targetLine: unit.line))
            joined.append((try facts.source(unit.source), target.map { facts.target($0) }))
        }
        let summary = AlignmentSummary(
            method: "given", model: nil, byParagraph: false, meanConfidence: 1, shapes: ["given": pairs.count])
        return CheckReport(
            source: file, translation: nil, alignment: summary, pairs: pairs,
            findings: findings(pairs, joined, aligned: false))
    }

    // MARK: Findings

    /// A rendering of an entry used in a pair, for the consistency check.
    private struct Usage {
        var pair: Int
        var rendering: RenderingIndex.Rendering
        var surface: String
    }

    private func findings(
        _ pairs: [CheckPair], _ joined: [(SourceFacts, [TargetFacts])], aligned: Bool
    ) -> [CheckFinding] {
        var result: [CheckFinding] = []
        var usages: [Int: [Usage]] = [:]
        for (index, pair) in pairs.enumerated() {
            let (source, targets) = joined[index]
            func finding(
                _ kind: CheckFinding.Kind, _ severity: CheckFinding.Severity, entry: Int? = nil, found: String? = nil,
                expected: String? = nil, _ message: String
            ) {
                result.append(
                    CheckFinding(
                        kind: kind, severity: severity, pair: index, sourceText: pair.sourceText,
                        targetText: pair.targetText,
                        entry: entry.map { CheckFinding.Entry(glossary.entries[$0]) }, found: found, expected: expected,
                        message: message))
            }
            let unsure = aligned && pair.confidence < lowConfidence
            if pair.target.isEmpty {
                if !pair.source.isEmpty {
                    finding(.untranslatedSentence, .warning, "no English sentence translates this Chinese sentence")
                }
                continue
            }
            // A target that repeats the source or is still Chinese (a CAT tool's copy of an
            // untranslated segment) is untranslated, whatever terms or numbers it shares.
            if !pair.source.isEmpty,
                let reason = UntranslatedTarget.reason(source: pair.sourceText, target: pair.targetText)
            {
                finding(.untranslatedSentence, .warning, "not translated: \(reason.explanation)")
                continue
            }
            if pair.source.isEmpty {
                finding(.addedSentence, .info, "no Chinese sentence corresponds to this English sentence")
            }
            if unsure {
                finding(
                    .lowConfidenceAlignment, .info,
                    "the aligner is unsure of this pair (confidence \(Self.percent(pair.confidence))); its findings may come from misalignment"
                )
            }

            // Terms of the Chinese: a rendering present, deprecated or missing.
            var covered: [(target: Int, words: Range<Int>)] = []
            for entry in source.entries {
                let glossaryEntry = glossary.entries[entry]
                var accepted: [(Int, RenderingIndex.Occurrence)] = []
                var deprecated: [(Int, RenderingIndex.Occurrence)] = []
                for (t, target) in targets.enumerated() {
                    for occurrence in facts.renderings.occurrences(ofEntry: entry, in: target.text, words: target.words)
                    {
                        if occurrence.rendering.isDeprecated {
                            deprecated.append((t, occurrence))
                        } else {
                            accepted.append((t, occurrence))
                        }
                    }
                }
                // An occurrence inside a longer one of the entry counts as the longer one.
                accepted = Self.maximal(accepted)
                deprecated = Self.maximal(deprecated).filter { d in
                    !accepted.contains { $0.0 == d.0 && $0.1.words.encloses(d.1.words) }
                }
                accepted = accepted.filter { a in !deprecated.contains { $0.0 == a.0 && $0.1.words.encloses(a.1.words) }
                }
                covered += (accepted + deprecated).map { ($0.0, $0.1.words) }
                for (_, occurrence) in deprecated {
                    // Beside an accepted rendering, the old one is likely a gloss (formerly One Belt, One Road): a warning.
                    finding(
                        .deprecatedRendering, accepted.isEmpty ? .error : .warning, entry: entry,
                        found: occurrence.surface, expected: glossaryEntry.en,
                        "\(glossaryEntry.zh) is rendered \u{201C}\(occurrence.surface)\u{201D}, which the glossary marks deprecated; use \u{201C}\(glossaryEntry.en)\u{201D}"
                    )
                }
                for (_, occurrence) in accepted {
                    usages[entry, default: []].append(
                        Usage(pair: index, rendering: occurrence.rendering, surface: occurrence.surface))
                }
                if accepted.isEmpty, deprecated.isEmpty {
                    let expected = facts.renderings.renderings[entry].filter { !$0.isDeprecated }.map(\.text)
                    // A proposed rendering is the team's own, not yet established, and a term found
                    // only inside other words may be a coincidence: missing them is a warning.
                    let severity: CheckFinding.Severity =
                        unsure || glossaryEntry.status == .proposed || source.weakEntries.contains(entry)
                        ? .warning : .error
                    finding(
                        .missingRendering, severity, entry: entry, expected: expected.joined(separator: " | "),
                        "\(glossaryEntry.zh) has none of its renderings in the translation (expected \u{201C}\(glossaryEntry.en)\u{201D}\(expected.count > 1 ? " or an alternative" : ""))"
                    )
                }
            }

            // Renderings of the English whose terms the Chinese lacks.
            let sourceEntries = Set(source.entries)
            for (t, target) in targets.enumerated() {
                var byWords: [Range<Int>: [RenderingIndex.Occurrence]] = [:]
                var order: [Range<Int>] = []
                for occurrence in target.occurrences {
                    if byWords[occurrence.words] == nil { order.append(occurrence.words) }
                    byWords[occurrence.words, default: []].append(occurrence)
                }
                for words in order {
                    let group = byWords[words]!
                    guard
                        !group.contains(where: {
                            sourceEntries.contains($0.rendering.entry)
                                || Self.writes(glossary.entries[$0.rendering.entry], in: source.text)
                        }),
                        !covered.contains(where: { $0.target == t && $0.words.overlaps(words) })
                    else { continue }
                    let occurrence = group[0]
                    let entry = glossary.entries[occurrence.rendering.entry]
                    if occurrence.rendering.isDeprecated {
                        finding(
                            .deprecatedRendering, .warning, entry: occurrence.rendering.entry,
                            found: occurrence.surface, expected: entry.en,
                            "\u{201C}\(occurrence.surface)\u{201D} is a deprecated rendering of \(entry.zh) (use \u{201C}\(entry.en)\u{201D}), though the Chinese does not contain the term"
                        )
                    } else if occurrence.rendering.isDistinctive, !pair.source.isEmpty {
                        // The Chinese may say the same with a related word that ends like the term (成果转移 for 技术转移).
                        if let head = Self.head(of: entry.zh), source.text.contains(head) {
                            finding(
                                .renderingWithoutSource, .info, entry: occurrence.rendering.entry,
                                found: occurrence.surface, expected: entry.zh,
                                "\u{201C}\(occurrence.surface)\u{201D} renders \(entry.zh), which the Chinese does not contain (it does contain \(head))"
                            )
                        } else {
                            finding(
                                .renderingWithoutSource, .warning, entry: occurrence.rendering.entry,
                                found: occurrence.surface, expected: entry.zh,
                                "\u{201C}\(occurrence.surface)\u{201D} renders \(entry.zh), which the Chinese does not contain"
                            )
                        }
                    }
                }
            }

            // Numbers.
            if !pair.source.isEmpty {
                let targetNumbers = targets.flatMap(\.numbers)
                let (missing, unmatched) = StatedNumber.unmatched(source: source.numbers, target: targetNumbers)
                // "the three networks" for “三网”融合: the term's numeral spelled out, not an added number.
                let extra = unmatched.filter { !source.termNumerals.contains($0.value) }
                if !missing.isEmpty {
                    let stated =
                        extra.isEmpty
                        ? "the translation states no such number"
                        : "the translation states \(extra.map(\.text).joined(separator: ", "))"
                    finding(
                        .numberMismatch, unsure ? .warning : .error,
                        found: extra.isEmpty ? nil : extra.map(\.text).joined(separator: ", "),
                        expected: missing.map { "\($0.text) = \(StatedNumber.canonical($0.value))" }.joined(
                            separator: ", "),
                        "\(missing.map(\.text).joined(separator: ", ")) (\(missing.map { Self.readable($0.value) }.joined(separator: ", "))) not found in the translation; \(stated)"
                    )
                } else if !extra.isEmpty {
                    finding(
                        .numberAdded, .warning, found: extra.map(\.text).joined(separator: ", "),
                        "\(extra.map(\.text).joined(separator: ", ")) in the translation matches no number of the Chinese"
                    )
                }
            }
        }
        result += inconsistencies(usages, pairs)
        return result.enumerated().sorted { ($0.element.pair, $0.offset) < ($1.element.pair, $1.offset) }.map(\.element)
    }

    /// Usages of a rendering that is not the document's usual one for its entry.
    private func inconsistencies(_ usages: [Int: [Usage]], _ pairs: [CheckPair]) -> [CheckFinding] {
        var result: [CheckFinding] = []
        for entry in usages.keys.sorted() {
            let list = usages[entry]!
            var distinct: [RenderingIndex.Rendering] = []
            for usage in list where !distinct.contains(usage.rendering) { distinct.append(usage.rendering) }
            guard distinct.count > 1 else { continue }
            // The usual rendering: the one most usages agree with (the earliest on a tie).
            let support = distinct.map { rendering in list.filter { Self.compatible($0.rendering, rendering) }.count }
            let usual = distinct[support.firstIndex(of: support.max()!)!]
            let agreeing = list.filter { Self.compatible($0.rendering, usual) }.count
            let glossaryEntry = glossary.entries[entry]
            for usage in list where !Self.compatible(usage.rendering, usual) {
                let pair = pairs[usage.pair]
                result.append(
                    CheckFinding(
                        kind: .inconsistentRendering, severity: .warning, pair: usage.pair, sourceText: pair.sourceText,
                        targetText: pair.targetText,
                        entry: CheckFinding.Entry(glossaryEntry), found: usage.surface, expected: usual.text,
                        message:
                            "\(glossaryEntry.zh) is rendered \u{201C}\(usage.surface)\u{201D} here but \u{201C}\(usual.text)\u{201D} (or a short form of it) \(agreeing) time\(agreeing == 1 ? "" : "s") elsewhere"
                    ))
            }
        }
        return result
    }

    /// True when `text` contains the entry's headword or a variant as written, though the
    /// matcher gave the place to a longer term (负面清单 inside 准入前国民待遇加负面清单).
    static func writes(_ entry: GlossaryEntry, in text: String) -> Bool {
        text.contains(entry.zh) || entry.variants.contains { text.contains($0) }
    }

    /// The last two characters of a headword of three or more Han characters: the head of
    /// most Chinese compounds (转移 of 技术转移).
    static func head(of headword: String) -> String? {
        let scalars = Array(headword.unicodeScalars)
        guard scalars.count >= 3, scalars.allSatisfy(\.isHan) else { return nil }
        return String(scalars: scalars.suffix(2))
    }

    /// True when two renderings of an entry are one usage: the same, one a part of the other
    /// (Greater Bay Area after Guangdong-Hong Kong-Macao Greater Bay Area), or one the
    /// acronym of the other (BRI, Belt and Road Initiative).
    static func compatible(_ a: RenderingIndex.Rendering, _ b: RenderingIndex.Rendering) -> Bool {
        if a.keys == b.keys || contains(a.keys, b.keys) || contains(b.keys, a.keys) { return true }
        return isAcronym(a.text, of: b.text) || isAcronym(b.text, of: a.text)
    }

    private static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard short.count < long.count, !short.isEmpty else { return false }
        return (0...(long.count - short.count)).contains { start in Array(long[start..<(start + short.count)]) == short
        }
    }

    private static func isAcronym(_ acronym: String, of text: String) -> Bool {
        guard (2...6).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase }) else { return false }
        let initials = text.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap {
            $0.first.map { Character($0.uppercased()) }
        }
        var position = 0
        for letter in acronym {
            guard let found = initials[position...].firstIndex(of: letter) else { return false }
            position = found + 1
        }
        return true
    }

    /// Occurrences not inside another of the list (in the same sentence).
    private static func maximal(_ list: [(Int, RenderingIndex.Occurrence)]) -> [(Int, RenderingIndex.Occurrence)] {
        list.filter { item in
            !list.contains { other in
                other.0 == item.0 && other.1.words != item.1.words && other.1.words.encloses(item.1.words)
            }
        }
    }

    private static func join(_ facts: [SourceFacts]) -> SourceFacts {
        var result = SourceFacts(text: facts.map(\.text).joined(), entries: [], numbers: [], latin: [])
        let strong = facts.reduce(into: Set<Int>()) { $0.formUnion(Set($1.entries).subtracting($1.weakEntries)) }
        for fact in facts {
            for entry in fact.entries where !result.entries.contains(entry) { result.entries.append(entry) }
            result.weakEntries.formUnion(fact.weakEntries.subtracting(strong))
            result.numbers += fact.numbers
            result.termNumerals.formUnion(fact.termNumerals)
            result.latin.formUnion(fact.latin)
        }
        return result
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 1 : values.reduce(0, +) / Double(values.count)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    /// A value in words a reader checks at a glance (`1 billion`, `10 million`, `5`).
    static func readable(_ value: Double) -> String {
        if let decimal = Decimal(string: StatedNumber.canonical(value)) {
            return QuantityExtractor.englishAmount(decimal)
        }
        return StatedNumber.canonical(value)
    }
}

extension Range where Bound == Int {
    /// True when `other`, not empty, lies within this range.
    func encloses(_ other: Range<Int>) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound && !other.isEmpty
    }
}
