import ArgumentParser
import DuizhaoKit
import Foundation

/// Options choosing the sources of English lines for `annotate` and `batch`: the translation
/// memory (`--tm`, `--no-tm`, `--tm-threshold`) and the order of sources
/// (`--translation-order`). A store named with `--tm` or `$DUIZHAO_TM` must exist; the
/// default `./duizhao-memory.sqlite` is used only when it does.
struct TranslationOptions: ParsableArguments {
    @OptionGroup var store: MemoryStoreOptions

    @Flag(name: .customLong("no-tm"), help: "Do not use a translation memory.")
    var noMemory = false

    @Option(
        name: .customLong("tm-threshold"),
        help: ArgumentHelp(
            "The lowest similarity (0–1, character edit similarity) of a fuzzy translation memory match.",
            valueName: "score"))
    var threshold = 0.75

    @Option(
        name: .customLong("translation-order"),
        help: ArgumentHelp(
            "The sources of English lines, best first: tm-exact, mt (skipped when machine translation is not configured), tm-fuzzy, gloss.",
            valueName: "list"))
    var order = TranslationOrder.standard.description

    func validate() throws {
        if noMemory, store.path != nil { throw ValidationError("--tm and --no-tm cannot be used together") }
        guard threshold > 0, threshold <= 1 else {
            throw ValidationError("--tm-threshold \(threshold): must be above 0 and at most 1")
        }
        do { _ = try TranslationOrder(parsing: order) } catch { throw ValidationError("--translation-order: \(error)") }
    }

    /// The store to use, or nil (disabled, or the default store is absent).
    func memory() throws -> TranslationMemory? {
        if noMemory { return nil }
        let (path, named) = store.resolved
        if !named, !FileManager.default.fileExists(atPath: path) { return nil }
        return try TranslationMemory(path: path)
    }

    /// The plan for English lines, or nil when neither a memory nor machine translation is in
    /// use (glosses only), and the record of the machine translators the plan makes (one per
    /// batch worker, for the end-of-run warning). With machine translation the memory store,
    /// created at its default path when absent unless `--no-tm`, keeps the translations
    /// between runs. `progress` is told of each sentence machine-translated.
    func plan(
        _ machine: MachineTranslationOptions, progress: ProgressMeter? = nil
    ) throws -> (plan: TranslationPlan?, machines: MachineTranslators) {
        let machines = MachineTranslators(progress: progress)
        // Resolved once here so that the options are checked (with or without an endpoint),
        // configuration errors show before any work, and the server is asked its slots once.
        guard let configuration = try machine.configuration() else {
            guard let memory = try memory() else { return (nil, machines) }
            return (
                TranslationPlan(order: try TranslationOrder(parsing: order), memory: memory, threshold: threshold),
                machines
            )
        }
        let memory = noMemory ? nil : try TranslationMemory(path: store.resolved.path, create: !store.resolved.named)
        let plan = TranslationPlan(
            order: try TranslationOrder(parsing: order), memory: memory, threshold: threshold,
            machine: {
                let translator =
                    memory.map { MachineTranslator(configuration: configuration, cache: $0, progress: progress) }
                    ?? MachineTranslator(configuration: configuration, progress: progress)
                machines.add(translator)
                return translator
            },
            machineResource: ResourceInfo(kind: .machineTranslation, name: configuration.provider))
        return (plan, machines)
    }
}

/// The machine translators made for a run (one per batch worker); at the end of the run
/// their work is summed up in one line and their failures in one warning.
final class MachineTranslators: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [MachineTranslator] = []
    private let progress: ProgressMeter?

    init(progress: ProgressMeter? = nil) {
        self.progress = progress
    }

    func add(_ translator: MachineTranslator) {
        lock.lock()
        defer { lock.unlock() }
        made.append(translator)
    }

    /// Ends the progress display, prints the summary (unless `summary` is false) when
    /// sentences were sent, and one warning on standard error when sentences fell back to
    /// their gloss.
    func finish(summary showsSummary: Bool = true) {
        lock.lock()
        let failures = made.compactMap { $0.takeFailures() }
        let statistics = made.map(\.statistics)
        lock.unlock()
        if statistics.contains(where: { $0.asked > 0 }) { progress?.finish() }
        if showsSummary, let summary = Self.summary(statistics) {
            var standardError = StandardError()
            print(summary, to: &standardError)
        }
        // A failure of the service says more than a weak model's answer (see Failures.firstError).
        guard let first = failures.first(where: { $0.unusableAnswers < $0.sentences }) ?? failures.first else { return }
        MachineTranslationOptions.warn(
            sentences: failures.reduce(0) { $0 + $1.sentences },
            unusableAnswers: failures.reduce(0) { $0 + $1.unusableAnswers },
            firstError: first.firstError)
    }

    /// The end-of-run line, e.g. `machine translation: 23 sentences sent in 3 requests: 21
    /// translated, 2 failed; 4 from the memory; 1.3 sentences/s`; nil when nothing was asked
    /// and nothing found in the memory.
    static func summary(_ all: [MachineTranslator.Statistics]) -> String? {
        var total = MachineTranslator.Statistics()
        for statistics in all {
            total.asked += statistics.asked
            total.translated += statistics.translated
            total.failed += statistics.failed
            total.cached += statistics.cached
            total.requests += statistics.requests
            // Workers request side by side: the run took about as long as the longest.
            total.seconds = max(total.seconds, statistics.seconds)
        }
        guard total.asked > 0 || total.cached > 0 else { return nil }
        var text =
            "machine translation: \(total.asked) sentence(s) sent in \(total.requests) request(s): \(total.translated) translated, \(total.failed) failed"
        text += "; \(total.cached) from the memory (no request)"
        if total.asked > 0 { text += "; \(ProgressMeter.formatRate(total.sentencesPerSecond)) sentences/s" }
        return text
    }
}
