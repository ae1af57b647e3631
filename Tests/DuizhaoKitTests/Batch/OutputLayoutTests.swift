import Foundation
import Testing

@testable import DuizhaoKit

@Suite struct OutputLayoutTests {
    let layout = OutputLayout(root: URL(fileURLWithPath: "/tmp/out"))

    @Test func mirrorsTheKeyUnderDocuments() {
        #expect(layout.folder(for: "docs/a/index.html").path == "/tmp/out/documents/docs/a/index.html")
        #expect(layout.relativeFolder(for: "docs/a/index.html") == "documents/docs/a/index.html")
    }

    @Test func sameFileNameInDifferentFoldersStaysApart() {
        #expect(layout.folder(for: "docs/a/index.html") != layout.folder(for: "docs/b/index.html"))
    }

    @Test func traversalNamesCannotLeaveTheOutputFolder() {
        let hostile = [
            "../../etc/passwd", "..", ".", "a/../../b", "/abs/path", "a//b", "..\\..\\x", "./.hidden", "%2E%2E/x",
        ]
        for key in hostile {
            let folder = layout.folder(for: key).standardizedFileURL.path
            #expect(folder.hasPrefix("/tmp/out/documents/"), "\(key) → \(folder)")
            for component in folder.dropFirst("/tmp/out/documents/".count).split(separator: "/") {
                #expect(component != ".." && component != "." && !component.hasPrefix("."), "\(key) → \(component)")
            }
        }
    }

    @Test func sanitizingIsOneToOne() {
        let names = [
            "..", ".", "%2E%2E", "%", "%25", "a b", "a%20b", ".x", "%2Ex", "x.", "名字.txt", "a\u{0}b", "a:b", "a%3Ab",
            "a\\b",
            "", "%00", String(repeating: "长", count: 150), String(repeating: "长", count: 151),
        ]
        let sanitized = names.map(OutputLayout.sanitize)
        #expect(Set(sanitized).count == names.count, "\(sanitized)")
        for name in sanitized {
            #expect(
                !name.contains("/") && !name.contains("\u{0}") && name != "." && name != ".." && !name.hasPrefix("."))
            #expect(name.utf8.count <= 255)
        }
    }

    @Test func keepsReadableNames() {
        #expect(OutputLayout.sanitize("index.html") == "index.html")
        #expect(OutputLayout.sanitize("政策文件-2024_v2.md") == "政策文件-2024_v2.md")
        #expect(OutputLayout.sanitize("a:b") == "a%3Ab")
    }

    @Test func stateFilesAreNamedPerShard() throws {
        let shard = try #require(Shard(index: 2, count: 4))
        let sharded = OutputLayout(root: URL(fileURLWithPath: "/tmp/out"), shard: shard)
        #expect(sharded.manifest.lastPathComponent == "batch-manifest.shard-2-of-4.jsonl")
        #expect(sharded.report("md").lastPathComponent == "batch-report.shard-2-of-4.md")
        #expect(layout.manifest.lastPathComponent == "batch-manifest.jsonl")
    }
}
