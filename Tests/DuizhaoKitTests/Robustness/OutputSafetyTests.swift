import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

#if canImport(Glibc)
import Glibc
#endif

/// Output safety: hostile text stays text in Markdown tables and line starts; no input name
/// reaches outside the output folder; batch scans follow links only inside the input root
/// and stop at cycles; annotate never replaces a file it did not write.
@Suite struct OutputSafetyTests {
    static let entry = GlossaryEntry(
        id: "peacock-plan", zh: "孔雀计划", en: "Peacock | Plan `x` [a](b) *c*",
        alternatives: [.init("# not a heading | nor a cell")],
        category: "program", status: .established, source: "- a list | item\nsecond line", note: "> quote | `tick`")

    static func annotated(_ text: String) throws -> AnnotatedDocument {
        let context = AnnotationContext(glossary: [entry], matcher: FixtureMatcher(entries: [entry]))
        return try Annotator(context: context).annotate(try Fixtures.document(text: text))
    }

    /// The cells of a table row, split at `|` not escaped by a backslash.
    static func cells(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count - 1
    }

    /// Checks every table in `markdown`: each row has as many cells as its header.
    static func checkTables(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var header: Int?
        var rows = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { header = nil; continue }
            let count = cells(line)
            if let header {
                #expect(
                    count == header, "row \(line) has \(count) cells, header \(header)", sourceLocation: sourceLocation)
                rows += 1
            } else {
                header = count
            }
        }
        return rows
    }

    @Test func markdownTablesKeepTheirShapeWithPipesBackticksAndNewlinesInGlossaryText() throws {
        let document = try Self.annotated("实施孔雀计划。\n再谈孔雀计划。")
        let parallel = try ParallelMarkdownRenderer().render(document)
        let brief = try BriefMarkdownRenderer().render(document)
        #expect(Self.checkTables(parallel) > 0)
        #expect(Self.checkTables(brief) > 0)
        for markdown in [parallel, brief] {
            #expect(markdown.contains("Peacock \\| Plan \\`x\\` \\[a\\](b) \\*c\\*"))
            #expect(!markdown.contains("`x`"))
            #expect(!markdown.contains("\n# not a heading"))
        }
    }

    @Test func markdownLineStartsInTheSourceStayText() throws {
        let document = try Self.annotated("* 星号开头。\n- 横线开头。\n+ 加号开头。\n> 引号开头。\n1. 数字开头。\n#井号开头。\n=== 等号\n    缩进四格。")
        let markdown = try ParallelMarkdownRenderer().render(document)
        // The renderer's own headings (`1.` is an outline level) and English quote lines aside,
        // no source line may start with markup.
        for line in markdown.split(separator: "\n")
        where line.contains("开头") || line.contains("等号") || line.contains("缩进") {
            if line.hasPrefix("## ") || line.hasPrefix("> ") { continue }
            #expect(!"*-+>#=".contains(line.first!), "line starts with markup: \(line)")
            #expect(!line.hasPrefix("    "), "indented code: \(line)")
        }
        for escaped in ["\\* 星号开头", "\\- 横线开头", "\\+ 加号开头", "\\> 引号开头", "\\#井号开头", "\\=== 等号", "> 1\\. shùzì"] {
            #expect(markdown.contains(escaped), "\(escaped)")
        }
        #expect(markdown.contains("\n缩进四格。"))
    }

    @Test func noInputNameLeavesTheOutputFolder() throws {
        for name in [
            "../../etc/passwd", "/etc/passwd", "..", ".", "a/../../b.txt", "..\\..\\win.txt", "~/x.txt", "\u{0}.txt",
            ".hidden.txt", "-",
        ] {
            let slug = DocumentSlug.make(path: name)
            #expect(
                !slug.contains("/") && !slug.contains("\\") && !slug.hasPrefix(".") && !slug.isEmpty,
                "slug \(slug) of \(name)")
            #expect(
                slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        }
        let root = URL(fileURLWithPath: "/tmp/duizhao-out")
        let layout = OutputLayout(root: root)
        for key in ["../../etc", "a/../../..", "/abs/path", "./x", "a//b", "..", "a/.hidden/b"] {
            let folder = layout.folder(for: key).standardizedFileURL.path
            #expect(folder.hasPrefix(root.path + "/documents/"), "\(key) → \(folder)")
            #expect(
                !layout.relativeFolder(for: key).split(separator: "/").contains {
                    $0 == ".." || $0 == "." || $0.hasPrefix(".")
                })
        }
    }

    @Test func batchScansFollowLinksOnlyInsideTheRootAndStopAtCycles() throws {
        let base = try BatchFixture.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("docs")
        try BatchFixture.write("甲", to: "docs/real/a.txt", in: base)
        try BatchFixture.write("乙", to: "outside/secret.txt", in: base)
        try BatchFixture.write("丙", to: "outside/more/c.txt", in: base)
        let fm = FileManager.default
        func link(_ path: String, to target: String) throws {
            try fm.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: target)
        }
        try link("inner-file.txt", to: "real/a.txt")  // inside: followed
        try link("out-file.txt", to: "../outside/secret.txt")  // outside: skipped
        try link("out-folder", to: base.appendingPathComponent("outside").path)  // outside: skipped
        try link("real/loop", to: "..")  // a cycle back to the root: skipped
        try link("zz-again", to: "real")  // the same folder a second time: skipped
        try link("dangling.txt", to: "nowhere.txt")  // dangling: skipped
        let keys = try InputScanner(arguments: [root.path]).map(\.key)
        #expect(keys == ["docs/inner-file.txt", "docs/real/a.txt"])
        // A link to a folder inside the root is followed when the folder is not reached otherwise.
        try fm.removeItem(at: root.appendingPathComponent("zz-again"))
        try fm.moveItem(at: root.appendingPathComponent("real"), to: base.appendingPathComponent("docs-hidden-real"))
        try fm.createDirectory(at: root.appendingPathComponent(".store"), withIntermediateDirectories: true)
        try fm.moveItem(
            at: base.appendingPathComponent("docs-hidden-real"), to: root.appendingPathComponent(".store/real"))
        try link("via-link", to: ".store/real")
        let linked = try InputScanner(arguments: [root.path]).map(\.key)
        #expect(linked == ["docs/via-link/a.txt"])
    }

    @Test func annotateOwnershipRefusesFilesItDidNotWrite() throws {
        let folder = try BatchFixture.folder().appendingPathComponent("doc")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = ["doc.json", "doc.html"]
        // An empty folder: nothing in the way.
        try OutputOwnership.check(folder: folder.path, names: names, force: false)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("doc.html"))
        #expect(throws: OutputOwnership.RefusalError.notWritten(path: folder.path + "/doc.html")) {
            try OutputOwnership.check(folder: folder.path, names: names, force: false)
        }
        try OutputOwnership.check(folder: folder.path, names: names, force: true)
        // Once recorded, duizhao's own files are replaced freely.
        try OutputOwnership.record(folder: folder.path, names: names)
        try OutputOwnership.check(folder: folder.path, names: names, force: false)
        #expect(OutputOwnership.recorded(in: folder.path) == Set(names))
        // A folder that is a symbolic link could lead anywhere.
        let linked = folder.deletingLastPathComponent().appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: folder)
        #expect(throws: OutputOwnership.RefusalError.linkedFolder(path: linked.path)) {
            try OutputOwnership.check(folder: linked.path, names: names, force: false)
        }
    }

    @Test func aWriteThatFailsLeavesNoFileAndNamesTheReason() throws {
        let folder = try BatchFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.txt").path
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            try AtomicFile.write(to: path) { write in
                try write(Array("partial".utf8))
                throw Broken()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // A file where the output folder should be.
        try Data("x".utf8).write(to: folder.appendingPathComponent("out"))
        let blocked = try #require(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write("text", to: folder.path + "/out/doc/doc.md")
        }
        #expect(
            blocked.description.hasSuffix(
                "cannot create folder \(folder.path)/out/doc: \(folder.path)/out is a file, not a folder"))
        // A full device: the error names the file and the system's reason, and nothing is left.
        let error = try #require(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data(repeating: 0x41, count: 1 << 16), to: "/dev/full")
        }
        #expect(error.description == "/dev/full: cannot write: No space left on device")
    }
}
