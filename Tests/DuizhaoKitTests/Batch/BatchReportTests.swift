import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct BatchReportTests {
    func sample() -> BatchReport {
        let ok = DocumentRecord(
            key: "docs/<b>a</b>.txt", input: "/in/docs/<b>a</b>.txt", sha256: "x", context: "c", status: .ok,
            output: "documents/docs/a",
            terms: [TermCount(term: "孔雀计划", entryID: "peacock-plan", count: 2)],
            candidates: TermCandidateList(candidates: [
                TermCandidate(
                    text: "放管|服", frequency: 1, documents: 1, contexts: ["<script>alert(1)</script>"],
                    reasons: [.quoted])
            ]))
        let failed = DocumentRecord(
            key: "docs/bad.txt", input: "/in/docs/bad.txt", sha256: "", context: "c", status: .failed,
            error: "/in/docs/bad.txt: <img src=x onerror=alert(1)> & more", output: "documents/docs/bad.txt")
        return BatchReport.make(
            records: [(failed, .failed), (ok, .processed)], shard: nil, elapsed: 2, candidateLimit: 10)
    }

    @Test func countsAndSortsDocuments() {
        let report = sample()
        #expect(report.counts.documents == 2 && report.counts.processed == 1 && report.counts.failed == 1)
        #expect(report.documents.map(\.key) == ["docs/<b>a</b>.txt", "docs/bad.txt"])
        #expect(report.documentsPerSecond == 1)
        #expect(
            report.terms == [BatchReport.TermLine(term: "孔雀计划", entryID: "peacock-plan", occurrences: 2, documents: 1)])
    }

    @Test func htmlEscapesEverythingFromDocumentsAndErrors() {
        let html = BatchReportRenderer().html(sample())
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>a</b>"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func markdownCellsCannotBreakTheTable() {
        let markdown = BatchReportRenderer().markdown(sample())
        #expect(markdown.contains("放管\\|服"))
        #expect(markdown.contains("\\<img src=x onerror=alert(1)\\> \\& more"))
        let failureRow = markdown.split(separator: "\n").first { $0.contains("bad.txt") && $0.contains("onerror") }
        #expect(failureRow.map { $0.filter { $0 == "|" }.count - $0.components(separatedBy: "\\|").count + 1 } == 3)
    }

    @Test func mergingAddsCountsAndCombinesTerms() {
        var first = sample()
        first.shard = Shard(index: 1, count: 2)
        var second = sample()
        second.shard = Shard(index: 2, count: 2)
        second.elapsedSeconds = 5
        let merged = BatchReport.merge([(name: "a", report: first), (name: "b", report: second)])
        #expect(merged.counts.documents == 4 && merged.counts.failed == 2)
        #expect(merged.terms.first?.occurrences == 4 && merged.terms.first?.documents == 2)
        #expect(merged.elapsedSeconds == 5)
        #expect(merged.candidates.candidates.first?.frequency == 2)
        #expect(merged.missingShards.isEmpty)
        let remerged = BatchReport.merge([(name: "m", report: merged)])
        #expect(remerged.mergedFrom == ["shard 1/2", "shard 2/2"])
        #expect(remerged.missingShards.isEmpty)
    }

    @Test func progressStatusShowsCountsRateAndETA() {
        var counts = ProgressMeter.Counts()
        counts.processed = 40
        counts.unchanged = 9
        counts.failed = 1
        #expect(
            ProgressMeter.status(counts, total: 100, elapsed: 10)
                == "50/100 50% 5.0 docs/s ETA 0:10, 9 unchanged, 1 failed")
        #expect(ProgressMeter.status(counts, total: nil, elapsed: 0) == "50 0.0 docs/s, 9 unchanged, 1 failed")
        #expect(ProgressMeter.formatDuration(3725) == "1:02:05")
    }

    @Test func progressLinesGoToTheSink() {
        let lines = LockedValue<[String]>([])
        let progress = ProgressMeter(style: .lines(interval: 0)) { text in lines.withLock { $0.append(text) } }
        progress.setTotal(2)
        progress.update(.processed)
        progress.update(.failed)
        progress.finish()
        let output = lines.withLock { $0 }
        #expect(output.last?.hasPrefix("batch: 2/2 100%") == true)
        #expect(output.allSatisfy { $0.hasSuffix("\n") })
        let quiet = LockedValue<[String]>([])
        let none = ProgressMeter(style: .none) { text in quiet.withLock { $0.append(text) } }
        none.update(.processed)
        none.finish()
        #expect(quiet.withLock { $0.isEmpty })
    }
}
