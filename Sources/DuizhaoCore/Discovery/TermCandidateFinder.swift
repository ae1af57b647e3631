import DuizhaoText

/// Proposes new glossary terms from documents: phrases in quotation marks, names ending in
/// program markers, numbered and list abbreviations, runs of characters ICU does not know,
/// and recurring word combinations with high association. Add documents one at a time
/// (only counts are kept, never the documents), then ask for the ranked result.
///
/// A value type without ICU state: it is `Sendable`; pinyin is added at output time
/// (``TermCandidateList/addPinyin(_:)``).
public struct TermCandidateFinder: Sendable {
    /// Tuning of the finder.
    public struct Options: Sendable {
        /// The fewest occurrences a recurring combination needs (per added corpus).
        public var minAssociationCount = 3
        /// The smallest log-likelihood ratio of a recurring combination.
        var minAssociationRatio = 10.83
        /// The longest quoted phrase proposed, in characters.
        var maxQuotedLength = 12
        /// Scalars of context either side of an occurrence.
        var contextRadius = 14

        /// The default options.
        public init() {}
    }

    struct Evidence: Sendable {
        var frequency = 0
        var documents = 0
        var contexts: [String] = []
        var reasons: [CandidateReason: Int] = [:]
        var marker: String?
        var weights: [CandidateReason: Double] = [:]
        var fullForm: String?
    }

    /// The options in use.
    public let options: Options
    private var evidence: [String: Evidence] = [:]
    private var associations: AssociationStatistics
    private var documentCount = 0

    /// Creates an empty finder.
    public init(options: Options = Options()) {
        self.options = options
        associations = Self.statistics(options)
    }

    /// Empty sequence counts with the thresholds of `options`.
    private static func statistics(_ options: Options) -> AssociationStatistics {
        var statistics = AssociationStatistics()
        statistics.minCount = options.minAssociationCount
        statistics.minRatio = options.minAssociationRatio
        return statistics
    }

    /// The number of documents added.
    public var documents: Int { documentCount }

    /// Adds the evidence of one document.
    public mutating func add(_ document: Document) {
        let text = DiscoveryText(document)
        let index = documentCount
        addObservations(of: document, in: text)
        associations.add(text, document: index)
    }

    /// The first half of ``add(_:)``: the phrases the detectors propose in `document` (whose
    /// text is `text`), counted and placed. The second half, the recurring combinations, is
    /// ``Sequences``; the two can be made at the same time and joined with
    /// ``adding(_:)``.
    mutating func addObservations(of document: Document, in text: DiscoveryText) {
        documentCount += 1
        var observations = QuotedPhraseDetector(maxLength: options.maxQuotedLength).observe(text)
        observations += ProgramNameDetector().observe(text)
        observations += NumeralAbbreviationDetector().observe(text)
        observations += ListAbbreviationDetector().observe(text)
        observations += UnknownWordDetector().observe(text)
        observations += Self.definitions(of: document, in: text)

        // The same evidence at the same place counts once.
        var seen = Set<String>()
        var local: [String: Evidence] = [:]
        var order: [String] = []
        for observation in observations {
            let key = "\(observation.reason.rawValue)|\(observation.span.start)|\(observation.span.end)"
            guard seen.insert(key).inserted else { continue }
            if local[observation.text] == nil { order.append(observation.text) }
            var item = local[observation.text] ?? Evidence()
            item.reasons[observation.reason, default: 0] += 1
            if item.contexts.count < 3 {
                let context = text.context(observation.span, radius: options.contextRadius)
                if !item.contexts.contains(context) { item.contexts.append(context) }
            }
            if let weight = observation.weight, weight > (item.weights[observation.reason] ?? -1) {
                item.weights[observation.reason] = weight
                if let marker = observation.marker { item.marker = marker }
            }
            if item.marker == nil { item.marker = observation.marker }
            item.fullForm = item.fullForm ?? observation.fullForm
            local[observation.text] = item
        }
        let counts = text.occurrences(ofEach: order)
        for (phrase, count) in zip(order, counts) {
            var item = local[phrase]!
            item.frequency = max(1, count)
            item.documents = 1
            var total = evidence[phrase] ?? Evidence()
            total.frequency += item.frequency
            total.documents += 1
            for context in item.contexts where total.contexts.count < 3 && !total.contexts.contains(context) {
                total.contexts.append(context)
            }
            for (reason, count) in item.reasons { total.reasons[reason, default: 0] += count }
            for (reason, weight) in item.weights where weight > (total.weights[reason] ?? -1) {
                total.weights[reason] = weight
                if reason == .programName { total.marker = item.marker }
            }
            if total.marker == nil { total.marker = item.marker }
            total.fullForm = total.fullForm ?? item.fullForm
            evidence[phrase] = total
        }
    }

    /// The second half of ``add(_:)`` for one document: its recurring combinations, counted
    /// apart from the finder so that the two halves can be made at the same time.
    struct Sequences: Sendable {
        fileprivate let statistics: AssociationStatistics

        /// The combinations of `text`, the text of the document a finder's next
        /// ``TermCandidateFinder/addObservations(of:in:)`` takes, counted with `options`.
        init(_ text: DiscoveryText, options: Options = Options()) {
            var statistics = TermCandidateFinder.statistics(options)
            statistics.add(text, document: 0)
            self.statistics = statistics
        }
    }

