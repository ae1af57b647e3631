import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func segmentsStandardInput() throws {
        let result = try CLI.run(["segment", "-"], input: Data("深圳实施孔雀计划。推进改革。".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stdout.contains("深圳"))
    }

    @Test func missingFileIsAOneLineErrorNamingThePath() throws {
        let result = try CLI.run(["segment", "/nonexistent/file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/file.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func usageErrorExits64() throws {
        let result = try CLI.run(["segment", "--no-such-option", "x"])
        #expect(result.status == 64)
    }

    @Test func versionPrintsVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("duizhao"))
    }
}

@Suite struct SegmentBadInputTests {
    @Test func directoryEmptyAndRandomBytesGiveOneLineErrors() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let random = folder.appendingPathComponent("random.txt")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: random)
        for path in [folder.path, empty.path, random.path] {
            let result = try CLI.run(["segment", path])
            #expect(result.status == 1, "\(path)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("duizhao: error: \(path)"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func jsonOutputIsTheStructuredDocument() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.txt")
        try Data("您的位置：首页 > 政策\n一、总体要求\n深化改革。扩大开放。\n".utf8).write(to: file)
        let result = try CLI.run(["segment", "--json", file.path])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let sections = json?["sections"] as? [[String: Any]]
        #expect(sections?.first?["heading"] as? String == "总体要求")
        #expect((json?["sentences"] as? [Any])?.count == 3)
        #expect((json?["removed"] as? [[String: Any]])?.first?["kind"] as? String == "breadcrumb")
    }
}
