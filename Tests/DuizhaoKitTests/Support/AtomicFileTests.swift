import Foundation
import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct AtomicFileTests {
    @Test func writesThroughSymlinksAndLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("sub/target.txt")
        try AtomicFile.write("第一版", to: target.path)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try AtomicFile.write("第二版", to: link.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "第二版")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(leftovers == ["target.txt"])
    }

    @Test func chunksWrittenInTheBackgroundKeepTheirOrderAndAFailedRunLeavesNothing() throws {
        struct Stop: Error {}
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("large.txt")
        // Chunks large and small, more than the background writer gathers or queues.
        var expected: [UInt8] = []
        try AtomicFile.write(to: target.path) { write in
            for index in 0..<40 {
                let chunk = [UInt8](
                    repeating: UInt8(ascii: "a") + UInt8(index % 26), count: index % 3 == 0 ? 300_000 : 7)
                expected += chunk
                try write(chunk)
            }
        }
        #expect(try [UInt8](Data(contentsOf: target)) == expected)
        // A producer that fails half-way leaves the old file and no temporary one.
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: target.path) { write in
                try write([UInt8](repeating: 0x62, count: 1_000_000))
                throw Stop()
            }
        }
        #expect(try [UInt8](Data(contentsOf: target)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["large.txt"])
    }

    @Test func aFullDeviceIsReportedWithTheSystemsReason() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        #expect {
            try AtomicFile.write(to: "/dev/full") { write in
                for _ in 0..<8 { try write([UInt8](repeating: 0x61, count: 1 << 18)) }
            }
        } throws: { error in
            "\(error)".contains("/dev/full") && "\(error)".contains("No space left on device")
        }
    }

    @Test func writesDevicesInPlace() throws {
        try AtomicFile.write("discard", to: "/dev/null")
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFCHR)
    }
}
