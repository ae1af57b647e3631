import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct SenseRankingTests {
    @Test func ranksReferencesBelowMeanings() {
        #expect(SenseRanking.rank(of: "talent") == SenseRanking.meaning)
        #expect(SenseRanking.rank(of: "see you again") == SenseRanking.meaning)
        #expect(SenseRanking.rank(of: "see 乾|干[gan1]") == SenseRanking.reference)
        #expect(SenseRanking.rank(of: "see also 干[gan1]") == SenseRanking.reference)
        #expect(SenseRanking.rank(of: "old variant of 爐|炉[lu2]") == SenseRanking.reference)
        #expect(SenseRanking.rank(of: "used in 葡萄[pu2 tao5]") == SenseRanking.reference)
        #expect(SenseRanking.rank(of: "surname Wang") == SenseRanking.surname)
        #expect(SenseRanking.rank(of: "abbr. for 人民代表大會|人民代表大会") == SenseRanking.weakMeaning)
        #expect(SenseRanking.rank(of: "(bound form) talent") == SenseRanking.weakMeaning)
        #expect(SenseRanking.rank(of: "CL:個|个[ge4]") == SenseRanking.note)
    }

    @Test func entryPrefersItsFirstPlainSense() {
        let entry = DictionaryEntry(
            traditional: "再見", simplified: "再见", pinyinNumbered: "zai4 jian4",
            senses: ["see also 回見|回见[hui2 jian4]", "goodbye", "see you again later"], line: 1)
        #expect(entry.preferredSense == "goodbye")
        #expect(!entry.isProperNoun)
        #expect(
            DictionaryEntry(
                traditional: "王", simplified: "王", pinyinNumbered: "Wang2", senses: ["surname Wang"], line: 1
            ).isProperNoun)
    }
}
