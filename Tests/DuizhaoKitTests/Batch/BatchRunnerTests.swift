import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

#if canImport(Glibc)
import Glibc
#endif

@Suite struct BatchRunnerTests {
    func corpus(_ count: Int) throws -> URL {
        let root = try BatchFixture.folder().appendingPathComponent("corpus")
        for number in 0..<count {
            try BatchFixture.write(BatchFixture.document(number), to: "part\(number % 3)/doc-\(number).txt", in: root)
        }
        return root
    }

    func options(_ input: URL, _ output: URL, jobs: Int = 2) -> BatchOptions {
        var options = BatchOptions(inputs: [input.path], output: output)
        options.jobs = jobs
        return options
    }

    @Test func processesEveryDocumentThenSkipsWhatIsUnchanged() throws {
        let input = try corpus(6)
        let output = try BatchFixture.folder().appendingPathComponent("out")
        let first = try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        #expect(first.counts.documents == 6 && first.counts.processed == 6 && first.counts.failed == 0)
        let layout = OutputLayout(root: output)
        for line in first.documents {
            #expect(
                FileManager.default.fileExists(
                    atPath: layout.folder(for: line.key).appendingPathComponent("document.json").path))
        }
        let manifest = try #require(try BatchManifest.read(layout.manifest))
        #expect(manifest.documents.map(\.key) == first.documents.map(\.key))
        #expect(!FileManager.default.fileExists(atPath: layout.journal.path))
        let before = try BatchFixture.tree(output, skip: BatchFixture.isReport)

        let second = try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        #expect(second.counts.unchanged == 6 && second.counts.processed == 0)
        #expect(try BatchFixture.tree(output, skip: BatchFixture.isReport) == before)

        try BatchFixture.write(BatchFixture.document(99), to: "part1/doc-1.txt", in: input)
        let third = try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        #expect(third.counts.processed == 1 && third.counts.unchanged == 5)
        #expect(third.documents.first { $0.outcome == .processed }?.key == "corpus/part1/doc-1.txt")

