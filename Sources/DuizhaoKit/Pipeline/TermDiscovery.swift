import DuizhaoCore

/// Runs new-term discovery over files and folders for `duizhao terms`: reads each document
/// in turn (one in memory at a time), adds it to a finder, and reports unreadable ones.
public struct TermDiscovery {
    /// The documents to read.
    public var inputs: InputScanner
    /// The finder's tuning.
    public var options: TermCandidateFinder.Options

    /// Creates a discovery run.
    public init(inputs: InputScanner, options: TermCandidateFinder.Options = .init()) {
        self.inputs = inputs
        self.options = options
    }

    /// Reads every input with `reader`; `onFailure` hears of each document that could not be
    /// read (and is skipped). Returns the finder with all documents added.
    public func run(reader: DocumentReader, onFailure: (BatchInput, Error) -> Void) -> TermCandidateFinder {
        var finder = TermCandidateFinder(options: options)
        for input in inputs {
            do {
                let document = try reader.read(path: input.url.path, kind: input.kind)
                finder.add(document)
            } catch {
                onFailure(input, error)
            }
        }
        return finder
    }
}
