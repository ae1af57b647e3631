import Foundation
import Testing

@Suite struct TermsCommandTests {
    func sample() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let text = """
            关于推进改革的通知
            深入实施“星火燎原计划”，深化“放管服”改革，推动“三链融合”。
            坚持质量、标准、品牌、信誉“四位一体”推进，落实“双创”政策，建设滨海新材料中试基地。
            继续实施“星火燎原计划”，建设滨海新材料中试基地。
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("notice.txt"))
        return folder
    }

    @Test func tsvIsTheGlossaryFormatWithRenderingsLeftEmpty() throws {
        let folder = try sample()
        let result = try CLI.run(["terms", "--no-default-glossary", folder.path, "--tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            rows.first == ["id", "zh", "en", "en_alt", "variants", "full_form", "category", "status", "source", "note"])
        let body = rows.dropFirst()
        #expect(body.count >= 4)
        for row in body {
            #expect(row.count == 10)
            #expect(row[2].isEmpty)
            #expect(row[7] == "proposed")
            #expect(row[8] == "duizhao terms (candidate)")
            #expect(row[0].allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        }
        let plan = try #require(body.first { $0[1] == "星火燎原计划" })
        #expect(plan[0] == "xing-huo-liao-yuan-ji-hua")
        #expect(plan[6] == "program")
        #expect(plan[9].contains("frequency 2"))
    }

    @Test func jsonAndKnownTerms() throws {
        let folder = try sample()
        let known = folder.appendingPathComponent("known.tsv")
        try Data("id\tzh\ten\tvariants\nfangguanfu\t放管服\tstreamlining administration\t\n".utf8).write(to: known)
        let result = try CLI.run([
            "terms", "--no-default-glossary", folder.appendingPathComponent("notice.txt").path, "--json", "--known",
            known.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let candidates = (json?["candidates"] as? [[String: Any]]) ?? []
        let known_ = (json?["known"] as? [[String: Any]]) ?? []
        #expect(!candidates.contains { $0["text"] as? String == "放管服" })
        #expect(known_.contains { $0["text"] as? String == "放管服" })
        let first = try #require(candidates.first)
        #expect(first["pinyin"] is String && first["reasons"] is [String] && first["score"] is Double)
    }

    @Test func tableIsTheDefault() throws {
        let result = try CLI.run(["terms", "--no-default-glossary", try sample().path, "--limit", "3"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("#") == true)
        #expect(lines.count == 4)
    }
}

@Suite struct TermsDocumentDefinedTests {
    @Test func documentDefinedTermsAreExportedForTheGlossary() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("plan.txt")
        try Data("加快建设深港科技创新合作区（以下简称“合作区”）。\n合作区人才政策落地。\n".utf8).write(to: file)
        let result = try CLI.run(["terms", file.path, "--tsv", "--no-default-glossary"])
        #expect(result.status == 0)
        let row = try #require(
            result.stdout.split(separator: "\n").first { $0.split(separator: "\t").dropFirst().first == "合作区" })
        #expect(row.contains("深港科技创新合作区"))
        #expect(row.contains("defined by the document"))
    }
}
