import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct ParallelTests {
    @Test func runsCoverTheRangeInOrderWithoutEmptyOnes() {
        #expect(Parallel.runs(0..<10, parts: 3) == [0..<4, 4..<8, 8..<10])
        #expect(Parallel.runs(5..<7, parts: 4) == [5..<6, 6..<7])
        #expect(Parallel.runs(0..<0, parts: 2).isEmpty)
        #expect(Parallel.runs(0..<3, parts: 0) == [0..<3])
    }

    @Test func mapKeepsTheRunOrder() {
        let runs = Parallel.runs(0..<1_000, parts: 7)
        let sums = Parallel.map(runs) { index, run in (index, run.reduce(0, +)) }
        #expect(sums.map(\.0) == Array(runs.indices))
        #expect(sums.map(\.1).reduce(0, +) == (0..<1_000).reduce(0, +))
    }

    @Test func workersGrowWithTheItemsUpToTheLimit() {
        #expect(Parallel.workers(items: 10, itemsPerWorker: 100) == 1)
        #expect(Parallel.workers(items: 0, itemsPerWorker: 0) == 1)
        #expect(Parallel.workers(items: 1_000_000, itemsPerWorker: 1) == Parallel.workerLimit)
        #expect(Parallel.workers(items: 200, itemsPerWorker: 100) == min(2, Parallel.workerLimit))
    }

    @Test func seriallyKeepsEveryLoopToOneWorkerAndThenRestores() {
        let outside = Parallel.workerLimit
        let inside = Parallel.serially { (Parallel.workerLimit, Parallel.workers(items: 1_000_000, itemsPerWorker: 1)) }
        #expect(inside.0 == 1 && inside.1 == 1)
        #expect(Parallel.workerLimit == outside)
        #expect(Parallel.serially(false) { Parallel.workerLimit } == outside)
    }

    @Test func pendingWorkGivesItsResultOrItsErrorToEveryCaller() throws {
        struct Failed: Error, Equatable {}
        // A loop inside the pending work still maps every run, in order.
        let sums = Parallel.Pending { Parallel.map(0..<10_000, itemsPerWorker: 100) { $0 * 2 } }
        let mapped = try sums.value()
        #expect(mapped == (0..<10_000).map { $0 * 2 })
        #expect(try sums.value() == mapped)
        let failing = Parallel.Pending { () throws -> Int in throw Failed() }
        #expect(throws: Failed.self) { try failing.value() }
        #expect(throws: Failed.self) { try failing.value() }
    }

    @Test func forEachWorkerRunsEveryWorkerAndRethrows() throws {
        struct Stop: Error, Equatable {}
        let seen = LockedValue(Set<Int>())
        try Parallel.forEachWorker(4) { worker in seen.withLock { _ = $0.insert(worker) } }
        #expect(seen.withLock { $0 } == [0, 1, 2, 3])
        #expect(throws: Stop.self) {
            try Parallel.forEachWorker(3) { worker in if worker == 1 { throw Stop() } }
        }
    }

    @Test func bothGivesBothResultsAndTheFirstErrorFirst() throws {
        struct Failure: Error, Equatable { let which: Int }
        for serial in [false, true] {
            try Parallel.serially(serial) {
                let (number, text) = try Parallel.both({ 6 * 7 }, { String(repeating: "对", count: 2) })
                #expect(number == 42 && text == "对对")
                // Both fail: the first one's error, whichever finished first.
                #expect(throws: Failure(which: 1)) {
                    try Parallel.both(
                        { () throws -> Int in throw Failure(which: 1) },
                        { () throws -> Int in
                            throw Failure(which: 2)
                        })
                }
                #expect(throws: Failure(which: 2)) {
                    try Parallel.both({ 1 }, { () throws -> Int in throw Failure(which: 2) })
                }
            }
        }
    }
}
