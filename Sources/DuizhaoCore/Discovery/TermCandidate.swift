import DuizhaoText
import Foundation

/// Why a phrase was proposed as a new glossary term.
public enum CandidateReason: String, Codable, Sendable, CaseIterable, Comparable {
    /// Set off by quotation marks (“孔雀计划”, “放管服”).
    case quoted
    /// Ends in a program or institution marker (计划, 工程, 示范区, 基地, 中心…) after a name.
    case programName = "program-name"
    /// A numbered abbreviation (双创, 三网, 四位一体, 四个全面).
    case numeralAbbreviation = "numeral-abbreviation"
    /// Abbreviates a coordinated list found nearby (放管服 for 简政放权、放管结合、优化服务).
    case listAbbreviation = "list-abbreviation"
    /// A run of single characters that ICU's dictionary does not know as words (高交会).
    case unknownWord = "unknown-word"
    /// A recurring sequence of ICU words that occur together far more often than chance.
    case association
    /// The document defines it itself (`（以下简称“示范区”）`, a 名词解释 appendix).
    case documentDefined = "document-defined"

    /// How much a reason alone says that a phrase is a term.
    public var weight: Double {
        switch self {
        case .quoted: return 3.5
        case .listAbbreviation: return 3.5
        case .numeralAbbreviation: return 2.5
        case .programName: return 2.5
        case .unknownWord: return 1.5
        case .association: return 1.2
        case .documentDefined: return 4.0
        }
    }

    /// A short phrase for people.
    public var explanation: String {
        switch self {
        case .quoted: return "in quotation marks"
        case .programName: return "named program or institution"
        case .numeralAbbreviation: return "numbered abbreviation"
        case .listAbbreviation: return "abbreviates a list"
        case .unknownWord: return "not in ICU's dictionary"
        case .association: return "recurring word combination"
        case .documentDefined: return "defined by the document"
        }
    }

    /// The reason's position in the declaration order.
    var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: CandidateReason, rhs: CandidateReason) -> Bool { lhs.order < rhs.order }
}

/// A phrase proposed for a glossary maintainer to review, with the evidence for it.
public struct TermCandidate: Codable, Sendable, Equatable {
    /// The phrase as written (without quotation marks).
    public var text: String
    /// Occurrences of the phrase in the documents where it was proposed.
    public var frequency: Int
    /// The number of documents it was proposed in.
    public var documents: Int
    /// Up to three snippets of text around occurrences.
    public var contexts: [String]
    /// Why it was proposed, most telling first.
    public var reasons: [CandidateReason]
    /// How many occurrences carried each reason.
    public var evidence: [String: Int] = [:]
    /// The name-ending marker, for program names (计划, 基地).
    public var marker: String?
    /// The list it abbreviates, for list abbreviations (简政放权、放管结合、优化服务).
    public var fullForm: String?
    /// The strongest association seen (Dunning's log-likelihood ratio), for recurring combinations.
    var association: Double?
    /// The strongest weight each reason carried where it differs from the reason's default
    /// (a name of generic words is weaker evidence than 孔雀计划), by reason.
    var weights: [String: Double] = [:]
    /// Pinyin with tone marks, filled in for output.
    public var pinyin: String?

    enum CodingKeys: String, CodingKey {
        case text, frequency, documents, contexts, reasons, evidence, marker, fullForm, association, weights, pinyin,
            score
    }

    /// Encodes the candidate with its score (the score is recomputed when decoded).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(frequency, forKey: .frequency)
        try container.encode(documents, forKey: .documents)
        try container.encode(contexts, forKey: .contexts)
        try container.encode(reasons, forKey: .reasons)
        if !evidence.isEmpty { try container.encode(evidence, forKey: .evidence) }
        try container.encodeIfPresent(marker, forKey: .marker)
        try container.encodeIfPresent(fullForm, forKey: .fullForm)
        try container.encodeIfPresent(association.map { ($0 * 1000).rounded() / 1000 }, forKey: .association)
        if !weights.isEmpty { try container.encode(weights, forKey: .weights) }
        try container.encodeIfPresent(pinyin, forKey: .pinyin)
        try container.encode(score, forKey: .score)
    }

    /// The ranking score: the evidence of the reasons plus a bounded bonus for frequency and
    /// spread, so that a coined term seen once in quotation marks outranks a generic
    /// combination seen twenty times.
    public var score: Double {
        var total = 0.0
        for reason in reasons {
            switch reason {
            case .association: total += min(reason.weight, (association ?? 0) / 50)
            default: total += weights[reason.rawValue] ?? reason.weight
            }
        }
        // Several independent reasons count, but less than their sum.
        if reasons.count > 1 { total *= 0.85 }
        // Frequency: a combination's association already reflects it.
        let frequencyBonus = min(1.5, 0.5 * log2(Double(max(1, frequency))))
        total += reasons == [.association] ? frequencyBonus / 2 : frequencyBonus
        total += min(1.0, 0.5 * log2(Double(max(1, documents))))
        return (total * 1000).rounded() / 1000
    }

    /// The reasons as a short comma-separated phrase for people.
    public var reasonSummary: String {
        reasons.map { reason in
            switch reason {
            case .programName: return marker.map { "\(reason.explanation) (…\($0))" } ?? reason.explanation
            case .listAbbreviation, .documentDefined:
                return fullForm.map { "\(reason.explanation) (\($0))" } ?? reason.explanation
            case .association:
                return association.map { "\(reason.explanation) (G²=\(Int($0.rounded())))" } ?? reason.explanation
            default: return reason.explanation
            }
        }.joined(separator: ", ")
    }

    /// Combines the evidence for the same phrase from two sources (documents or shards).
    public mutating func absorb(_ other: TermCandidate) {
        frequency += other.frequency
        documents += other.documents
        for context in other.contexts where contexts.count < 3 && !contexts.contains(context) {
            contexts.append(context)
        }
        reasons = Array(Set(reasons).union(other.reasons)).sorted()
        for (key, count) in other.evidence { evidence[key, default: 0] += count }
        marker = marker ?? other.marker
        fullForm = fullForm ?? other.fullForm
        if let value = other.association { association = max(association ?? 0, value) }
        for (key, value) in other.weights { weights[key] = max(weights[key] ?? value, value) }
        pinyin = pinyin ?? other.pinyin
    }
}

