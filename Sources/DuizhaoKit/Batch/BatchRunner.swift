import DuizhaoCore
import DuizhaoText
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a job over many documents: streams the inputs (never holding the list), processes
/// them on `jobs` worker threads, skips what is unchanged since the last run, survives being
/// killed, and writes a report.
///
/// Guarantees:
/// - Memory is bounded by the documents in flight (one per worker) plus a few hundred bytes
///   per document (a digest for the skip decision and a line for the report); inputs come
///   from a lazy folder walk, and the per-document summaries (terms, candidates) are read back
///   from the manifest and the journal one at a time when the run ends.
/// - Every output is written atomically; a document's record reaches the journal (flushed
///   to disk) only after all its outputs are complete. A run killed at any point and started
///   again ends with exactly the outputs of an uninterrupted run: stray temporary files are
///   removed, and a document's folder is emptied before it is redone.
/// - A document that cannot be processed is reported and skipped; the batch goes on. Its
///   output folder is removed, and it is retried on the next run.
/// - Inputs are only read.
public struct BatchRunner: Sendable {
    /// The settings.
    public let options: BatchOptions
    /// The per-document work.
    public let job: any DocumentJob
    /// Where progress goes, if anywhere.
    public var progress: ProgressMeter?
    /// Called as each failure happens (the CLI prints it), with the error that failed the
    /// document when there is one (its message is the record's `error`).
    public var onFailure: (@Sendable (DocumentRecord, (any Error)?) -> Void)?
    /// Called with notices about the output folder (an unreadable manifest).
    public var onNotice: (@Sendable (String) -> Void)?
    /// Called for each document skipped without outputs (not Chinese), with its record (the reason in `error`).
    public var onSkip: (@Sendable (DocumentRecord) -> Void)?
    /// When requested, the workers finish the documents in flight and take no more; the run
    /// records them in the manifest and throws ``BatchError/interrupted(finished:)``.
    public var stop: StopRequest?

    /// The run context (see ``context``), computed once.
    private let runContext: String

    /// Creates a runner.
    public init(options: BatchOptions, job: any DocumentJob) {
        self.options = options
        self.job = job
        runContext = SHA256.hex(
            "duizhao-batch 1\n\(DuizhaoVersion.current)\n\(job.configuration)\n\(options.glossary.matchHash)")
    }

    /// The output layout.
    public var layout: OutputLayout { OutputLayout(root: options.output, shard: options.shard) }

    /// The context a document's outputs depend on besides its input and its matched entries:
    /// the tool version, the job's configuration and where glossary entries match.
    public var context: String { runContext }

    /// New-term candidates kept per document (with one context each) for the report: all the
    /// document's brief lists.
    public static let candidatesPerDocument = DocumentCandidates.limit

    /// What the skip decision needs of a document's record: a digest of what its outputs
    /// were made from, and its files. A few hundred bytes a document.
    struct SkipEntry: Sendable {
        let digest: String
        let files: [String]
        let headline: DocumentHeadline?

        init(_ record: DocumentRecord, glossary: GlossaryFingerprint) {
            headline = record.headline
            let current = record.status == .ok && record.entriesHash == glossary.entriesHash(record.entries)
            digest = Self.digest(
                input: record.input, sha256: record.sha256, context: record.context, output: record.output,
                current: current)
            files = record.files
        }

        static func digest(input: String, sha256: String, context: String, output: String, current: Bool) -> String {
            SHA256.hex("\(input)\n\(sha256)\n\(context)\n\(output)\n\(current)")
        }
    }

    struct RunState {
        var inputs: InputScanner.Iterator
        var lines: [String: BatchReport.DocumentLine] = [:]
        var fatal: Error?
        var stopped = false
    }

