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
}
