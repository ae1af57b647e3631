import Foundation
import Testing

/// `segment --json`, `annotate` and `batch` on documents in the shapes they arrive in (the
/// library's real-document fixtures): title, metadata fields, removed chrome, appendices, and
/// documents that are not Chinese.
@Suite struct RealDocumentCommandTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DuizhaoKitTests/Fixtures/real-documents").appendingPathComponent(name).path
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func segmentJSONCarriesTheReportsMetadataChromeAndAppendix() throws {
        let result = try CLI.run(["segment", "--json", "--no-glossary", Self.fixture("portal-report.txt")])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let json = try Self.object(result.stdout)
        let metadata = try #require(json["metadata"] as? [String: Any])
        #expect(metadata["title"] as? String == "2026年青山省政府工作报告")
        #expect(metadata["speaker"] as? String == "王某某" && metadata["occasionDate"] as? String == "2026-01-25")
        #expect((metadata["lines"] as? [String: Int])?["title"] == 2)
        let removed = try #require(json["removed"] as? [[String: Any]])
        #expect(Set(removed.compactMap { $0["kind"] as? String }) == ["toolbar", "byline", "related", "identifier"])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.filter { $0["role"] as? String == "appendix" }.count == 4)
        let definitions = try #require(json["definitions"] as? [[String: Any]])
        #expect(definitions.compactMap { $0["term"] as? String } == ["三区三线", "六稳六保", "放管服"])
        #expect((json["source"] as? [String: Any])?["language"] as? String == "zh")
    }

    @Test func annotateWritesTheGovCNHeader() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run([
            "annotate", Self.fixture("govcn-table.html"), "--out", out.path, "--format", "md,brief",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("govcn-table/govcn-table.md"), encoding: .utf8)
        // The title (its glossary terms marked), not a toolbar word or a table label.
        #expect(markdown.hasPrefix("# **国务院** [State Council]关于推进智慧农业示范建设的意见\n"))
        for line in [
            "- Issued by: 国务院", "- Document number: 国发〔2025〕9号 (Guo Fa \\[2025\\] No. 9, official formula)",
            "- Date written: 2025-03-08", "- Date published: 2025-03-15",
        ] {
            #expect(markdown.contains(line + "\n"), "\(line)")
        }
        // The table and the toolbar are listed as removed, not kept as body text.
        let body = try #require(markdown.components(separatedBy: "## Removed from the page").first)
        #expect(!body.contains("索 引 号") && !body.contains("下载"))
        #expect(markdown.contains("- line 9, toolbar: 下载 打印 全屏 收藏 【字号：加大 还原 减小】"))
        #expect(markdown.contains("- line 11, metadataTable: 索 引 号："))
        let brief = try String(
            contentsOf: out.appendingPathComponent("govcn-table/govcn-table.brief.md"), encoding: .utf8)
        #expect(brief.hasPrefix("# Briefing: 国务院关于推进智慧农业示范建设的意见"))
        #expect(brief.contains("| Document number | 国发〔2025〕9号 |"))
    }

    @Test func anEnglishDocumentIsNamedInAWarning() throws {
        let path = Self.fixture("english-report.txt")
        let result = try CLI.run(["segment", "--json", "--no-glossary", path])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "duizhao: warning: \(path): the text is in English (en), not Chinese; duizhao annotates Chinese policy text and has no terms or glosses for it\n"
        )
        #expect((try Self.object(result.stdout)["source"] as? [String: Any])?["language"] as? String == "en")
    }

    @Test func batchSkipsDocumentsThatAreNotChineseUnlessAsked() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["portal-report.txt", "english-report.txt"] {
            try FileManager.default.copyItem(
                atPath: Self.fixture(name), toPath: input.appendingPathComponent(name).path)
        }
        let out = root.appendingPathComponent("out")
        let result = try CLI.run(["batch", input.path, "--out", out.path, "--format", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "english-report.txt: the text is in English (en), not Chinese (skipped; --include-non-chinese processes it)"
            ))
        let report = try Self.object(
            String(contentsOf: out.appendingPathComponent("batch-report.json"), encoding: .utf8))
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["processed"] == 1 && counts["skipped"] == 1 && counts["failed"] == 0)
        let lines = try #require(report["documents"] as? [[String: Any]])
        let english = try #require(lines.first { ($0["key"] as? String)?.hasSuffix("english-report.txt") == true })
        #expect(english["outcome"] as? String == "skipped")
        #expect((english["error"] as? String)?.contains("not Chinese") == true)
        let chinese = try #require(lines.first { ($0["key"] as? String)?.hasSuffix("portal-report.txt") == true })
        #expect((chinese["headline"] as? [String: Any])?["title"] as? String == "2026年青山省政府工作报告")
        let markdown = try String(contentsOf: out.appendingPathComponent("batch-report.md"), encoding: .utf8)
        #expect(markdown.contains("## Skipped documents, not Chinese (1)"))
        #expect(markdown.contains("| 2026年青山省政府工作报告 |"))

        let included = try CLI.run([
            "batch", input.path, "--out", out.path, "--format", "json", "--quiet", "--include-non-chinese",
        ])
        #expect(included.status == 0, "\(included.stderr)")
        let again = try Self.object(
            String(contentsOf: out.appendingPathComponent("batch-report.json"), encoding: .utf8))
        #expect((again["counts"] as? [String: Int])?["processed"] == 2)
    }
}
