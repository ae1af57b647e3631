import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct TermCandidateFinderTests {
    func candidates(_ text: String, isKnown: (String) -> Bool = { _ in false }) throws -> TermCandidateList {
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "sample.txt", kind: .text)
        var finder = TermCandidateFinder()
        finder.add(document)
        return finder.result(isKnown: isKnown)
    }

    func texts(_ text: String) throws -> [String] { try candidates(text).candidates.map(\.text) }

    @Test func quotedPhrasesButNotQuotedListsOrNumbers() throws {
        let found = try texts("深入实施“孔雀计划”，坚持“高校、设施、产业”协同，实施“2020+”前沿计划，弘扬“在国外创新孵化，在深圳加速转化”的理念。")
        #expect(found.contains("孔雀计划"))
        #expect(!found.contains { $0.contains("高校") })
        #expect(!found.contains("2020+"))
        #expect(!found.contains { $0.contains("孵化") && $0.contains("转化") })
        let peacock = try #require(try candidates("深入实施“孔雀计划”。").candidates.first { $0.text == "孔雀计划" })
        #expect(peacock.reasons.contains(.quoted))
        #expect(peacock.contexts.first?.contains("孔雀计划") == true)
    }

    @Test func programNamesStopAtVerbsAndSkipGenericOnes() throws {
        let found = try texts("加快建设滨海新材料中试基地。完善激励机制。打通战略通道。加强与中国工程院合作。支持企业申领人才创新券。")
        #expect(found.contains("滨海新材料中试基地"))
        #expect(found.contains("人才创新券"))
        #expect(!found.contains { $0.hasPrefix("建设") || $0.hasPrefix("申领") || $0.contains("申领") })
        #expect(!found.contains("激励机制"))
        #expect(!found.contains { $0.contains("战略") })
        #expect(!found.contains("中国工程"))
        let base = try #require(try candidates("加快建设滨海新材料中试基地。").candidates.first { $0.text == "滨海新材料中试基地" })
        #expect(base.reasons == [.programName] && base.marker == "基地")
    }

    @Test func quotedNameBeforeAMarkerJoinsIt() throws {
        let found = try texts("实施“宽带湾区”行动计划，加快建设。")
        #expect(found.contains("宽带湾区行动计划"))
        #expect(found.contains("宽带湾区"))
    }

    @Test func numberedAbbreviations() throws {
        let found = try texts("坚持质量、标准、品牌、信誉四位一体推进，落实双创政策，三年内建成，两地联动，推动一带一路建设。")
        #expect(found.contains("四位一体"))
        #expect(found.contains("双创"))
        #expect(found.contains("一带一路"))
        #expect(!found.contains("三年") && !found.contains("两地"))
    }

    @Test func listAbbreviationsCarryTheirFullForm() throws {
        let list = try candidates("坚持简政放权、放管结合、优化服务（简称“放管服”），持续优化营商环境。")
        let fangguanfu = try #require(list.candidates.first { $0.text == "放管服" })
        #expect(fangguanfu.reasons.contains(.listAbbreviation))
        #expect(fangguanfu.fullForm == "简政放权、放管结合、优化服务")
        let shared = try candidates("支持发展众创、众包、众扶、众筹等新平台。\n推动四众融合发展。")
        let sizhong = try #require(shared.candidates.first { $0.text == "四众" })
        #expect(sizhong.fullForm == "众创、众包、众扶、众筹")
    }

    @Test func recurringCombinationsNeedRepeatsAndAssociation() throws {
        let sentence = "健全负面清单管理制度，"
        let repeated = try candidates(String(repeating: sentence, count: 4) + "其他内容各不相同，推动经济发展。")
        let negative = try #require(repeated.candidates.first { $0.text.contains("负面清单") })
        #expect(negative.frequency >= 4)
        let once = try texts("加快发展新兴产业。")
        #expect(!once.contains("新兴产业"))
    }

    @Test func knownPhrasesAreSetApart() throws {
        let list = try candidates("深入实施“孔雀计划”，深化“放管服”改革。") { $0 == "放管服" }
        #expect(list.known.map(\.text) == ["放管服"])
        #expect(!list.candidates.contains { $0.text == "放管服" })
        #expect(list.candidates.contains { $0.text == "孔雀计划" })
    }

    @Test func evidenceAddsUpAcrossDocuments() throws {
        var finder = TermCandidateFinder()
        for text in ["深入实施“孔雀计划”。", "继续实施“孔雀计划”，扩大“孔雀计划”覆盖面。", "推动改革。"] {
            finder.add(try DocumentReader().read(bytes: Array(text.utf8), path: "x.txt", kind: .text))
        }
        let peacock = try #require(finder.result().candidates.first { $0.text == "孔雀计划" })
        #expect(peacock.frequency == 3 && peacock.documents == 2)
        #expect(finder.documents == 3)
    }

    @Test func mergingPerDocumentListsMatchesOneFinderForQuotedTerms() throws {
        let texts = ["深入实施“孔雀计划”。", "继续实施“孔雀计划”，深化“放管服”改革。"]
        var lists: [TermCandidateList] = []
        for text in texts {
            var finder = TermCandidateFinder()
            finder.add(try DocumentReader().read(bytes: Array(text.utf8), path: "x.txt", kind: .text))
            lists.append(finder.result())
        }
        let merged = TermCandidateList.merge(lists)
        let peacock = try #require(merged.candidates.first { $0.text == "孔雀计划" })
        #expect(peacock.frequency == 2 && peacock.documents == 2)
        #expect(merged.candidates.first?.text == "孔雀计划")
    }

    @Test func scoreIsEncodedAndRecomputedOnDecode() throws {
        let candidate = TermCandidate(
            text: "孔雀计划", frequency: 4, documents: 2, contexts: [], reasons: [.quoted, .programName],
            weights: ["program-name": 2.0])
        let data = try JSONOutput.data(candidate)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["score"] as? Double == candidate.score)
        #expect(try JSONDecoder().decode(TermCandidate.self, from: data) == candidate)
        // A quoted phrase outranks a generic combination seen many times.
        let generic = TermCandidate(
            text: "科技成果", frequency: 40, documents: 1, contexts: [], reasons: [.association], association: 260)
        let quoted = TermCandidate(text: "归零", frequency: 1, documents: 1, contexts: [], reasons: [.quoted])
        #expect(quoted.score > generic.score)
    }
}
