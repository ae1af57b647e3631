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

    @Test func writesDevicesInPlace() throws {
        try AtomicFile.write("discard", to: "/dev/null")
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFCHR)
    }
}
