/// The order in which a sentence's English line is sought: `tm-exact,mt,tm-fuzzy,gloss` by
/// default. Each step that has no answer passes to the next; the gloss always answers, so
/// steps after it are never reached (and it is the last resort when it is left out).
public struct TranslationOrder: Equatable, Sendable, CustomStringConvertible {
    /// A source of English lines.
    public enum Step: String, CaseIterable, Sendable {
        /// A translation memory pair with the same folded source.
        case memoryExact = "tm-exact"
        /// Machine translation, when configured (skipped otherwise).
        case machineTranslation = "mt"
        /// The most similar translation memory pair at or above the threshold.
        case memoryFuzzy = "tm-fuzzy"
        /// The interlinear gloss.
        case gloss
    }

    /// The steps, first tried first.
    var steps: [Step]

    /// The default order.
    public static let standard = TranslationOrder(steps: [.memoryExact, .machineTranslation, .memoryFuzzy, .gloss])

    /// Creates an order.
    public init(steps: [Step]) { self.steps = steps }

    /// Parses a comma-separated list of step names; unknown or repeated names are an error.
    public init(parsing list: String) throws {
        var steps: [Step] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !name.isEmpty {
            guard let step = Step(rawValue: name) else { throw TranslationOrderError.unknownStep(name) }
            guard !steps.contains(step) else { throw TranslationOrderError.repeatedStep(name) }
            steps.append(step)
        }
        if steps.isEmpty { throw TranslationOrderError.empty }
        self.steps = steps
    }

    public var description: String { steps.map(\.rawValue).joined(separator: ",") }
}

/// Why a `--translation-order` list was refused.
public enum TranslationOrderError: Error, Equatable, CustomStringConvertible {
    /// A name that is not a step.
    case unknownStep(String)
    /// A step named twice.
    case repeatedStep(String)
    /// No step named.
    case empty

    public var description: String {
        let known = TranslationOrder.Step.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknownStep(let name): return "unknown translation step '\(name)'; known: \(known)"
        case .repeatedStep(let name): return "translation step '\(name)' is named twice"
        case .empty: return "name at least one translation step (\(known))"
        }
    }
}
