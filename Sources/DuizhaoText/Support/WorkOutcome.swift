/// How one unit of work (a document in a batch, a sentence sent for machine translation)
/// fared: what ``ProgressMeter`` counts and a batch report records.
public enum WorkOutcome: String, Codable, Sendable {
    /// Processed in this run.
    case processed
    /// Skipped: outputs already made from the same input, glossary and settings.
    case unchanged
    /// Could not be processed.
    case failed
    /// Skipped without outputs: not a Chinese document.
    case skipped
}
