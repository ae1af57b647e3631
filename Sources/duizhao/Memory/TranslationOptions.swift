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

    /// The plan for English lines, or nil when neither a memory nor machine translation is
    /// in use (glosses only). `machine` makes the machine translation translator when it is
    /// configured (the `mt` step), with `machineResource` describing it.
    func plan(machine: (@Sendable () throws -> any Translator)? = nil, machineResource: ResourceInfo? = nil) throws -> TranslationPlan? {
        let memory = try memory()
        if memory == nil, machine == nil { return nil }
        return TranslationPlan(
            order: try TranslationOrder(parsing: order), memory: memory, threshold: threshold, machine: machine, machineResource: machineResource)
    }

    /// The plan with machine translation as `machine` describes it, and the machine translator
    /// (shared by the plan's chains, for the end-of-run warning). With machine translation the
    /// memory store, created at its default path when absent unless `--no-tm`, keeps the
    /// translations between runs.
    func plan(_ machine: MachineTranslationOptions) throws -> (plan: TranslationPlan?, machine: MachineTranslator?) {
        guard machine.isConfigured else { return (try plan(), nil) }
        let memory = noMemory ? nil : try TranslationMemory(path: store.resolved.path, create: !store.resolved.named)
        guard let translator = try machine.translator(cache: memory) else { return (try plan(), nil) }
        let plan = TranslationPlan(
            order: try TranslationOrder(parsing: order), memory: memory, threshold: threshold, machine: { translator },
            machineResource: translator.resource)
        return (plan, translator)
    }
}
