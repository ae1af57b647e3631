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

    @Test func segmentSplitsWordsAsAnnotateDoesWithTheDictionaryUnlessToldNot() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = folder.appendingPathComponent("dict.u8")
        try
            "習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping/\n總書記 总书记 [zong3 shu1 ji4] /general secretary/\n強調 强调 [qiang2 diao4] /to emphasize/\n"
            .write(to: dictionary, atomically: true, encoding: .utf8)
        let text = Data("习近平总书记强调。\n".utf8)
        let joined = try CLI.run(["segment", "-", "--no-glossary", "--dictionary", dictionary.path], input: text)
        #expect(joined.status == 0, "\(joined.stderr)")
        #expect(joined.stdout == "习近平 | 总书记 | 强调 | 。\n")
        let icu = try CLI.run(
            ["segment", "-", "--no-glossary", "--dictionary", dictionary.path, "--no-lexicon"], input: text)
        #expect(icu.stdout.hasPrefix("习 | 近平 | "))
        // annotate's tokens for the same sentence are the same words.
        let annotated = try CLI.run(
            [
                "annotate", "-", "--stdout", "--format", "json", "--no-default-glossary", "--glossary",
                Self.emptyGlossary(in: folder), "--dictionary", dictionary.path,
            ], input: text)
        #expect(annotated.status == 0, "\(annotated.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(annotated.stdout.utf8)) as? [String: Any])
        let sentence = try #require((json["sentences"] as? [[String: Any]])?.first)
        let tokens = (sentence["tokens"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(tokens.prefix(3) == ["习近平", "总书记", "强调"])
    }

    static func emptyGlossary(in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("empty.tsv")
        try "id\tzh\ten\tsource\tcategory\tstatus\n".write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
