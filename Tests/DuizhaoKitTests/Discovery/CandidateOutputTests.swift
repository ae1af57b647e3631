import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct CandidateOutputTests {
    let candidates = [
        TermCandidate(
            text: "孔雀计划", frequency: 3, documents: 2, contexts: ["实施“孔雀计划”\t引进"], reasons: [.quoted, .programName],
            marker: "计划", pinyin: "kǒng què jì huà"),
        TermCandidate(
            text: "放管服", frequency: 1, documents: 1, contexts: [], reasons: [.listAbbreviation],
            fullForm: "简政放权、放管结合、优化服务", pinyin: "fàng guǎn fú"),
        TermCandidate(
            text: "互联网+", frequency: 1, documents: 1, contexts: [], reasons: [.quoted], pinyin: "hù lián wǎng+"),
        TermCandidate(text: "綠色", frequency: 1, documents: 1, contexts: [], reasons: [.quoted], pinyin: "lǜ sè"),
        TermCandidate(text: "绿色", frequency: 1, documents: 1, contexts: [], reasons: [.quoted], pinyin: "lǜ sè"),
    ]

    @Test func tsvRowsFollowTheGlossaryFormat() {
        let lines = CandidateTSV().render(candidates).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(lines[0].hasPrefix("#"))
        #expect(lines[1] == CandidateTSV.columns.joined(separator: "\t"))
        let rows = lines.dropFirst(2).filter { !$0.isEmpty }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == 5 && rows.allSatisfy { $0.count == 10 })
        #expect(rows.map { $0[0] } == ["kong-que-ji-hua", "fang-guan-fu", "hu-lian-wang", "lv-se", "lv-se-2"])
        #expect(rows[0][6] == "program" && rows[1][6] == "concept")
        #expect(rows[1][5] == "简政放权、放管结合、优化服务")
        #expect(rows.allSatisfy { $0[2].isEmpty && $0[7] == "proposed" && $0[8] == "duizhao terms (candidate)" })
        #expect(rows[0][9].contains("实施“孔雀计划” 引进"))
    }

    @Test func tableAlignsWideCharacters() {
        let table = CandidateTable().render(
            TermCandidateList(candidates: Array(candidates.prefix(2)), known: [candidates[2]]))
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let columns = lines.prefix(3).map { line in
            CandidateTable.displayWidth(String(line.prefix { $0 != "k" && $0 != "f" && $0 != "p" }))
        }
        #expect(CandidateTable.displayWidth("孔雀计划") == 8)
        #expect(columns.count == 3)
        #expect(lines[3].contains("Already in the glossary (1): 互联网+ (1)"))
    }

    @Test func knownTermsReadGlossaryTSVAndPlainLists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-known-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tsv = folder.appendingPathComponent("glossary.tsv")
        try Data("# comment\nid\tzh\ten\tvariants\npeacock-plan\t孔雀计划\tPeacock Plan\t孔雀計劃|“孔雀计划”\n".utf8).write(to: tsv)
        let known = try KnownTerms(contentsOf: tsv.path)
        #expect(known.contains("孔雀计划") && known.contains("孔雀計劃") && known.contains("“孔雀计划”"))
        #expect(!known.contains("Peacock Plan") && !known.contains("peacock-plan"))
        let list = folder.appendingPathComponent("list.txt")
        try Data("放管服\n\n双创\n".utf8).write(to: list)
        #expect(try KnownTerms(contentsOf: list.path).count == 2)
        let bad = folder.appendingPathComponent("bad.tsv")
        try Data("id\ten\nx\ty\n".utf8).write(to: bad)
        #expect(throws: KnownTerms.ReadError.self) { try KnownTerms(contentsOf: bad.path) }
    }
}
