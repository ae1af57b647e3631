import ArgumentParser
import DuizhaoKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process many documents: incremental, parallel, resumable, with a report.",
        discussion:
            "See docs/batch.md. `duizhao batch INPUT... --out DIR` is short for `duizhao batch run INPUT... --out DIR`.",
        subcommands: [BatchRun.self, BatchMergeReports.self],
        defaultSubcommand: BatchRun.self
    )
}

/// Exit codes of `duizhao batch`: a usage error is swift-argument-parser's 64, as for every command.
enum BatchExit {
    /// Some documents failed, or a problem stopped the run.
    static let failure = ExitCode.failure
    /// Stopped by SIGINT (128 + 2, as shells report it).
    static let interruptedStatus: Int32 = 130

    /// Prints `error` (with ``ErrorAdvice``) and returns exit code 1: a problem that stops the run
    /// (an unreadable glossary, an input that is missing, an output folder in use).
    static func stopped(_ error: any Error) -> ExitCode {
        CommandLineFrontend.printError(ErrorAdvice.message(for: error))
        return failure
    }

    /// Prints a warning line on standard error.
    static func warn(_ message: String) {
        CommandLineFrontend.warn(message)
    }
}

struct BatchRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process files and folders into an output folder.",
        discussion: """
            Folders are searched recursively for .txt, .md and .html/.htm files. Each document's outputs go to \
            DIR/documents/<its relative path>/. A rerun skips documents whose input, glossary entries, settings and tool \
            version are unchanged (--force redoes all); a run that was killed resumes where it stopped. The report is \
            written to DIR/batch-report.{md,html,json}. Exit status: 0 when every document succeeded, 1 when some failed \
            or a problem stopped the run, 64 on a usage error, 130 when stopped by Ctrl-C (SIGINT: the documents in flight are finished and recorded; a rerun does the rest). An existing output folder must be empty or one a batch wrote (it holds a batch manifest) unless --force.
            """
    )

    @Argument(help: "Input files and folders.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "Only take files in folders whose path matches this glob (*, **, ?, [...]); repeatable.", valueName: "glob")
    )
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files in folders whose path matches this glob; repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int?

    @Flag(
        help:
            "Redo every document, changed or not, and write into an output folder that holds files duizhao did not write."
    )
    var force = false

    @Option(
        help: ArgumentHelp(
            "Process only shard K of N (1 ≤ K ≤ N), by a hash of each input's relative path.", valueName: "K/N"))
    var shard: String?

    @Option(help: "The input encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5); detected when omitted.")
    var encoding: String?

    @Option(help: "The largest input accepted, in bytes; larger documents are reported and skipped.")
    var maxSize: Int = InputFile.defaultMaxSize

    @Option(
        help: ArgumentHelp(
            "A glossary TSV or a list of phrases whose terms are known (kept out of the new-term candidates); repeatable.",
            valueName: "file"))
    var known: [String] = []

    @Option(help: "New-term candidates in the report.")
    var candidates = 100

    @Flag(name: .shortAndLong, help: "No progress and no summary (failures are still printed).")
    var quiet = false

    @Flag(help: "Print the rate and the peak memory (resident set) at the end.")
    var stats = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Formats to write per document, as for annotate: json, md, html, xliff, tmx, terms, brief, or all.",
            valueName: "list"))
    var format = "json,html,brief,terms"

    @Flag(help: "Write only each document's segmentation (document.json): a fast first pass over a large archive.")
    var segmentOnly = false

    @Flag(help: "Keep ICU's word boundaries: do not re-segment with the dictionary as a lexicon.")
    var noLexicon = false

    @Flag(
        help:
            "Process documents that are not in Chinese too (English, French…); by default they are skipped and listed in the report."
    )
    var includeNonChinese = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup(title: "Translation memory") var translationOptions: TranslationOptions

    @OptionGroup(title: "Machine translation") var machineTranslation: MachineTranslationOptions

    @Option(help: .hidden)
    var debugDelayMs = 0

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("no inputs given (usage: duizhao batch INPUT... --out DIR)")
        }
        guard out != nil else { throw ValidationError("--out DIR is required") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): must be at least 1") }
        guard maxSize >= 1 else { throw ValidationError("--max-size \(maxSize): must be at least 1") }
        guard candidates >= 0 else { throw ValidationError("--candidates must not be negative") }
        do {
            _ = try include.map(Glob.init)
            _ = try exclude.map(Glob.init)
        } catch {
            throw ValidationError("\(error)")
        }
        do { _ = try shard.map(Shard.init(parsing:)) } catch { throw ValidationError(ErrorAdvice.message(for: error)) }
    }

    func run() throws {
        var options = BatchOptions(inputs: inputs, output: URL(fileURLWithPath: out ?? "."))
        options.include = try include.map(Glob.init)
        options.exclude = try exclude.map(Glob.init)
        options.shard = try shard.map(Shard.init(parsing:))
        do {
            options.known = try KnownTerms(known.flatMap { try KnownTerms.phrases(inFile: $0) })
        } catch {
            throw BatchExit.stopped(error)
        }
        if let jobs { options.jobs = jobs }
        options.force = force
        options.maxSize = maxSize
        options.candidateLimit = candidates
        options.delayPerDocument = Double(debugDelayMs) / 1000

        let job: any DocumentJob
        var machines: MachineTranslators?
        do {
            let glossary = try glossaryOptions.load()
            options.glossary = GlossaryFingerprint(entries: glossary.entries)
            if segmentOnly {
                var segmentation = SegmentationJob(encoding: encoding, maxSize: maxSize, known: options.known)
                segmentation.includeNonChinese = includeNonChinese
                job = segmentation
            } else {
                let resources = try StandardResources(
                    glossary: glossary, glossaryFiles: try glossaryOptions.files(),
                    glossaryFolder: try glossaryOptions.defaultFolder(),
                    dictionary: try dictionaryOptions.load(), buildLexicon: !noLexicon,
                    english: try EnglishLexicon.loadDefault())
                let translation = try translationOptions.plan(machineTranslation)
                machines = translation.machines
                var annotation = AnnotateJob(
                    resources: resources, formats: try OutputFormat.parse(list: format), encoding: encoding,
                    maxSize: maxSize,
                    useLexicon: !noLexicon, known: options.known, translation: translation.plan)
                annotation.includeNonChinese = includeNonChinese
                job = annotation
            }
        } catch {
            throw BatchExit.stopped(error)
        }
        var runner = BatchRunner(options: options, job: job)
        let terminal = isatty(STDERR_FILENO) == 1
        if !quiet {
            runner.progress = ProgressMeter(style: terminal ? .bar : .lines(interval: 5)) { text in
                try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
            }
        }
        runner.onFailure = { record, cause in
            BatchExit.warn("\(cause.map(ErrorAdvice.message(for:)) ?? record.error ?? record.key) (skipped)")
        }
        runner.onNotice = { BatchExit.warn($0) }
        runner.onSkip = { record in
            BatchExit.warn("\(record.error ?? record.key) (skipped; --include-non-chinese processes it)")
        }
        // Ctrl-C: finish the documents in flight, record them, stop; a second Ctrl-C stops at once
        // (the journal keeps that safe too).
        let stop = StopRequest()
        runner.stop = stop
        signal(SIGINT, SIG_IGN)
        let interruption = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interruption.setEventHandler {
            if stop.request() { _exit(BatchExit.interruptedStatus) }
            BatchExit.warn("interrupted: finishing the documents in flight (press Ctrl-C again to stop at once)")
        }
        interruption.resume()
        defer { interruption.cancel() }

        let report: BatchReport
        do {
            defer { machines?.finish(summary: !quiet) }
            report = try runner.run()
        } catch let error as BatchError {
            if case .interrupted = error {
                CommandLineFrontend.printError(ErrorAdvice.message(for: error))
                throw ExitCode(BatchExit.interruptedStatus)
            }
            throw BatchExit.stopped(error)
        } catch {
            throw BatchExit.stopped(error)
        }
        var standardError = StandardError()
        if !quiet {
            let counts = report.counts
            print(
                "batch: \(counts.documents) documents: \(counts.processed) processed, \(counts.unchanged) unchanged, \(counts.failed) failed"
                    + (counts.skipped > 0 ? ", \(counts.skipped) skipped (not Chinese)" : "") + " "
                    + "in \(report.elapsedSeconds) s; report: \(runner.layout.report("md").path)", to: &standardError)
        }
        if stats {
            let peak = ResourceUsage.peakResidentBytes().map { "\($0 / 1024) KiB" } ?? "unknown"
            print(
                "stats: \(report.counts.documents) documents, \(report.documentsPerSecond) documents/s, peak RSS \(peak)",
                to: &standardError)
        }
        if report.counts.failed > 0 { throw BatchExit.failure }
    }
}

