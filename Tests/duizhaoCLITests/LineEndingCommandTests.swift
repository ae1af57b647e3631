import Foundation
import Testing

/// One line splitter (`TextLines`): `\n`, `\r\n` and a lone `\r` end a line alike, so a file
/// has the same line numbers in every command.
@Suite struct LineEndingCommandTests {
    static let rows = [
        "id\tzh\ten\tstatus\tsource\tcategory",
        "a\t人才\ttalent\tofficial\tsrc\tgeneral",
        "b\t孔雀\t\tofficial\tsrc\tgeneral",
        "d\t双创\tmass innovation\tproposed\tsrc\tanimals",
    ]

    @Test(arguments: ["\r", "\n", "\r\n"])
    func aGlossaryHasTheSameLineNumbersInValidateAnnotateAndImport(lineEnd: String) throws {
        let folder = try GlossaryCLIFixtures.folder(["20-broken.tsv": Self.rows.joined(separator: lineEnd) + lineEnd])
        let path = folder.appendingPathComponent("20-broken.tsv").path
        // glossary validate (the strict loader): the empty en is on line 3, the category on line 4.
        let validate = try CLI.run(["glossary", "validate", path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("\(path):3:6: error: empty en"), "\(validate.stdout)")
        #expect(
            validate.stdout.contains("\(path):4:") && validate.stdout.contains("warning: unknown category"),
            "\(validate.stdout)")
        // annotate loads the same glossary and stops on the same line.
        let document = folder.appendingPathComponent("notice.txt")
        try Data("关于人才工作的通知\r各地区：\r加强人才工作。\r".utf8).write(to: document)
        let annotate = try CLI.run([
            "annotate", document.path, "--stdout", "--format", "json", "--no-default-glossary", "--glossary", path,
            "--no-dictionary",
        ])
        #expect(annotate.status == 1)
        #expect(annotate.stderr.contains("\(path):3:6: error: empty en"), "\(annotate.stderr)")
        // glossary import (the lenient reader) names the same lines.
        let imported = try CLI.run(["glossary", "import", path, "--format", "tsv"])
        #expect(
            imported.stderr.contains("20-broken.tsv:4: ") && imported.stderr.contains("unknown category 'animals'"),
            "\(imported.stderr)")
        #expect(imported.stdout.contains("人才") && imported.stdout.contains("双创"))
    }

    @Test func aDocumentWithLoneCarriageReturnsHasItsLinesNumbered() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lone = folder.appendingPathComponent("lone.txt"), unix = folder.appendingPathComponent("unix.txt")
        let lines = ["关于人才工作的通知", "各地区：", "加强人才工作。", "推进孔雀计划。"]
        try Data((lines.joined(separator: "\r") + "\r").utf8).write(to: lone)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: unix)
        let arguments = ["--stdout", "--format", "json", "--no-default-glossary", "--no-dictionary"]
        let fromLone = try CLI.run(["annotate", lone.path] + arguments),
            fromUnix = try CLI.run(["annotate", unix.path] + arguments)
        #expect(fromLone.status == 0 && fromUnix.status == 0, "\(fromLone.stderr)\(fromUnix.stderr)")
        func sentences(_ json: String) throws -> [[String: Any]] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (object?["sentences"] as? [[String: Any]]) ?? []
        }
        let loneSentences = try sentences(fromLone.stdout), unixSentences = try sentences(fromUnix.stdout)
        #expect(!loneSentences.isEmpty)
        #expect(loneSentences.map { $0["text"] as? String } == unixSentences.map { $0["text"] as? String })
        #expect(loneSentences.map { $0["paragraph"] as? Int } == unixSentences.map { $0["paragraph"] as? Int })
    }
}
