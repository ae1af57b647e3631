import Foundation
import Testing

/// The development commands `eval-segmentation` and `eval-dictionary`, on small files made here.
@Suite struct DictionaryCommandTests {
    static let dictionary = """
        # test dictionary
        委員 委员 [wei3 yuan2] /committee member/
        委員會 委员会 [wei3 yuan2 hui4] /committee/
        會 会 [hui4] /can/meeting/
        王 王 [Wang2] /surname Wang/
        王 王 [wang2] /king/
        broken line
        """

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func evalSegmentationScoresBothRuns() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = try write("委员会开会。\r\n", "raw.utf8", in: folder)
        let gold = try write("委员会  开会  。\r\n", "gold.utf8", in: folder)
        let dictionary = try write(Self.dictionary, "dict.u8", in: folder)
        let result = try CLI.run([
            "eval-segmentation", "--raw", raw, "--gold", gold, "--dictionary", dictionary, "--lexicon", "none",
            "--lexicon", "cedict",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ICU alone"))
        #expect(result.stdout.contains("ICU + CC-CEDICT"))
        #expect(result.stdout.contains("5 entries"))
    }

    @Test func evalSegmentationRunsWithoutADictionary() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = try write("委员会开会。\n", "raw.utf8", in: folder)
        let gold = try write("委员会  开会  。\n", "gold.utf8", in: folder)
        let result = try CLI.run(["eval-segmentation", "--raw", raw, "--gold", gold, "--no-dictionary"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ICU alone"))
        #expect(result.stdout.contains("running without a dictionary"))
        #expect(!result.stdout.contains("ICU + CC-CEDICT"))
    }

    @Test func evalDictionaryLooksUpAndReportsBadLines() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = try write(Self.dictionary, "dict.u8", in: folder)
        let result = try CLI.run(["eval-dictionary", "--dictionary", dictionary, "委員會", "王"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 lines skipped"))
        #expect(result.stdout.contains("dict.u8:7: warning: skipped"))
        #expect(result.stdout.contains("委員會: gloss: committee"))
        #expect(result.stdout.contains("王: gloss: king"))
        #expect(result.stdout.contains("[wěi yuán huì]"))
    }

    @Test func missingDictionaryIsAOneLineError() throws {
        let result = try CLI.run(["eval-dictionary", "--dictionary", "/nonexistent/cedict.u8"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/cedict.u8"))
        #expect(result.stderr.contains("make dictionary"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