    /// This finder, holding the observations of one document and nothing else yet, with the
    /// combinations of the same document: what ``add(_:)`` of that document gives.
    func adding(_ sequences: Sequences) -> TermCandidateFinder {
        var joined = self
        joined.associations = sequences.statistics
        return joined
    }

    /// The terms `document` defines for itself (ingestion's 名词解释 definitions and the
    /// abbreviations its text introduces), at their defining occurrence.
    static func definitions(of document: Document, in text: DiscoveryText) -> [CandidateObservation] {
        let given = Set(document.definitions.map(\.term))
        let all =
            document.definitions + AbbreviationFinder().definitions(in: document).filter { !given.contains($0.term) }
        let search = ScalarSearch(scalars: text.scalars)
        return all.compactMap { definition in
            let needle = Array(definition.term.unicodeScalars)
            let from = document.paragraphs.first { $0.line >= definition.line }?.span.start ?? 0
            guard let start = search.first(of: needle, from: from) ?? search.first(of: needle) else { return nil }
            return CandidateObservation(
                text: definition.term, span: TextSpan(start: start, end: start + needle.count),
                reason: .documentDefined, fullForm: definition.definition)
        }
    }

    /// The ranked candidates, at most `limit` (all when nil); phrases `isKnown` accepts go to
    /// the `known` list instead.
    public func result(limit: Int? = nil, isKnown: (String) -> Bool = { _ in false }) -> TermCandidateList {
        var byText: [String: TermCandidate] = [:]
        for (phrase, item) in evidence {
            let reasons = item.reasons.keys.sorted()
            byText[phrase] = TermCandidate(
                text: phrase, frequency: item.frequency, documents: item.documents, contexts: item.contexts,
                reasons: reasons,
                evidence: Dictionary(uniqueKeysWithValues: item.reasons.map { ($0.key.rawValue, $0.value) }),
                marker: item.marker, fullForm: item.fullForm,
                weights: Dictionary(uniqueKeysWithValues: item.weights.map { ($0.key.rawValue, $0.value) }))
        }
        // Recurring combinations: new candidates, or more evidence for ones already found.
        var associated: [String] = []
        for (phrase, entry, ratio) in associations.associated() {
            if var candidate = byText[phrase] {
                candidate.reasons = Array(Set(candidate.reasons).union([.association])).sorted()
                candidate.association = ratio
                candidate.evidence[CandidateReason.association.rawValue] = Int(entry.count)
                byText[phrase] = candidate
            } else {
                byText[phrase] = TermCandidate(
                    text: phrase, frequency: Int(entry.count), documents: Int(entry.documents),
                    contexts: entry.contexts, reasons: [.association],
                    evidence: [CandidateReason.association.rawValue: Int(entry.count)], association: ratio)
                associated.append(phrase)
            }
        }
        // Which candidates lie inside longer ones: every candidate is walked through a trie of
        // all of them (candidates are short), not every pair compared.
        var containerFrequency: [String: Int] = [:]  // the most frequent longer candidate holding it
        var coveredOccurrences: [String: Int] = [:]  // its occurrences inside longer candidates
        let texts = Array(byText.keys)
        let trie = TermAutomaton(keys: texts.map { $0.unicodeScalars.map(\.value) })
        for candidate in byText.values {
            let scalars = candidate.text.unicodeScalars.map(\.value)
            guard scalars.count > 2 else { continue }
            // The candidates it holds (two scalars or more, shorter than it), with how often.
            var seenHere: [String: Int] = [:]
            scalars.withUnsafeBufferPointer { buffer in
                for start in 0..<(buffer.count - 1) {
                    trie.forEachKey(in: buffer, startingAt: start) { end, value in
                        if end - start >= 2, end - start < buffer.count { seenHere[texts[Int(value)], default: 0] += 1 }
                    }
                }
            }
            for (part, count) in seenHere {
                containerFrequency[part] = max(containerFrequency[part] ?? 0, candidate.frequency)
                coveredOccurrences[part, default: 0] += candidate.frequency * count
            }
        }
        // A combination inside a longer candidate seen about as often is only part of it.
        for phrase in associated {
            guard let candidate = byText[phrase], let container = containerFrequency[phrase] else { continue }
            if Double(container) >= 0.7 * Double(candidate.frequency) { byText[phrase] = nil }
        }
        // A candidate without quotation marks or a list behind it whose every occurrence lies
        // inside longer candidates (三链 in 三链融合) adds nothing of its own.
        for (phrase, inside) in coveredOccurrences {
            guard let candidate = byText[phrase], !candidate.reasons.contains(.quoted),
                !candidate.reasons.contains(.listAbbreviation)
            else { continue }
            if inside >= candidate.frequency { byText[phrase] = nil }
        }
        var candidates: [TermCandidate] = []
        var known: [TermCandidate] = []
        for candidate in byText.values {
            if isKnown(candidate.text) { known.append(candidate) } else { candidates.append(candidate) }
        }
        let ranked = TermCandidateList.rank(candidates)
        return TermCandidateList(
            candidates: limit.map { Array(ranked.prefix($0)) } ?? ranked, known: TermCandidateList.rank(known))
    }
}
