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
