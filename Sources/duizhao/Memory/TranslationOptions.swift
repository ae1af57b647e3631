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

    @Option(name: .customLong("tm-threshold"), help: ArgumentHelp(
        "The lowest similarity (0–1, character edit similarity) of a fuzzy translation memory match.", valueName: "score"))
    var threshold = 0.75

    @Option(name: .customLong("translation-order"), help: ArgumentHelp(
        "The sources of English lines, best first: tm-exact, mt (skipped when machine translation is not configured), tm-fuzzy, gloss.",
        valueName: "list"))
    var order = TranslationOrder.standard.description

    func validate() throws {
        if noMemory, store.path != nil { throw ValidationError("--tm and --no-tm cannot be used together") }
        guard threshold > 0, threshold <= 1 else { throw ValidationError("--tm-threshold \(threshold): must be above 0 and at most 1") }
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
    /// between runs.
    func plan(_ machine: MachineTranslationOptions) throws -> (plan: TranslationPlan?, machines: MachineTranslators) {
        let machines = MachineTranslators()
        // Made once here so that the options are checked (with or without an endpoint) and
        // configuration errors show before any work.
        guard let probe = try machine.translator() else {
            guard let memory = try memory() else { return (nil, machines) }
            return (TranslationPlan(order: try TranslationOrder(parsing: order), memory: memory, threshold: threshold), machines)
        }
        let memory = noMemory ? nil : try TranslationMemory(path: store.resolved.path, create: !store.resolved.named)
        let plan = TranslationPlan(
            order: try TranslationOrder(parsing: order), memory: memory, threshold: threshold,
            machine: {
                // The probe showed an endpoint: the same options give a translator again.
                let translator = try machine.translator(cache: memory)!
                machines.add(translator)
                return translator
            },
            machineResource: probe.resource)
        return (plan, machines)
    }
}

/// The machine translators made for a run; their failures are reported in one warning.
final class MachineTranslators: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [MachineTranslator] = []

    func add(_ translator: MachineTranslator) {
        lock.lock()
        defer { lock.unlock() }
        made.append(translator)
    }

    /// One warning on standard error when sentences fell back to their gloss.
    func warnAboutFailures() {
        lock.lock()
        let failures = made.compactMap { $0.takeFailures() }
        lock.unlock()
        guard let first = failures.first else { return }
        MachineTranslationOptions.warn(sentences: failures.reduce(0) { $0 + $1.sentences }, firstError: first.firstError)
    }
}