    /// Runs the batch and returns its report (also written to the output folder).
    public func run() throws -> BatchReport {
        let started = Date()
        guard options.jobs >= 1 else { throw BatchError.invalidJobs(options.jobs) }
        let layout = self.layout
        try prepareOutputFolder(layout.root)
        let lock = try acquireLock(layout.lock)
        defer { close(lock) }

        let scanner = try InputScanner(
            arguments: options.inputs, include: options.include, exclude: options.exclude, excluding: [layout.root])
        removeTemporaryFiles(in: layout.root, recursive: false)

        // Recover: fold the journal of a run that did not finish into the manifest, and keep
        // what the skip decisions need.
        var skip: [String: SkipEntry] = [:]
        let glossary = options.glossary
        try rewriteManifest(layout, journal: BatchJournal.index(layout.journal)) { key, old, new in
            guard let record = new ?? old else { return nil }
            skip[key] = SkipEntry(record, glossary: glossary)
            return record
        }
        try? FileManager.default.removeItem(at: layout.journal)

        if let progress, options.countInputs {
            progress.setTotal(
                scanner.reduce(0) { count, input in
                    (options.shard?.contains(key: input.key) ?? true) ? count + 1 : count
                })
        }

        let state = LockedValue(RunState(inputs: scanner.makeIterator()))
        let journal = LockedValue(try BatchJournal(url: layout.journal))
        let decisions = skip
        let group = DispatchGroup()
        for _ in 0..<options.jobs {
            group.enter()
            let thread = Thread {
                // One document per worker and one worker per job: with more than one job,
                // a document's own loops do not fan out again.
                Parallel.serially(self.options.jobs > 1) {
                    self.work(state: state, journal: journal, skip: decisions, layout: layout)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        progress?.finish()
        skip = [:]

        journal.withLock { $0.close() }
        let (lines, fatal, stopped) = state.withLock { ($0.lines, $0.fatal, $0.stopped) }
        // Failed documents removed their own folders; the parents they emptied go now that
        // no worker is making folders in them.
        for (key, line) in lines where line.outcome == .failed {
            removeEmptyParents(of: layout.folder(for: key), layout: layout)
        }
        if let fatal { throw fatal }

        // The new manifest, in key order: this run's records from the journal, unchanged
        // documents' records from the old manifest; inputs gone since lose their outputs.
        // The report is built on the way, from the records, one at a time.
        var builder = BatchReportBuilder(shard: options.shard)
        try rewriteManifest(layout, journal: BatchJournal.index(layout.journal)) { key, old, new in
            guard let line = lines[key] else {
                // Not reached before the stop: kept as it was, for the next run.
                if stopped { return old }
                if let old, old.output == layout.relativeFolder(for: key) {
                    clear(layout.folder(for: key), removing: true, layout: layout)
                    removeEmptyParents(of: layout.folder(for: key), layout: layout)
                }
                return nil
            }
            let record = line.outcome == .unchanged ? old : new ?? old
            builder.add(line, record: record)
            return record
        }
        try? FileManager.default.removeItem(at: layout.journal)
        if stopped { throw BatchError.interrupted(finished: lines.values.filter { $0.outcome != .unchanged }.count) }

        let report = builder.report(
            elapsed: Date().timeIntervalSince(started), candidateLimit: options.candidateLimit,
            isKnown: options.known.contains)
        do {
            try report.write(json: layout.report("json"), markdown: layout.report("md"), html: layout.report("html"))
        } catch {
            throw BatchError.cannotWrite(path: layout.root.path, reason: "\(error)")
        }
        return report
    }

    /// Rewrites the manifest by merging, in key order, its records with a journal's:
    /// `decide(key, manifest record, journal record)` returns the record to keep, if any. Reads
    /// and writes one record at a time. An unreadable manifest (or the rest of it after an
    /// unreadable line) counts as absent: those documents are redone.
    private func rewriteManifest(
        _ layout: OutputLayout, journal: JournalIndex,
        decide: (String, DocumentRecord?, DocumentRecord?) throws -> DocumentRecord?
    ) throws {
        let header = BatchManifest.Header(
            toolVersion: DuizhaoVersion.current, shard: options.shard, glossaryHash: options.glossary.hash,
            context: context)
        let writer: ManifestWriter
        do {
            writer = try ManifestWriter(url: layout.manifest, header: header)
        } catch {
            throw BatchError.cannotWrite(path: layout.manifest.path, reason: "\(error)")
        }
        do {
            let journalKeys = journal.sortedKeys
            var next = 0
            func journalRecord(_ key: String) -> DocumentRecord? { try? journal.record(key) }
            func emitJournal(before key: String?) throws {
                while next < journalKeys.count, key.map({ BatchManifest.precedes(journalKeys[next], $0) }) ?? true {
                    let key = journalKeys[next]
                    next += 1
                    if let record = try decide(key, nil, journalRecord(key)) { try writer.append(record) }
                }
            }
            var reader: ManifestReader?
            do {
                reader = try ManifestReader(url: layout.manifest)
            } catch {
                onNotice?("\(error); the documents it lists will be redone")
            }
            var last: String?
            while let current = reader {
                let old: DocumentRecord
                do {
                    guard let record = try current.next() else { break }
                    old = record
                } catch {
                    onNotice?("\(error); the documents listed from there on will be redone")
                    break
                }
                // Out of order or repeated: not a manifest this runner wrote; ignore the record.
                if let last, !BatchManifest.precedes(last, old.key) { continue }
                last = old.key
                try emitJournal(before: old.key)
                var new: DocumentRecord?
                if next < journalKeys.count, journalKeys[next] == old.key {
                    new = journalRecord(old.key)
                    next += 1
                }
                if let record = try decide(old.key, old, new) { try writer.append(record) }
            }
            try emitJournal(before: nil)
            try writer.commit()
        } catch {
            writer.abandon()
            throw BatchError.cannotWrite(path: layout.manifest.path, reason: "\(error)")
        }
    }

    /// A worker: takes inputs one at a time until none are left or a fatal error stops all.
    private func work(
        state: LockedValue<RunState>, journal: LockedValue<BatchJournal>, skip: [String: SkipEntry],
        layout: OutputLayout
    ) {
        let processor: any DocumentProcessor
        do {
            processor = try job.makeProcessor()
        } catch {
            state.withLock { if $0.fatal == nil { $0.fatal = BatchError.jobSetup("\(error)") } }
            return
        }
        while true {
            let next: BatchInput? = state.withLock { state in
                guard state.fatal == nil else { return nil }
                if stop?.isRequested == true {
                    state.stopped = true
                    return nil
                }
                while let input = state.inputs.next() {
                    guard options.shard?.contains(key: input.key) ?? true else { continue }
                    if state.lines[input.key] == nil {
                        // Claimed: a placeholder until the outcome is known.
                        state.lines[input.key] = BatchReport.DocumentLine(
                            key: input.key, input: "", output: "", outcome: .failed, error: nil)
                        return input
                    }
                }
                return nil
            }
            guard let input = next else { return }
            let (record, outcome, cause) = handle(input, processor: processor, skip: skip[input.key], layout: layout)
            // The journal has its own lock: one worker's fsync does not hold up another's next input.
            do {
                if outcome != .unchanged { try journal.withLock { try $0.append(record) } }
            } catch {
                state.withLock {
                    if $0.fatal == nil {
                        $0.fatal = BatchError.cannotWrite(path: layout.journal.path, reason: "\(error)")
                    }
                }
                return
            }
            let line = BatchReport.DocumentLine(
                key: record.key, input: record.input, output: record.output, outcome: outcome, error: record.error,
                headline: record.headline)
            state.withLock { $0.lines[input.key] = line }
            progress?.update(outcome)
            if outcome == .failed { onFailure?(record, cause) }
            if outcome == .skipped { onSkip?(record) }
            if options.delayPerDocument > 0 { Thread.sleep(forTimeInterval: options.delayPerDocument) }
        }
    }

    /// Processes one document, or skips it when its outputs are up to date. For a skipped
    /// document the record returned carries only its key, input and output; a failed one comes
    /// with the error that failed it, when there is one.
    func handle(
        _ input: BatchInput, processor: any DocumentProcessor, skip: SkipEntry?, layout: OutputLayout
    ) -> (DocumentRecord, BatchReport.Outcome, (any Error)?) {
        let folder = layout.folder(for: input.key)
        let relative = layout.relativeFolder(for: input.key)
        let context = self.context
        func failure(_ message: String, sha256: String = "") -> (DocumentRecord, BatchReport.Outcome, (any Error)?) {
            clear(folder, removing: true, layout: layout)
            let record = DocumentRecord(
                key: input.key, input: input.url.path, sha256: sha256, context: context, status: .failed,
                error: message, output: relative)
            return (record, .failed, nil)
        }
        func failure(_ error: any Error, sha256: String = "") -> (DocumentRecord, BatchReport.Outcome, (any Error)?) {
            let (record, outcome, _) = failure("\(error)", sha256: sha256)
            return (record, outcome, error)
        }

        if let size = (try? FileManager.default.attributesOfItem(atPath: input.url.path))?[.size] as? Int,
            size > options.maxSize
        {
            return failure(IngestionError.tooLarge(path: input.url.path, bytes: size, limit: options.maxSize))
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(input.url.path, maxSize: options.maxSize)
        } catch {
            return failure(error)
        }
        let sha256 = SHA256.hex(bytes)

        if !options.force, let skip,
            skip.digest
                == SkipEntry.digest(
                    input: input.url.path, sha256: sha256, context: context, output: relative, current: true),
            skip.files.allSatisfy({ FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) })
        {
            removeTemporaryFiles(in: folder, recursive: true)
            var record = DocumentRecord(
                key: input.key, input: input.url.path, sha256: sha256, context: context, status: .ok, output: relative)
            record.headline = skip.headline
            return (record, .unchanged, nil)
        }

        clear(folder, removing: false, layout: layout)
        let outcome: DocumentOutcome
        do {
            outcome = try processor.process(
                DocumentInput(input: input, bytes: bytes, sha256: sha256), outputFolder: folder)
        } catch {
            return failure(error, sha256: sha256)
        }
        for file in outcome.files {
            let parts = file.split(separator: "/", omittingEmptySubsequences: false)
            if file.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
                return failure(
                    "\(input.url.path): the job reported an output outside its folder: \(file)", sha256: sha256)
            }
            if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) {
                return failure("\(input.url.path): the job reported \(file) but did not write it", sha256: sha256)
            }
        }
        if let reason = outcome.skipped {
            clear(folder, removing: true, layout: layout)
            var record = DocumentRecord(
                key: input.key, input: input.url.path, sha256: sha256, context: context, status: .skipped,
                error: "\(input.url.path): \(reason)",
                output: relative)
            record.headline = outcome.headline
            return (record, .skipped, nil)
        }
        let entries = outcome.entryIDs
        var record = DocumentRecord(
            key: input.key, input: input.url.path, sha256: sha256, context: context, status: .ok, output: relative,
            files: outcome.files.sorted(), entries: entries, entriesHash: options.glossary.entriesHash(entries),
            terms: outcome.terms.sorted { ($0.entryID ?? $0.term, $0.term) < ($1.entryID ?? $1.term, $1.term) },
            candidates: outcome.candidates.summary(limit: Self.candidatesPerDocument))
        record.headline = outcome.headline
        return (record, .processed, nil)
    }

