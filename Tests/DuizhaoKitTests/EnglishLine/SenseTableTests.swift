import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct SenseTableTests {
    @Test func readsSensesWithPartOfSpeech() throws {
        let table = try SenseTable(text: EnglishLineFixtures.sensesText, path: "senses.tsv")
        #expect(table.source == "duizhao team's own sense choices (proposed)")
        #expect(table.sense(of: "重点")?.english == "key")
        #expect(table.sense(of: "省")?.english == "province")
        #expect(table.sense(of: "项")?.english == "item")
        // After a number 项 is a classifier: left out.
        let classifier = try #require(table.sense(of: "项", afterNumber: true))
        #expect(classifier.english == nil && classifier.partOfSpeech == "cl")
        #expect(table.sense(of: "重点", afterNumber: true)?.english == "key")
        #expect(table.sense(of: "猫") == nil)
    }

    @Test func reportsEveryProblemWithFileLineAndColumn() {
        let text = """
            # source: test
            重点\t-\tkey point [zhong4 dian3]
            省\tnoun\tprovince
            abc\t-\tletters
            年\t-\tyear|years
            项\t-\titem
            项\t-\tthing
            完成\t-\tto complete a task and report on it in time
            任务\t-\t任务
            只有两列\t-
            """
        #expect {
            try SenseTable(text: text, path: "senses.tsv")
        } throws: { error in
            guard let error = error as? EnglishLexiconError else { return false }
            let lines = error.problems.map(\.description)
            return lines == [
                "senses.tsv:2:6: error: the sense has '[' in it: one short sense, no brackets, alternatives or notes",
                "senses.tsv:3:3: error: unknown part of speech 'noun' (use one of adj, adv, cl, conj, n, num, part, phrase, prep, pron, v, or - for none)",
                "senses.tsv:4:1: error: the word must be Chinese characters only, found 'abc'",
                "senses.tsv:5:5: error: the sense has '|' in it: one short sense, no brackets, alternatives or notes",
                "senses.tsv:7:1: error: '项' (no part of speech) is already on line 6",
                "senses.tsv:8:6: error: the sense is longer than 5 words or 40 characters",
                "senses.tsv:9:6: error: the sense has Chinese characters in it",
                "senses.tsv:10:7: error: expected 3 tab-separated fields (word, part of speech, sense), found 2",
            ]
        }
    }

    @Test func aTableNeedsItsSourceLine() {
        #expect(throws: EnglishLexiconError.self) { try SenseTable(text: "重点\t-\tkey\n") }
        #expect(throws: EnglishLexiconError.self) { try FormulaTable(text: "总体要求\tGeneral Requirements\theading\tx\n") }
    }

    @Test func formulaRowsNeedAKindAndASource() {
        let text = "# source: test\n总体要求\tGeneral Requirements\ttitle\tx\n指导思想\tGuiding Thought\theading\t \n"
        #expect {
            try FormulaTable(text: text, path: "formulas.tsv")
        } throws: { error in
            (error as? EnglishLexiconError)?.problems.map(\.description) == [
                "formulas.tsv:2:27: error: unknown kind 'title' (use one of heading, addressee, closing, doctype, issuer, phrase)",
                "formulas.tsv:3:30: error: no source: name the official translation the English comes from",
            ]
        }
    }

    /// The shipped tables load, are the size the README says, and name their sources.
    @Test func theShippedTablesLoad() throws {
        let lexicon = try EnglishLexicon.load(folder: RepositoryFiles.root.appendingPathComponent("lexicon").path)
        #expect(lexicon.senses.count >= 2_000)
        #expect(lexicon.senses.source.contains("duizhao team"))
        #expect(lexicon.senses.sense(of: "重点")?.english == "key")
        #expect(lexicon.senses.sense(of: "省")?.english == "province")
        #expect(lexicon.formulas.formulas["总体要求"]?.english == "General Requirements")
        #expect(lexicon.formulas.formulas.values.allSatisfy { !$0.source.isEmpty })
    }
}
