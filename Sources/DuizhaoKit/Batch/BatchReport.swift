import DuizhaoCore
import DuizhaoText
import Foundation

/// The summary of a batch run (or of several shards' runs, merged): what was processed,
/// skipped as unchanged, and failed (with reasons); the glossary terms found across the
/// batch; the new-term candidates. Written as JSON, Markdown and HTML.
public struct BatchReport: Codable, Sendable, Equatable {
    /// How a document fared in the run.
    public typealias Outcome = WorkOutcome

    /// Document counts.
    public struct Counts: Codable, Sendable, Equatable {
        public var documents = 0
        public var processed = 0
        public var unchanged = 0
        public var failed = 0
        public var skipped = 0

        /// Counts nothing.
        public init() {}
    }

    /// One document's line.
    public struct DocumentLine: Codable, Sendable, Equatable {
        /// The key (relative path).
        public var key: String
        /// The input file.
        public var input: String
        /// The output folder, relative to the output root.
        public var output: String
        /// How it fared.
        public var outcome: Outcome
        /// Why it failed or was skipped.
        public var error: String?
        /// Its title, issuer, number and date.
        public var headline: DocumentHeadline?
    }

    /// A glossary term across the batch.
    public struct TermLine: Codable, Sendable, Equatable {
        /// The headword.
        public var term: String
        /// The entry.
        public var entryID: String?
        /// Occurrences in all documents.
        public var occurrences: Int
        /// Documents it occurs in.
        public var documents: Int
    }

    /// The report format.
    public var format = 1
    /// The duizhao version.
    public var toolVersion: String
    /// The shard this run covered.
    public var shard: Shard?
    /// For a merged report: the reports merged (their shards, or their files).
    public var mergedFrom: [String]
    /// For a merged report of shards: the shard numbers with no report.
    public var missingShards: [Int]
    /// Document counts.
    public var counts: Counts
    /// Wall-clock seconds (the longest shard for a merged report).
    public var elapsedSeconds: Double
    /// Documents finished (processed, unchanged or failed) per second.
    public var documentsPerSecond: Double
    /// Every document, sorted by key.
    public var documents: [DocumentLine]
    /// Glossary terms found, most widespread first.
    public var terms: [TermLine]
    /// New-term candidates across the batch.
    public var candidates: TermCandidateList

    /// The documents that failed.
    public var failures: [DocumentLine] { documents.filter { $0.outcome == .failed } }

    /// The documents skipped as not Chinese.
    public var skips: [DocumentLine] { documents.filter { $0.outcome == .skipped } }

    /// Builds a report from the records of a run and how each fared (in the given order).
    public static func make(
        records: [(DocumentRecord, Outcome)], shard: Shard?, elapsed: Double, candidateLimit: Int,
        isKnown: (String) -> Bool = { _ in false }
    ) -> BatchReport {
        var builder = BatchReportBuilder(shard: shard)
        for (record, outcome) in records {
            builder.add(
                DocumentLine(
                    key: record.key, input: record.input, output: record.output, outcome: outcome, error: record.error,
                    headline: record.headline),
                record: record)
        }
        return builder.report(elapsed: elapsed, candidateLimit: candidateLimit, isKnown: isKnown)
    }

    static func sortLines(_ lines: [DocumentLine]) -> [DocumentLine] {
        lines.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
    }

    static func sortTerms(_ terms: [TermLine]) -> [TermLine] {
        terms.sorted { a, b in
            if a.documents != b.documents { return a.documents > b.documents }
            if a.occurrences != b.occurrences { return a.occurrences > b.occurrences }
            return (a.entryID ?? a.term) < (b.entryID ?? b.term)
        }
    }

    /// Combines the reports of shards (or of separate batches): counts and documents add up,
    /// terms and candidates merge, and missing shards are listed.
    public static func merge(_ reports: [(name: String, report: BatchReport)], candidateLimit: Int = 100) -> BatchReport
    {
        var counts = Counts()
        var lines: [DocumentLine] = []
        var terms: [String: TermLine] = [:]
        var elapsed = 0.0
        var mergedFrom: [String] = []
        for (name, report) in reports {
            counts.documents += report.counts.documents
            counts.processed += report.counts.processed
            counts.unchanged += report.counts.unchanged
            counts.failed += report.counts.failed
            counts.skipped += report.counts.skipped
            lines += report.documents
            elapsed = max(elapsed, report.elapsedSeconds)
            mergedFrom += report.mergedFrom.isEmpty ? [report.shard.map { "shard \($0)" } ?? name] : report.mergedFrom
            for term in report.terms {
                let key = "\(term.entryID ?? "")\u{1F}\(term.term)"
                var line = terms[key] ?? TermLine(term: term.term, entryID: term.entryID, occurrences: 0, documents: 0)
                line.occurrences += term.occurrences
                line.documents += term.documents
                terms[key] = line
            }
        }
        // Which shards of each shard count are missing.
        var missing: [Int] = []
        let shards =
            reports.compactMap(\.report.shard) + reports.flatMap { $0.report.mergedFrom.compactMap(Self.shard(named:)) }
        if let count = shards.first?.count, shards.allSatisfy({ $0.count == count }) {
            let present = Set(shards.map(\.index))
            missing = (1...count).filter { !present.contains($0) }
        }
        let candidates = TermCandidateList.merge(reports.map(\.report.candidates), limit: candidateLimit)
        return BatchReport(
            toolVersion: DuizhaoVersion.current, shard: nil, mergedFrom: mergedFrom, missingShards: missing,
            counts: counts,
            elapsedSeconds: elapsed,
            documentsPerSecond: elapsed > 0 ? (Double(counts.documents) / elapsed * 10).rounded() / 10 : 0,
            documents: sortLines(lines), terms: sortTerms(Array(terms.values)), candidates: candidates)
    }

    /// Parses `shard K/N` back into a shard.
    static func shard(named name: String) -> Shard? {
        guard name.hasPrefix("shard ") else { return nil }
        return try? Shard(parsing: String(name.dropFirst("shard ".count)))
    }

    /// Reads a report.
    public static func read(_ url: URL) throws -> BatchReport {
        do {
            return try JSONDecoder().decode(BatchReport.self, from: Data(try InputFile.read(url.path)))
        } catch {
            throw BatchError.unreadableReport(path: url.path, reason: "\(error)")
        }
    }

    /// Writes the report as JSON, Markdown and HTML, each atomically.
    public func write(json: URL, markdown: URL, html: URL) throws {
        try AtomicFile.write(try JSONOutput.data(self), to: json.path)
        try AtomicFile.write(BatchReportRenderer().markdown(self), to: markdown.path)
        try AtomicFile.write(BatchReportRenderer().html(self), to: html.path)
    }
}