    // MARK: - The output folder

    private func prepareOutputFolder(_ root: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BatchError.outputNotAFolder(path: root.path) }
            if !options.force, let foreign = Self.foreignEntry(in: root) {
                throw BatchError.foreignOutputFolder(path: root.path, example: foreign)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw BatchError.cannotWrite(path: root.path, reason: error.localizedDescription)
        }
    }

    /// The name of an entry of an existing output folder that shows duizhao did not make it:
    /// nil when the folder is empty (hidden files aside) or holds a batch manifest, journal or
    /// lock, which only a batch run writes. Inside such a folder, `documents/` and the state and
    /// report files are the batch's own.
    static func foreignEntry(in root: URL) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        let isBatchState: (String) -> Bool = { name in
            ((name.hasPrefix("batch-manifest") || name.hasPrefix("batch-journal")) && name.hasSuffix(".jsonl"))
                || (name.hasPrefix(".batch") && name.hasSuffix(".lock"))
        }
        if names.contains(where: isBatchState) { return nil }
        return names.first { !$0.hasPrefix(".") }
    }

    /// Takes the output folder's lock (released when the process ends, even by a kill).
    private func acquireLock(_ url: URL) throws -> Int32 {
        let descriptor = open(url.path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else {
            throw BatchError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw BatchError.locked(path: url.deletingLastPathComponent().path)
        }
        return descriptor
    }

    /// Removes the temporary files a killed run left in `folder`.
    private func removeTemporaryFiles(in folder: URL, recursive: Bool) {
        for (url, name, isFolder) in entries(of: folder) {
            if isFolder {
                if recursive { removeTemporaryFiles(in: url, recursive: true) }
            } else if OutputLayout.isTemporary(name) {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }

    /// Empties a document's folder (files and subfolders it owns); with `removing`, removes
    /// the folder too (the parents it leaves empty: ``removeEmptyParents(of:layout:)``).
    private func clear(_ folder: URL, removing: Bool, layout: OutputLayout) {
        func empty(_ url: URL) {
            for (child, _, isFolder) in entries(of: url) {
                if isFolder {
                    empty(child)
                    rmdir(child.path)
                } else {
                    unlink(child.path)
                }
            }
        }
        empty(folder)
        if removing { rmdir(folder.path) }
    }

    /// Removes the folders above `folder` that are left empty, up to the documents folder.
    /// Only while no worker runs: a worker creating its output folder may be between
    /// checking a parent and making its own folder in it.
    private func removeEmptyParents(of folder: URL, layout: OutputLayout) {
        var current = folder.deletingLastPathComponent()
        let stop = layout.documentsFolder.path
        while current.path != stop, current.path.hasPrefix(stop + "/"), rmdir(current.path) == 0 {
            current = current.deletingLastPathComponent()
        }
    }

    /// A folder's entries without following symbolic links: (url, name, is a folder).
    private func entries(of folder: URL) -> [(URL, String, Bool)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.map { name in
            let url = folder.appendingPathComponent(name)
            let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
            return (url, name, type == .typeDirectory)
        }
    }
}
