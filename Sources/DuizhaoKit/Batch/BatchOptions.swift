import DuizhaoCore
import DuizhaoText
import Foundation

/// The settings of a batch run.
public struct BatchOptions: Sendable {
    /// Input files and folders, as given.
    public var inputs: [String]
    /// The output folder.
    public var output: URL
    /// Only files whose path inside a folder input matches one of these (all when empty).
    public var include: [Glob] = []
    /// Files whose path inside a folder input matches one of these are skipped.
    public var exclude: [Glob] = []
    /// Worker threads.
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Redo every document, changed or not.
    public var force = false
    /// Process only this shard of the inputs.
    public var shard: Shard?
    /// The largest input accepted, in bytes.
    public var maxSize = InputFile.defaultMaxSize
    /// The glossary the job uses, for invalidation.
    public var glossary = GlossaryFingerprint.none
    /// New-term candidates in the report.
    public var candidateLimit = 100
    /// Phrases the glossary knows: kept out of the report's candidates.
    public var known = KnownTerms([])
    /// Count the inputs first, so progress shows a total and an ETA.
    public var countInputs = true
    /// A pause after each document, in seconds (for tests that interrupt a run).
    public var delayPerDocument = 0.0

    /// Creates options for `inputs` written to `output`.
    public init(inputs: [String], output: URL) {
        self.inputs = inputs
        self.output = output
    }
}
