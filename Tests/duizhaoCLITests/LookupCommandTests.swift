import Foundation
import Testing

@Suite struct LookupCommandTests {
    let folder: URL

    init() throws { folder = try GlossaryCLIFixtures.folder(["10-test.tsv": GlossaryCLIFixtures.good]) }

    func lookup(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(["lookup"] + arguments + ["--no-default-glossary", "--glossary", folder.path])
    }

    @Test func printsTheEntryWithTraditionalFormPinyinAndSource() throws {
        let result = try lookup(["放管服"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("放管服  fàng guǎn fú"))
        #expect(result.stdout.contains("streamline administration, delegate power and improve services"))
        #expect(result.stdout.contains("简政放权、放管结合、优化服务 (streamline administration, delegate power, combine"))
        #expect(result.stdout.contains("Government Work Report 2016"))
        #expect(result.stdout.contains("official"))
        #expect(result.stdout.contains("10-test.tsv:2"))
    }

    @Test func findsTraditionalPinyinAndEnglishQueries() throws {
        let traditional = try lookup(["孔雀計劃"])
        #expect(traditional.status == 0)
        #expect(traditional.stdout.hasPrefix("孔雀计划"))
        #expect(traditional.stdout.contains("Peacock Scheme [deprecated]"))
        #expect(try lookup(["fang4", "guan3", "fu2"]).stdout.hasPrefix("放管服"))
        #expect(try lookup(["fàng guǎn fú"]).stdout.hasPrefix("放管服"))
        #expect(try lookup(["Peacock", "Plan"]).stdout.hasPrefix("孔雀计划"))
        #expect(try lookup(["gba"]).stdout.hasPrefix("粤港澳大湾区"))
    }

    @Test func jsonCarriesTheResults() throws {
        let result = try lookup(["孔雀计划", "--json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let results = json?["results"] as? [[String: Any]]
        #expect(results?.count == 1)
        #expect(results?.first?["traditional"] as? String == "孔雀計劃")
        #expect(results?.first?["pinyin"] as? String == "kǒng què jì huà")
        #expect((results?.first?["entry"] as? [String: Any])?["id"] as? String == "peacock-plan")
    }

    @Test func notFoundExitsOneWithSuggestions() throws {
        let result = try lookup(["fangguanfo"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no entry for “fangguanfo”"))
        #expect(result.stderr.contains("放管服"))
        let json = try lookup(["qqqqzzzz", "--json"])
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"results\" : ["))
    }

    @Test func aLongestPrefixAnswerIsPartialAndExitsOne() throws {
        let result = try lookup(["孔雀计划人才"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("partial: no entry for “孔雀计划人才”; found only part of it: 孔雀计划"))
        #expect(result.stdout.contains("Peacock Plan"))
        let json = try lookup(["孔雀计划人才", "--json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["partial"] as? Bool == true)
        #expect(object?["matchedPart"] as? String == "孔雀计划")
    }

    @Test func wholeQueryAnswersExitZeroAndAreNotPartial() throws {
        for query in [["孔雀计划"], ["孔雀計劃"], ["Peacock", "Plan"], ["fangguanfu"], ["孔雀"]] {
            let result = try lookup(query + ["--json"])
            #expect(result.status == 0, "\(query)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(object?["partial"] as? Bool == false, "\(query)")
        }
    }

    @Test func englishQueriesSearchNotes() throws {
        // “overseas” is in no rendering, only in the note of 孔雀计划.
        let result = try lookup(["overseas"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("孔雀计划"))
        #expect(result.stdout.contains("the words of the note"))
    }

    @Test func noGlossaryIsAnError() throws {
        let result = try CLI.run(["lookup", "放管服", "--no-default-glossary"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no glossary found"))
    }
}
