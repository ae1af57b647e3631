/// A batch-level problem: bad options, an unusable output folder, another run in the way.
/// Each stops the run; problems with single documents are reported in the batch report instead.
public enum BatchError: Error, Equatable, CustomStringConvertible {
    /// Fewer than 1 worker.
    case invalidJobs(Int)
    /// The output path exists and is not a folder.
    case outputNotAFolder(path: String)
    /// The output folder or a state file cannot be written.
    case cannotWrite(path: String, reason: String)
    /// Another run holds the output folder's lock.
    case locked(path: String)
    /// A problem with the inputs.
    case inputs(String)
    /// The job could not start a worker.
    case jobSetup(String)
    /// `merge-reports` found no report in a folder.
    case noReports(path: String)
    /// A report could not be read.
    case unreadableReport(path: String, reason: String)
    /// The run was asked to stop (SIGINT): `finished` documents were done and recorded; a
    /// rerun does the rest.
    case interrupted(finished: Int)
    /// The output folder holds files duizhao did not write (it has no batch manifest).
    case foreignOutputFolder(path: String, example: String)

    public var description: String {
        switch self {
        case .invalidJobs(let jobs): return "\(jobs) workers: a batch needs at least 1"
        case .outputNotAFolder(let path): return "\(path): the output is not a folder"
        case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
        case .locked(let path):
            return
                "\(path): another duizhao batch is writing to this output folder (for the same shard); wait for it or choose another output folder"
        case .inputs(let message): return message
        case .jobSetup(let message): return "cannot start a worker: \(message)"
        case .noReports(let path): return "\(path): no batch report (batch-report*.json) found"
        case .unreadableReport(let path, let reason): return "\(path): not a batch report: \(reason)"
        case .interrupted(let finished):
            return
                "interrupted: \(finished) document(s) finished and recorded; run the same command again to do the rest"
        case .foreignOutputFolder(let path, let example):
            return
                "\(path): the output folder holds files duizhao did not write (such as \(example)) and no batch manifest; "
                + "choose an empty or new folder"
        }
    }
}