struct BatchMergeReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-reports",
        abstract: "Combine the reports of shards (or of separate batches) into one.",
        discussion: """
            Reads batch-report.json and batch-report.shard-K-of-N.json from each folder (or the JSON files named), and \
            writes the combined report to --out as batch-report.{md,html,json}. Missing shards are listed and make the exit \
            status 1, as do failed documents.
            """
    )

    @Argument(help: "Output folders of batch runs, or report JSON files.")
    var sources: [String] = []

    @Option(help: ArgumentHelp("Where to write the combined report.", valueName: "dir"))
    var out: String?

    @Option(help: "New-term candidates in the combined report.")
    var candidates = 100

    func validate() throws {
        guard !sources.isEmpty else {
            throw ValidationError("no report folders given (usage: duizhao batch merge-reports DIR... --out DIR)")
        }
        guard out != nil else { throw ValidationError("--out DIR is required") }
        guard candidates >= 0 else { throw ValidationError("--candidates must not be negative") }
    }

    func run() throws {
        let output = URL(fileURLWithPath: out ?? ".")
        let layout = OutputLayout(root: output)
        let merged: BatchReport
        do {
            let files = try BatchReportFiles.find(
                in: sources.map { URL(fileURLWithPath: $0) }, excluding: layout.report("json"))
            let reports = try files.map { (name: $0.path, report: try BatchReport.read($0)) }
            merged = BatchReport.merge(reports, candidateLimit: candidates)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try merged.write(json: layout.report("json"), markdown: layout.report("md"), html: layout.report("html"))
        } catch {
            throw BatchExit.stopped(error)
        }
        var standardError = StandardError()
        let counts = merged.counts
        print(
            "merged \(merged.mergedFrom.count) reports: \(counts.documents) documents: \(counts.processed) processed, "
                + "\(counts.unchanged) unchanged, \(counts.failed) failed; report: \(layout.report("md").path)",
            to: &standardError)
        if !merged.missingShards.isEmpty {
            BatchExit.warn("missing shards: \(merged.missingShards.map(String.init).joined(separator: ", "))")
        }
        if counts.failed > 0 || !merged.missingShards.isEmpty { throw BatchExit.failure }
    }
}
