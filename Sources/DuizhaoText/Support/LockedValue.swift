import Foundation

/// A value shared between threads, reached only through `withLock`. Sendable whatever it
/// holds, like the standard library's `Mutex`: the lock is what makes a batch's run state and
/// journal (not Sendable themselves) safe to share.
package final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    package init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
