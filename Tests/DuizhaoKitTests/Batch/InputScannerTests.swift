import Foundation
import Testing

@testable import DuizhaoKit

@Suite struct InputScannerTests {
    @Test func walksFoldersRecursivelyInSortedOrderTakingInputKinds() throws {
        let root = try BatchFixture.folder()
        let corpus = root.appendingPathComponent("corpus")
        for path in [
            "b/index.html", "a/index.html", "a/notes.md", "a/deep/x.txt", "a/deep/y.htm", "z.TXT", "image.png",
            "data.json",
        ] {
            try BatchFixture.write("内容", to: path, in: corpus)
        }
        try BatchFixture.write("隐藏", to: ".hidden/secret.txt", in: corpus)
        try BatchFixture.write("隐藏", to: ".dot.txt", in: corpus)
        let scanner = try InputScanner(arguments: [corpus.path])
        let keys = scanner.map(\.key)
        #expect(
            keys == [
                "corpus/a/deep/x.txt", "corpus/a/deep/y.htm", "corpus/a/index.html", "corpus/a/notes.md",
                "corpus/b/index.html", "corpus/z.TXT",
            ])
        let kinds = Dictionary(uniqueKeysWithValues: scanner.map { ($0.key, $0.kind) })
        #expect(kinds["corpus/a/notes.md"] == .markdown)
        #expect(kinds["corpus/a/deep/y.htm"] == .html)
        #expect(kinds["corpus/z.TXT"] == .text)
    }

    @Test func includeAndExcludeGlobsApplyToPathsInsideTheFolder() throws {
        let root = try BatchFixture.folder()
        for path in ["drafts/a.txt", "final/a.txt", "final/b.md", "final/old/c.txt"] {
            try BatchFixture.write("内容", to: path, in: root)
        }
        let scanner = try InputScanner(
            arguments: [root.path], include: [try Glob("final/**")],
            exclude: [try Glob("old/**"), try Glob("final/old/**")])
        #expect(
            scanner.map { $0.key.split(separator: "/").dropFirst().joined(separator: "/") } == [
                "final/a.txt", "final/b.md",
            ])
        let onlyMarkdown = try InputScanner(arguments: [root.path], include: [try Glob("*.md")])
        #expect(onlyMarkdown.map(\.url.lastPathComponent) == ["b.md"])
    }

    @Test func namedFilesAreAlwaysTaken() throws {
        let root = try BatchFixture.folder()
        let odd = try BatchFixture.write("内容", to: "notes.data", in: root)
        let scanner = try InputScanner(arguments: [odd.path], exclude: [try Glob("*.data")])
        #expect(scanner.map(\.key) == ["notes.data"])
    }

    @Test func sameNamedInputsGetDistinctLabels() throws {
        let root = try BatchFixture.folder()
        try BatchFixture.write("甲", to: "x/docs/index.html", in: root)
        try BatchFixture.write("乙", to: "y/docs/index.html", in: root)
        try BatchFixture.write("丙", to: "p/index.html", in: root)
        try BatchFixture.write("丁", to: "q/index.html", in: root)
        let scanner = try InputScanner(arguments: [
            root.appendingPathComponent("x/docs").path, root.appendingPathComponent("y/docs").path,
            root.appendingPathComponent("p/index.html").path, root.appendingPathComponent("q/index.html").path,
        ])
        let keys = scanner.map(\.key)
        #expect(keys == ["x/docs/index.html", "y/docs/index.html", "p/index.html", "q/index.html"])
        #expect(Set(keys.map { OutputLayout(root: root).folder(for: $0) }).count == 4)
    }

    @Test func labelsAreNeverPrefixesOfEachOther() {
        let labels = InputScanner.labels(for: [["p", "docs"], ["r", "docs", "x.txt"], ["s", "x.txt"]])
        for (i, a) in labels.enumerated() {
            for (j, b) in labels.enumerated() where i != j { #expect(!a.starts(with: b), "\(a) starts with \(b)") }
        }
    }

    @Test func nestedAndRepeatedArgumentsAreCoveredOnce() throws {
        let root = try BatchFixture.folder()
        try BatchFixture.write("甲", to: "docs/a/x.txt", in: root)
        try BatchFixture.write("乙", to: "docs/b.txt", in: root)
        let docs = root.appendingPathComponent("docs").path
        let scanner = try InputScanner(arguments: [docs, docs + "/a", docs + "/b.txt", docs + "/../docs"])
        #expect(scanner.map(\.key) == ["docs/a/x.txt", "docs/b.txt"])
    }

    @Test func skipsTheOutputFolderAndRejectsInputsInsideIt() throws {
        let root = try BatchFixture.folder()
        try BatchFixture.write("甲", to: "a.txt", in: root)
        try BatchFixture.write("生成", to: "out/documents/a.txt/document.txt", in: root)
        let out = root.appendingPathComponent("out")
        let scanner = try InputScanner(arguments: [root.path], excluding: [out])
        #expect(scanner.map { $0.url.lastPathComponent } == ["a.txt"])
        #expect(throws: InputScanner.ScanError.self) {
            try InputScanner(arguments: [out.appendingPathComponent("documents").path], excluding: [out])
        }
    }

    @Test func missingInputIsAnError() {
        #expect(throws: InputScanner.ScanError.notFound(path: "/nonexistent/duizhao")) {
            try InputScanner(arguments: ["/nonexistent/duizhao"])
        }
        #expect(throws: InputScanner.ScanError.noInputs) { try InputScanner(arguments: []) }
    }

    @Test func symbolicLinksToFoldersAreNotFollowed() throws {
        let root = try BatchFixture.folder()
        try BatchFixture.write("甲", to: "docs/a.txt", in: root)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("docs/loop"), withDestinationURL: root.appendingPathComponent("docs"))
        let scanner = try InputScanner(arguments: [root.appendingPathComponent("docs").path])
        #expect(scanner.map(\.key) == ["docs/a.txt"])
    }
}
