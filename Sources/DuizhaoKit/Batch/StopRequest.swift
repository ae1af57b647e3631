import Foundation

/// A request to stop a batch early, set from another thread (the CLI sets it on SIGINT):
/// the runner finishes the documents in flight, records them, and takes no more.
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    /// Creates a request that is not yet made.
    public init() {}

    /// Makes the request; returns true when it had been made before.
    @discardableResult
    public func request() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let before = requested
        requested = true
        return before
    }

    /// True once ``request()`` was called.
    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
