import Testing

@testable import DuizhaoText

@Suite struct BackgroundWriterTests {
    @Test func chunksArriveInOrderGatheredAndWhole() throws {
        let written = LockedValue<[[UInt8]]>([])
        let writer = BackgroundWriter(gatherUpTo: 8, waiting: 2) { chunk in written.withLock { $0.append(chunk) } }
        var expected: [UInt8] = []
        for size in [1, 2, 3, 20, 0, 5, 4, 9, 1] {
            let chunk = (0..<size).map { UInt8(truncatingIfNeeded: expected.count + $0) }
            expected += chunk
            try writer.submit(chunk)
        }
        try writer.finish()
        let chunks = written.withLock { $0 }
        #expect(chunks.flatMap { $0 } == expected)
        // Small chunks were gathered to the threshold; only the last one may be shorter.
        #expect(chunks.dropLast().allSatisfy { $0.count >= 8 })
        #expect(chunks.count < 9)
    }

    @Test func theFirstErrorIsRethrownAndLaterChunksAreDropped() throws {
        struct DiskFull: Error {}
        let written = LockedValue<[UInt8]>([])
        let writer = BackgroundWriter(gatherUpTo: 1, waiting: 1) { chunk in
            if chunk == [2] { throw DiskFull() }
            written.withLock { $0 += chunk }
        }
        try writer.submit([1])
        // The failing chunk's error comes back by a later submit or by finish.
        #expect(throws: DiskFull.self) {
            try writer.submit([2])
            for value in UInt8(3)...UInt8(50) { try writer.submit([value]) }
            try writer.finish()
        }
        #expect(throws: DiskFull.self) { try writer.finish() }
        #expect(written.withLock { $0 } == [1])
    }
}
