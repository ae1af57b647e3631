import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Each kind of wrong match the matcher refuses, with fixtures of the team's own.
@Suite struct WrongMatchTests {
    func matcher(_ entries: [GlossaryEntry], words: [String]? = nil) throws -> TermMatcher {
        let lexicon = words.map { LexiconSegmenter(lexicon: WordListLexicon($0), options: .glossing) }
        return try TermMatcher(glossary: Glossary(entries: entries), lexicon: lexicon)
    }

    func entry(_ id: String, _ zh: String) -> GlossaryEntry { GlossaryEntry(id: id, zh: zh, en: id) }

    @Test func aTermEndingInsideALongerDictionaryWordIsNotMatched() throws {
        let ministry = try matcher([entry("mss", "国家安全部")], words: ["国家", "安全", "部门", "职责"])
        #expect(try ministry.matches(in: "各地国家安全部门加强协作。").isEmpty)
        #expect(try ministry.matches(in: "国家安全部的职责。").map(\.entryID) == ["mss"])
    }

    @Test func aTermStartingInsideALongerDictionaryWordIsNotMatched() throws {
        let drivers = try matcher([entry("new-drivers", "新动能")], words: ["创新", "动能", "培育", "增强"])
        #expect(try drivers.matches(in: "创新动能显著增强。").isEmpty)
        #expect(try drivers.matches(in: "加快培育新动能。").map(\.entryID) == ["new-drivers"])
    }

    @Test func aTermMayEndInsideACompoundOfTwoWords() throws {
        // 经济发展 is 经济 + 发展: 海洋经济 still ends on a word boundary.
        let ocean = try matcher([entry("ocean-economy", "海洋经济")], words: ["海洋", "经济", "发展", "经济发展", "示范区"])
        #expect(try ocean.matches(in: "创建海洋经济发展示范区。").map(\.entryID) == ["ocean-economy"])
    }

    @Test func wordsMadeOnceJudgeTermsAsTheMatchersOwn() throws {
        // A caller that re-segments the sentences itself (annotate, segment) hands the words
        // to the matcher: the terms must be those the matcher finds making them itself.
        let words = ["国家", "安全", "部门", "职责", "创新", "动能", "海洋", "经济", "发展", "经济发展", "示范区"]
        let matcher = try matcher(
            [entry("mss", "国家安全部"), entry("new-drivers", "新动能"), entry("ocean-economy", "海洋经济")], words: words)
        let text = "各地国家安全部门加强协作。国家安全部的职责。创新动能显著增强。加快培育新动能。创建海洋经济发展示范区。"
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "words.txt", kind: .text)
        let lexicon = try #require(matcher.lexicon)
        var resegmented = document.sentences
        for index in resegmented.indices { resegmented[index].tokens = lexicon.resegment(resegmented[index].tokens) }
        let own = matcher.matches(in: document)
        #expect(own.map(\.entryID) == ["mss", "new-drivers", "ocean-economy"])
        #expect(matcher.matches(in: document, words: resegmented) == own)
        for (sentence, words) in zip(document.sentences, resegmented) {
            #expect(matcher.matches(in: sentence, words: words.tokens) == matcher.matches(in: sentence))
        }
    }

    @Test func aNumericAbbreviationInsideALongerOneIsNotMatched() throws {
        let zhejiang = try matcher([entry("zhejiang-thousand-villages", "千万工程")])
        #expect(try zhejiang.matches(in: "实施“百千万工程”。").isEmpty)
        #expect(try zhejiang.matches(in: "深化“千万工程”经验。").map(\.entryID) == ["zhejiang-thousand-villages"])
    }

    @Test func theLongerEntryCoveringTheSpanWins() throws {
        let both = try matcher([
            entry("zhejiang-thousand-villages", "千万工程"), entry("guangdong-hundred-thousand", "百千万工程"),
        ])
        #expect(try both.matches(in: "实施“百千万工程”。").map(\.entryID) == ["guangdong-hundred-thousand"])
    }
}