extension TermCandidate {
    /// Decodes a candidate; lists written before evidence, weights and pinyin existed decode
    /// with those empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        frequency = try container.decode(Int.self, forKey: .frequency)
        documents = try container.decode(Int.self, forKey: .documents)
        contexts = try container.decode([String].self, forKey: .contexts)
        reasons = try container.decode([CandidateReason].self, forKey: .reasons)
        evidence = try container.decodeIfPresent([String: Int].self, forKey: .evidence) ?? [:]
        marker = try container.decodeIfPresent(String.self, forKey: .marker)
        fullForm = try container.decodeIfPresent(String.self, forKey: .fullForm)
        association = try container.decodeIfPresent(Double.self, forKey: .association)
        weights = try container.decodeIfPresent([String: Double].self, forKey: .weights) ?? [:]
        pinyin = try container.decodeIfPresent(String.self, forKey: .pinyin)
    }
}

/// Ranked candidates, and the phrases that would have been proposed but the glossary knows.
public struct TermCandidateList: Codable, Sendable, Equatable {
    /// New-term candidates, best first.
    public var candidates: [TermCandidate]
    /// Phrases found with the same evidence that the glossary already has, best first.
    public var known: [TermCandidate]

    /// Creates a list.
    public init(candidates: [TermCandidate] = [], known: [TermCandidate] = []) {
        self.candidates = candidates
        self.known = known
    }

    /// Orders candidates: higher score first, then more frequent, then by text.
    public static func rank(_ candidates: [TermCandidate]) -> [TermCandidate] {
        // Each score is computed once, not at every comparison.
        let scored = candidates.map { (score: $0.score, candidate: $0) }
        return scored.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.candidate.frequency != b.candidate.frequency { return a.candidate.frequency > b.candidate.frequency }
            return a.candidate.text < b.candidate.text
        }.map(\.candidate)
    }

    /// Merges lists from several documents or shards: the same phrase's evidence is
    /// combined, then everything is ranked again and cut to `limit`.
    public static func merge(_ lists: [TermCandidateList], limit: Int? = nil) -> TermCandidateList {
        func combine(_ groups: [[TermCandidate]]) -> [TermCandidate] {
            var byText: [String: TermCandidate] = [:]
            var order: [String] = []
            for group in groups {
                for candidate in group {
                    if byText[candidate.text] == nil {
                        byText[candidate.text] = candidate
                        order.append(candidate.text)
                    } else {
                        byText[candidate.text]!.absorb(candidate)
                    }
                }
            }
            let ranked = rank(order.map { byText[$0]! })
            return limit.map { Array(ranked.prefix($0)) } ?? ranked
        }
        let knownTexts = Set(lists.flatMap { $0.known.map(\.text) })
        let candidates = combine(lists.map { $0.candidates.filter { !knownTexts.contains($0.text) } })
        return TermCandidateList(candidates: candidates, known: combine(lists.map(\.known)))
    }

    /// A short form for keeping per document: the first `limit` candidates and known
    /// phrases, one context each, without the per-reason counts.
    public func summary(limit: Int) -> TermCandidateList {
        func slim(_ candidate: TermCandidate) -> TermCandidate {
            var result = candidate
            result.contexts = Array(candidate.contexts.prefix(1))
            result.evidence = [:]
            return result
        }
        return TermCandidateList(candidates: candidates.prefix(limit).map(slim), known: known.prefix(limit).map(slim))
    }

    /// Fills in pinyin for every candidate.
    public mutating func addPinyin(_ transcriber: PinyinTranscriber) {
        for index in candidates.indices { candidates[index].pinyin = transcriber.pinyin(candidates[index].text) }
        for index in known.indices { known[index].pinyin = transcriber.pinyin(known[index].text) }
    }
}
