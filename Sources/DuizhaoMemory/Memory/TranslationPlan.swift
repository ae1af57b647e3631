import DuizhaoCore
import DuizhaoText

/// How English lines are made for a run: the order of sources, the translation memory and
/// its threshold, and a machine translation engine when one is configured. Shared by every
/// worker of a batch; each worker builds its own translator chain with ``makeTranslator()``.
public struct TranslationPlan: Sendable {
    /// The order of the sources.
    public var order: TranslationOrder
    /// The translation memory, or nil for none.
    public var memory: TranslationMemory?
    /// The lowest similarity a fuzzy memory match may have.
    public var threshold: Double
    /// Makes the machine translation translator (called once per worker); nil when machine
    /// translation is not configured, and then the `mt` step is skipped. This is the hook
    /// for the machine translation adapter.
    public var machine: (@Sendable () throws -> any Translator)?
    /// A description of the machine translation engine for the output's provenance and the
    /// batch configuration (e.g. model and endpoint); nil without one.
    public var machineResource: ResourceInfo?

    /// Creates a plan.
    public init(
        order: TranslationOrder = .standard, memory: TranslationMemory? = nil, threshold: Double = 0.75,
        machine: (@Sendable () throws -> any Translator)? = nil, machineResource: ResourceInfo? = nil
    ) {
        self.order = order
        self.memory = memory
        self.threshold = threshold
        self.machine = machine
        self.machineResource = machineResource
    }

    /// The translator chain in ``order`` (steps without their source left out), or nil when
    /// nothing but the gloss would answer (the annotator's built-in gloss then writes every line).
    public func makeTranslator() throws -> (any Translator)? {
        var translators: [any Translator] = []
        let search = try memory.map { try MemorySearch(memory: $0, threshold: threshold) }
        steps: for step in order.steps {
            switch step {
            case .memoryExact:
                if let search { translators.append(MemoryTranslator(search: search, mode: .exact)) }
            case .memoryFuzzy:
                if let search { translators.append(MemoryTranslator(search: search, mode: .fuzzy)) }
            case .machineTranslation:
                if let machine { translators.append(try machine()) }
            case .gloss:
                break steps
            }
        }
        return translators.isEmpty ? nil : TranslatorChain(translators)
    }

    /// The translation memory and machine translation engine, for the output's provenance.
    public func resources() throws -> [ResourceInfo] {
        var result: [ResourceInfo] = []
        if let memory {
            result.append(
                ResourceInfo(
                    kind: .translationMemory, name: ExchangeFileName.name(memory.path), entries: try memory.count()))
        }
        if let machineResource { result.append(machineResource) }
        return result
    }

    /// Everything in the plan that changes outputs (for batch invalidation): the order, the
    /// threshold, the memory's path and content version, the engine.
    public func configuration() throws -> String {
        let memoryPart = try memory.map { "\($0.path)@\(try $0.version())" } ?? "none"
        let machinePart = machine == nil ? "none" : (machineResource.map { "\($0.name)" } ?? "configured")
        return "order=\(order); tm=\(memoryPart); threshold=\(threshold); mt=\(machinePart)"
    }
}