        var forced = options(input, output)
        forced.force = true
        #expect(try BatchRunner(options: forced, job: SegmentationJob()).run().counts.processed == 6)
    }

    @Test func jobConfigurationOrToolContextChangesRedoEverything() throws {
        let input = try corpus(3)
        let output = try BatchFixture.folder()
        _ = try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        let changed = try BatchRunner(options: options(input, output), job: SegmentationJob(encoding: "UTF-8")).run()
        #expect(changed.counts.processed == 3)
    }

    @Test func glossaryChangesRedoOnlyTheDocumentsTheyAffect() throws {
        let root = try BatchFixture.folder()
        let input = root.appendingPathComponent("in")
        try BatchFixture.write("深圳实施孔雀计划，引进人才。", to: "a.txt", in: input)
        try BatchFixture.write("深化放管服改革，优化服务。", to: "b.txt", in: input)
        try BatchFixture.write("加强基础研究，建设实验室。", to: "c.txt", in: input)
        let output = root.appendingPathComponent("out")
        let peacock = GlossaryEntry(id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan")
        let reform = GlossaryEntry(id: "fangguanfu", zh: "放管服", en: "streamlining administration")
        func run(_ glossary: [GlossaryEntry]) throws -> (BatchReport, [String]) {
            var options = self.options(input, output)
            options.glossary = GlossaryFingerprint(entries: glossary)
            let job = RecordingJob(glossary: glossary)
            let report = try BatchRunner(options: options, job: job).run()
            return (report, job.processed)
        }
        #expect(try run([peacock, reform]).1 == ["in/a.txt", "in/b.txt", "in/c.txt"])
        #expect(try run([peacock, reform]).1 == [])

        // A new rendering: only the document that matched the entry.
        var renamed = peacock
        renamed.en = "Peacock Program"
        let (report, processed) = try run([renamed, reform])
        #expect(processed == ["in/a.txt"])
        #expect(report.counts.unchanged == 2)
        let terms = try String(
            contentsOf: OutputLayout(root: output).folder(for: "in/a.txt").appendingPathComponent("terms.tsv"),
            encoding: .utf8)
        #expect(terms.contains("Peacock Program"))
        var newSource = reform
        newSource.source = "State Council English website"
        #expect(try run([renamed, newSource]).1 == ["in/b.txt"])

        // A new entry, a changed variant, a removed entry: any document could match differently.
        let lab = GlossaryEntry(id: "laboratory", zh: "实验室", en: "laboratory")
        #expect(try run([renamed, newSource, lab]).1 == ["in/a.txt", "in/b.txt", "in/c.txt"])
        var variant = newSource
        variant.variants = ["“放管服”"]
        #expect(try run([renamed, variant, lab]).1 == ["in/a.txt", "in/b.txt", "in/c.txt"])
        #expect(try run([renamed, variant]).1 == ["in/a.txt", "in/b.txt", "in/c.txt"])
        #expect(try run([renamed, variant]).1 == [])
    }

    @Test func badDocumentsAreReportedAndSkippedWhileTheBatchGoesOn() throws {
        let root = try BatchFixture.folder()
        let input = root.appendingPathComponent("in")
        try BatchFixture.write(BatchFixture.document(1), to: "good-1.txt", in: input)
        try BatchFixture.write("<html><body><p>深圳实施“孔雀计划”。</p></body></html>", to: "good-2.html", in: input)
        try BatchFixture.write(Data([0x00, 0x01, 0x02, 0x03, 0x00]), to: "binary.txt", in: input)
        try BatchFixture.write(Data(), to: "empty.md", in: input)
        try BatchFixture.write(
            Data([0xE6, 0xB7, 0xB1, 0xFF, 0xFE, 0x41, 0xC3, 0x28]), to: "undecodable.txt", in: input)
        try BatchFixture.write(String(repeating: "长文档。", count: 400), to: "large.txt", in: input)
        let output = root.appendingPathComponent("out")
        var options = self.options(input, output)
        options.maxSize = 2000
        let failures = LockedValue<[String]>([])
        var runner = BatchRunner(options: options, job: SegmentationJob(encoding: "UTF-8", maxSize: 2000))
        runner.onFailure = { record, _ in failures.withLock { $0.append(record.key) } }
        let report = try runner.run()
        #expect(report.counts.documents == 6 && report.counts.processed == 2 && report.counts.failed == 4)
        #expect(
            failures.withLock { $0.sorted() } == ["in/binary.txt", "in/empty.md", "in/large.txt", "in/undecodable.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: report.failures.map { ($0.key, $0.error ?? "") })
        #expect(reasons["in/binary.txt"]?.contains("binary") == true)
        #expect(reasons["in/empty.md"]?.contains("empty") == true)
        #expect(reasons["in/large.txt"]?.contains("size limit") == true)
        #expect(reasons["in/undecodable.txt"]?.contains("UTF-8") == true)
        for (key, reason) in reasons {
            #expect(reason.contains(input.appendingPathComponent(String(key.dropFirst(3))).lastPathComponent))
        }
        let layout = OutputLayout(root: output)
        for key in reasons.keys { #expect(!FileManager.default.fileExists(atPath: layout.folder(for: key).path)) }
        #expect(
            FileManager.default.fileExists(
                atPath: layout.folder(for: "in/good-2.html").appendingPathComponent("document.json").path))

        // Failures are retried, successes skipped.
        let again = try BatchRunner(options: options, job: SegmentationJob(encoding: "UTF-8", maxSize: 2000)).run()
        #expect(again.counts.failed == 4 && again.counts.unchanged == 2)
        // Fixed inputs are picked up.
        try BatchFixture.write(BatchFixture.document(7), to: "binary.txt", in: input)
        let fixed = try BatchRunner(options: options, job: SegmentationJob(encoding: "UTF-8", maxSize: 2000)).run()
        #expect(fixed.counts.failed == 3 && fixed.counts.processed == 1)
    }

    @Test func aFailingJobLeavesNoPartialOutputs() throws {
        let root = try BatchFixture.folder()
        let input = root.appendingPathComponent("in")
        try BatchFixture.write("一切正常。", to: "ok.txt", in: input)
        try BatchFixture.write("请 FAIL 这个文档。", to: "fails.txt", in: input)
        let output = root.appendingPathComponent("out")
        let report = try BatchRunner(options: options(input, output), job: RecordingJob()).run()
        #expect(report.counts.failed == 1)
        #expect(report.failures.first?.error == "the document asks to fail")
        let layout = OutputLayout(root: output)
        #expect(!FileManager.default.fileExists(atPath: layout.folder(for: "in/fails.txt").path))
        #expect(
            FileManager.default.fileExists(
                atPath: layout.folder(for: "in/ok.txt").appendingPathComponent("first.txt").path))
    }

    @Test func outputsOfRemovedInputsAreRemoved() throws {
        let input = try corpus(4)
        let output = try BatchFixture.folder()
        _ = try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        let layout = OutputLayout(root: output)
        let gone = layout.folder(for: "corpus/part0/doc-3.txt")
        #expect(FileManager.default.fileExists(atPath: gone.path))
        try FileManager.default.removeItem(at: input.appendingPathComponent("part0/doc-3.txt"))
        let report = try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        #expect(report.counts.documents == 3 && report.counts.unchanged == 3)
        #expect(!FileManager.default.fileExists(atPath: gone.path))
        #expect(try BatchManifest.read(layout.manifest)?.documents.count == 3)
    }

    @Test func resumingAfterAnInterruptedRunGivesTheOutputsOfACleanRun() throws {
        let input = try corpus(8)
        let scratch = try BatchFixture.folder()
        let clean = scratch.appendingPathComponent("clean")
        _ = try BatchRunner(options: options(input, clean, jobs: 1), job: SegmentationJob()).run()
        let expected = try BatchFixture.tree(clean, skip: BatchFixture.isReport)

        // The state a kill leaves: a journal with the first records and a torn last line, no
        // compacted manifest, a temporary file mid-write, a document half written, one never started.
        let killed = scratch.appendingPathComponent("killed")
        _ = try BatchRunner(options: options(input, killed, jobs: 1), job: SegmentationJob()).run()
        let layout = OutputLayout(root: killed)
        let records = try #require(try BatchManifest.read(layout.manifest)).documents
        try FileManager.default.removeItem(at: layout.manifest)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var journal = Data()
        for record in records.prefix(3) { journal += try encoder.encode(record) + Data([0x0A]) }
        journal += try encoder.encode(records[3]).prefix(40)
        try journal.write(to: layout.journal)
        let half = layout.folder(for: records[4].key)
        try Data("{\"trunc".utf8).write(to: half.appendingPathComponent("document.json"))
        try Data("partial".utf8).write(to: half.appendingPathComponent(".document.json.123.456.tmp"))
        try FileManager.default.removeItem(at: layout.folder(for: records[5].key))
        try Data("stray".utf8).write(to: killed.appendingPathComponent(".batch-manifest.jsonl.77.88.tmp"))
        for report in ["json", "md", "html"] { try FileManager.default.removeItem(at: layout.report(report)) }

        let resumed = try BatchRunner(options: options(input, killed, jobs: 1), job: SegmentationJob()).run()
        #expect(resumed.counts.unchanged == 3 && resumed.counts.processed == 5)
        #expect(try BatchFixture.tree(killed, skip: BatchFixture.isReport) == expected)
    }

    @Test func parallelRunWritesExactlyWhatASequentialRunWrites() throws {
        let input = try corpus(12)
        let scratch = try BatchFixture.folder()
        _ = try BatchRunner(
            options: options(input, scratch.appendingPathComponent("one"), jobs: 1), job: SegmentationJob()
        ).run()
        _ = try BatchRunner(
            options: options(input, scratch.appendingPathComponent("four"), jobs: 4), job: SegmentationJob()
        ).run()
        let one = try BatchFixture.tree(scratch.appendingPathComponent("one"), skip: BatchFixture.isReport)
        let four = try BatchFixture.tree(scratch.appendingPathComponent("four"), skip: BatchFixture.isReport)
        #expect(one.count == four.count && one == four)
    }

    @Test func documentsInFlightNeverExceedTheWorkers() throws {
        let input = try corpus(20)
        let output = try BatchFixture.folder()
        let job = ConcurrencyJob()
        _ = try BatchRunner(options: options(input, output, jobs: 3), job: job).run()
        let (peak, total) = job.state.withLock { ($0.peak, $0.total) }
        #expect(total == 20)
        #expect(peak >= 1 && peak <= 3)
    }

    @Test func aJobCannotWriteOutsideItsFolder() throws {
        let root = try BatchFixture.folder()
        try BatchFixture.write("内容。", to: "in/a.txt", in: root)
        let report = try BatchRunner(
            options: options(root.appendingPathComponent("in"), root.appendingPathComponent("out")), job: EscapingJob()
        ).run()
        #expect(report.counts.failed == 1)
        #expect(report.failures.first?.error?.contains("outside its folder") == true)
    }

    @Test func secondRunOnTheSameFolderIsRefusedWhileTheFirstHoldsTheLock() throws {
        let input = try corpus(2)
        let output = try BatchFixture.folder()
        let lock = OutputLayout(root: output).lock
        let descriptor = open(lock.path, O_CREAT | O_RDWR, 0o644)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        #expect(throws: BatchError.locked(path: output.standardizedFileURL.path)) {
            try BatchRunner(options: options(input, output), job: SegmentationJob()).run()
        }
    }

    @Test func shardsCoverEveryInputOnceAndTheirReportsMerge() throws {
        let input = try corpus(15)
        let scratch = try BatchFixture.folder()
        var reports: [(name: String, report: BatchReport)] = []
        var keys: [String] = []
        for index in 1...3 {
            var options = self.options(input, scratch.appendingPathComponent("shard-\(index)"))
            options.shard = Shard(index: index, count: 3)
            let report = try BatchRunner(options: options, job: SegmentationJob()).run()
            reports.append((name: "shard \(index)", report: report))
            keys += report.documents.map(\.key)
            let layout = OutputLayout(root: options.output, shard: options.shard)
            #expect(FileManager.default.fileExists(atPath: layout.report("json").path))
        }
        #expect(keys.count == 15 && Set(keys).count == 15)
        let merged = BatchReport.merge(reports)
        #expect(merged.counts.documents == 15 && merged.counts.processed == 15)
        #expect(merged.missingShards.isEmpty)
        #expect(merged.mergedFrom == ["shard 1/3", "shard 2/3", "shard 3/3"])
        #expect(BatchReport.merge(Array(reports.prefix(2))).missingShards == [3])
    }

    @Test func reportAggregatesTermsAndCandidatesAcrossTheBatch() throws {
        let root = try BatchFixture.folder()
        let input = root.appendingPathComponent("in")
        for number in 0..<3 { try BatchFixture.write(BatchFixture.document(number), to: "d\(number).txt", in: input) }
        let glossary = [GlossaryEntry(id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan")]
        var options = self.options(input, root.appendingPathComponent("out"))
        options.glossary = GlossaryFingerprint(entries: glossary)
        let resources = try StandardResources(glossary: Glossary(entries: glossary), glossaryFiles: [], dictionary: nil)
        let report = try BatchRunner(options: options, job: AnnotateJob(resources: resources, formats: [.json])).run()
        #expect(
            report.terms.first
                == BatchReport.TermLine(term: "孔雀计划", entryID: "peacock-plan", occurrences: 3, documents: 3))
        let fangguanfu = try #require(report.candidates.candidates.first { $0.text == "放管服" })
        #expect(fangguanfu.documents == 3 && fangguanfu.reasons.contains(.quoted))
        #expect(!report.candidates.candidates.contains { $0.text == "孔雀计划" })
        #expect(report.candidates.known.contains { $0.text == "孔雀计划" })
        let decoded = try BatchReport.read(OutputLayout(root: options.output).report("json"))
        #expect(decoded == report)
    }
}

/// Tracks how many documents are being processed at once.
struct ConcurrencyJob: DocumentJob {
    struct State {
        var current = 0
        var peak = 0
        var total = 0
    }

    let state = LockedValue(State())
    var configuration: String { "concurrency" }

    func makeProcessor() throws -> any DocumentProcessor { Processor(state: state) }

    final class Processor: DocumentProcessor {
        let state: LockedValue<State>
        init(state: LockedValue<State>) { self.state = state }

        func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome {
            state.withLock {
                $0.current += 1
                $0.total += 1
                $0.peak = max($0.peak, $0.current)
            }
            defer { state.withLock { $0.current -= 1 } }
            try AtomicFile.write(Data(input.bytes), to: outputFolder.appendingPathComponent("copy.txt").path)
            return DocumentOutcome(files: ["copy.txt"])
        }
    }
}

/// A job that claims a file outside its folder.
struct EscapingJob: DocumentJob {
    var configuration: String { "escaping" }
    func makeProcessor() throws -> any DocumentProcessor { Processor() }

    final class Processor: DocumentProcessor {
        func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome {
            DocumentOutcome(files: ["../../escape.txt"])
        }
    }
}
