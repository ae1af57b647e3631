import Foundation

/// Writes chunks on a thread of its own, in order, while the caller makes the next ones: the
/// system's copy of a large output (hundreds of megabytes of JSON) overlaps its rendering
/// instead of following it. Small chunks are gathered first; at most a few gathered chunks
/// wait at a time, so memory stays bounded when the disk is slower than the renderer. The
/// first error the write function throws is rethrown by the next ``submit(_:)`` or by
/// ``finish()``; the chunks after it are dropped.
package final class BackgroundWriter: @unchecked Sendable {
    private let write: @Sendable ([UInt8]) throws -> Void
    private let queue = DispatchQueue(label: "duizhao.background-writer")
    private let slots: DispatchSemaphore
    private let failure = LockedValue<Error?>(nil)
    /// Gathered on the caller's thread only.
    private var pending: [UInt8] = []
    private let gatherUpTo: Int

    /// A writer that hands `write` chunks of at least `gatherUpTo` bytes (the last may be
    /// shorter), with at most `waiting` of them queued.
    package init(gatherUpTo: Int = 1 << 18, waiting: Int = 4, _ write: @escaping @Sendable ([UInt8]) throws -> Void) {
        self.write = write
        self.gatherUpTo = gatherUpTo
        slots = DispatchSemaphore(value: max(1, waiting))
    }

    /// Queues `chunk` (called from one thread at a time, in output order).
    package func submit(_ chunk: [UInt8]) throws {
        if let error = failure.withLock({ $0 }) { throw error }
        if pending.isEmpty, chunk.count >= gatherUpTo {
            dispatch(chunk)
            return
        }
        pending.append(contentsOf: chunk)
        if pending.count >= gatherUpTo {
            dispatch(pending)
            pending = []
        }
    }

    /// Writes what is gathered, waits for every queued chunk, and rethrows the first error.
    package func finish() throws {
        if !pending.isEmpty {
            dispatch(pending)
            pending = []
        }
        queue.sync {}
        if let error = failure.withLock({ $0 }) { throw error }
    }

    private func dispatch(_ chunk: [UInt8]) {
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do { try write(chunk) } catch { failure.withLock { $0 = $0 ?? error } }
        }
    }
}
