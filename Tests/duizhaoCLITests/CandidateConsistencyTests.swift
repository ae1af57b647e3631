import Foundation
import Testing

/// One list of new-term candidates per document (`DocumentCandidates`): the brief (the
/// annotated document's candidateTerms) and the batch report name the same candidates, with the
/// same phrases (glossary terms, their matched forms, `--known` lists) left out.
@Suite struct CandidateConsistencyTests {
    static func object(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// The brief's candidates and the report's, after a batch of one document.
    static func candidates(
        _ document: String, out: URL, extra: [String] = []
    ) throws -> (brief: [String], report: [String]) {
        let result = try CLI.run(["batch", document, "--out", out.path, "--format", "json,brief", "--quiet"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let documents = out.appendingPathComponent("documents")
        let files = try #require(
            FileManager.default.enumerator(at: documents, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL })
        let json = try #require(files.first { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") })
        let brief = (try Self.object(json)["candidateTerms"] as? [[String: Any]] ?? []).compactMap {
            $0["text"] as? String
        }
        let list = try Self.object(out.appendingPathComponent("batch-report.json"))["candidates"] as? [String: Any]
        let report = (list?["candidates"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        return (brief, report)
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The portal report; the talent policy, where 建设“双创”示范基地 gives a candidate the text
    /// does not hold as written (the report used to list it, the brief did not).
    @Test(arguments: [
        "Tests/DuizhaoKitTests/Fixtures/real-documents/portal-report.txt", "samples/shenzhen-talent-policy.txt",
    ])
    func theBriefAndTheBatchReportListTheSameCandidates(path: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = Self.repository.appendingPathComponent(path).path
        let first = try Self.candidates(document, out: folder.appendingPathComponent("out"))
        #expect(!first.brief.isEmpty)
        #expect(Set(first.brief) == Set(first.report), "brief \(first.brief), report \(first.report)")
        // A phrase the batch is told is known leaves both lists.
        let known = try #require(first.brief.first)
        let list = folder.appendingPathComponent("known.txt")
        try Data((known + "\n").utf8).write(to: list)
        let second = try Self.candidates(
            document, out: folder.appendingPathComponent("known"), extra: ["--known", list.path])
        #expect(!second.brief.contains(known) && !second.report.contains(known))
        #expect(Set(second.brief) == Set(second.report), "brief \(second.brief), report \(second.report)")
    }
}
