import Foundation

/// Work split between threads in contiguous runs, with the results kept in order.
package enum Parallel {
    /// The most workers a loop on the current thread may use: one per core, or one inside
    /// ``serially(_:_:)``.
    package static var workerLimit: Int {
        Thread.current.threadDictionary[serialKey] != nil ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// How many workers a loop over `items` uses: one per `itemsPerWorker` items, at most
    /// ``workerLimit``. Every data-parallel loop sizes itself here.
    package static func workers(items: Int, itemsPerWorker: Int) -> Int {
        min(workerLimit, max(1, items / max(1, itemsPerWorker)))
    }

    /// Runs `body` with every loop on this thread kept to one worker when `serial` is true, as
    /// it is otherwise. Batch workers, when there are several, run each document this way so
    /// that a long document does not fan out again inside them.
    package static func serially<Result>(_ serial: Bool = true, _ body: () throws -> Result) rethrows -> Result {
        guard serial else { return try body() }
        let slot = Thread.current.threadDictionary
        let before = slot[serialKey]
        slot[serialKey] = true
        defer { slot[serialKey] = before }
        return try body()
    }

    private static let serialKey = "duizhao.parallel.serially"

    /// `range` cut into at most `parts` contiguous runs of near-equal length, none empty.
    package static func runs(_ range: Range<Int>, parts: Int) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        let length = (range.count + max(1, parts) - 1) / max(1, parts)
        return stride(from: range.lowerBound, to: range.upperBound, by: length).map {
            $0..<min(range.upperBound, $0 + length)
        }
    }

    /// `body(worker)` for every worker in `0..<count`, each on a thread of its own; waits for
    /// all of them, then rethrows the first error any of them threw.
    package static func forEachWorker(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let failure = LockedValue<Error?>(nil)
        DispatchQueue.concurrentPerform(iterations: count) { worker in
            do {
                try body(worker)
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// `first()` and `second()` at the same time when there is more than one worker (one on
    /// this thread, one on another), else one after the other; both results, or the first
    /// error either threw. For independent start-up work: loading the dictionary while the
    /// glossary loads, building the dictionary's trie while the glossary's index is built.
    ///
    /// A loop inside either (``map(_:_:)``, ``forEachWorker(_:_:)``) runs on one thread:
    /// Dispatch does not fan a `concurrentPerform` out again inside another. Work that should
    /// use every core belongs before or after the pair, not in it.
    package static func both<First, Second>(
        _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
    ) throws -> (First, Second) {
        guard workerLimit > 1 else { return (try first(), try second()) }
        nonisolated(unsafe) var one: Result<First, Error>?
        nonisolated(unsafe) var two: Result<Second, Error>?
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { one = Result { try first() } } else { two = Result { try second() } }
        }
        return (try one!.get(), try two!.get())
    }

    /// Work started on a thread of its own now, its result taken later with ``value()``.
    /// Unlike ``both(_:_:)`` it is not a loop, so loops inside it still use every core; the
    /// caller's own loops meanwhile share the cores with it. For start-up work beside a first
    /// step with serial stretches (loading the glossary while a document is read).
    package final class Pending<Value>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        // Written once by the work's thread before `done` is signalled, read after waiting.
        private var result: Result<Value, Error>?

        /// Starts `work`.
        package init(_ work: @escaping @Sendable () throws -> Value) {
            Thread.detachNewThread { [self] in
                result = Result { try work() }
                done.signal()
            }
        }

        /// Waits for the work to finish; its result, or the error it threw.
        package func value() throws -> Value {
            done.wait()
            done.signal()  // later calls return at once
            return try result!.get()
        }
    }

    /// Hands out `0..<count` in runs of `size` to whichever worker asks next, so workers that
    /// start late (one ran another task first) still share a loop evenly.
    package struct Chunks: Sendable {
        private let next = LockedValue(0)
        private let count: Int
        private let size: Int

        package init(count: Int, size: Int) {
            self.count = count
            self.size = max(1, size)
        }

        /// The next run not yet handed out, or nil when all are.
        package func claim() -> Range<Int>? {
            next.withLock { start in
                guard start < count else { return nil }
                let end = min(count, start + size)
                defer { start = end }
                return start..<end
            }
        }
    }

    /// `body(index, run)` for every run, each on a thread of its own; the results in run order.
    package static func map<Result>(_ runs: [Range<Int>], _ body: @Sendable (Int, Range<Int>) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: runs.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: runs.count) { index in
                output[index] = body(index, runs[index])
            }
        }
        return results.map { $0! }
    }

    /// `transform(index)` for every index of `range`, in order: one worker per
    /// `itemsPerWorker` indexes (see ``workers(items:itemsPerWorker:)``), each taking a
    /// contiguous run.
    package static func map<Result>(
        _ range: Range<Int>, itemsPerWorker: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let parts = map(runs(range, parts: workers(items: range.count, itemsPerWorker: itemsPerWorker))) { _, run in
            run.map(transform)
        }
        var results: [Result] = []
        results.reserveCapacity(range.count)
        for part in parts { results.append(contentsOf: part) }
        return results
    }
}
