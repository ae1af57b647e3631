import DuizhaoCore
import DuizhaoText
import Foundation

/// Builds a batch report one document at a time, keeping only small aggregates: the
/// document lines, glossary term counts, and a merged candidate list that is cut back to the
/// best when it grows large. Fed in key order, it gives the same report for the same records.
public struct BatchReportBuilder {
    /// The most distinct candidates held before the weakest are dropped.
    public var candidateCapacity = 50_000

    private let shard: Shard?
    private var counts = BatchReport.Counts()
    private var lines: [BatchReport.DocumentLine] = []
    private var terms: [String: BatchReport.TermLine] = [:]
    private var candidates: [String: TermCandidate] = [:]
    private var known: [String: TermCandidate] = [:]

    /// Starts an empty report for `shard`.
    public init(shard: Shard?) { self.shard = shard }

    /// Adds a document: its line, and the terms and candidates of its record when it succeeded.
    public mutating func add(_ line: BatchReport.DocumentLine, record: DocumentRecord?) {
        counts.documents += 1
        switch line.outcome {
        case .processed: counts.processed += 1
        case .unchanged: counts.unchanged += 1
        case .failed: counts.failed += 1
        case .skipped: counts.skipped += 1
        }
        lines.append(line)
        guard let record, record.status == .ok else { return }
        for term in record.terms {
            let key = "\(term.entryID ?? "")\u{1F}\(term.term)"
            var total =
                terms[key] ?? BatchReport.TermLine(term: term.term, entryID: term.entryID, occurrences: 0, documents: 0)
            total.occurrences += term.count
            total.documents += 1
            terms[key] = total
        }
        Self.fold(record.candidates.candidates, into: &candidates, capacity: candidateCapacity)
        Self.fold(record.candidates.known, into: &known, capacity: candidateCapacity)
    }

    private static func fold(_ list: [TermCandidate], into table: inout [String: TermCandidate], capacity: Int) {
        for candidate in list {
            if table[candidate.text] == nil {
                table[candidate.text] = candidate
            } else {
                table[candidate.text]!.absorb(candidate)
            }
        }
        if table.count > capacity {
            let kept = TermCandidateList.rank(Array(table.values)).prefix(capacity * 2 / 5)
            table = Dictionary(uniqueKeysWithValues: kept.map { ($0.text, $0) })
        }
    }

    /// The report.
    public func report(elapsed: Double, candidateLimit: Int, isKnown: (String) -> Bool = { _ in false }) -> BatchReport
    {
        let ranked = TermCandidateList.rank(Array(candidates.values))
        let knownRanked = TermCandidateList.rank(
            Array(known.values) + ranked.filter { isKnown($0.text) && known[$0.text] == nil })
        let list = TermCandidateList(
            candidates: Array(ranked.filter { !isKnown($0.text) && known[$0.text] == nil }.prefix(candidateLimit)),
            known: Array(knownRanked.prefix(candidateLimit)))
        return BatchReport(
            toolVersion: DuizhaoVersion.current, shard: shard, mergedFrom: [], missingShards: [], counts: counts,
            elapsedSeconds: (elapsed * 1000).rounded() / 1000,
            documentsPerSecond: elapsed > 0 ? (Double(counts.documents) / elapsed * 10).rounded() / 10 : 0,
            documents: BatchReport.sortLines(lines), terms: BatchReport.sortTerms(Array(terms.values)), candidates: list
        )
    }
}
