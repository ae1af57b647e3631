import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoMemory

@Suite struct MemoryTranslatorTests {
    static let restated = "深入实施人才强市战略，加快建设粤港澳大湾区国际人才高地。"

    func translators(
        _ memory: TranslationMemory, threshold: Double = 0.75
    ) throws -> (exact: MemoryTranslator, fuzzy: MemoryTranslator) {
        let search = try MemorySearch(memory: memory, threshold: threshold)
        return (MemoryTranslator(search: search, mode: .exact), MemoryTranslator(search: search, mode: .fuzzy))
    }

    @Test(arguments: [
        "深入实施人才强市战略，加快建设粤港澳大湾区国际人才高地。",
        "深入實施人才強市戰略，加快建設粵港澳大灣區國際人才高地。",  // Traditional
        "深入实施“人才强市”战略，加快建设粤港澳大湾区国际人才高地。",  // quotation marks
        "深入实施人才强市战略，加快建设粤港澳大湾区国际人才高地。 ",  // a space
    ])
    func exactMatchesAfterFolding(text: String) throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let line = try #require(try translators(memory).exact.english(for: MemoryFixtures.sentence(text)))
        #expect(line.origin == .memoryExact)
        #expect(line.score == 1)
        #expect(line.text.hasPrefix("We will fully implement the strategy"))
        #expect(line.memoryMatch?.source == Self.restated)
        #expect(line.memoryMatch?.differences == [])
        #expect(line.provider == memory.path)
    }

    @Test func fullWidthDigitsFoldToo() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let line = try translators(memory).exact.english(for: MemoryFixtures.sentence("每年安排１０亿元人才发展专项资金。"))
        #expect(line?.origin == .memoryExact)
    }

    @Test func fuzzyMatchesHaveAScoreAndDifferences() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let (exact, fuzzy) = try translators(memory)
        // A later report restates the plan without 粤港澳 and with 全面 for 深入.
        let text = "全面实施人才强市战略，加快建设大湾区国际人才高地。"
        #expect(try exact.english(for: MemoryFixtures.sentence(text)) == nil)
        let line = try #require(try fuzzy.english(for: MemoryFixtures.sentence(text)))
        #expect(line.origin == .memoryFuzzy)
        // 28 characters in the memory; 2 substituted, 3 deleted: 1 - 5/28.
        #expect(line.score == ((1 - 5.0 / 28) * 1000).rounded() / 1000)
        #expect(
            line.memoryMatch?.differences == [
                .init(kind: .memoryOnly, text: "深入"), .init(kind: .sentenceOnly, text: "全面"),
                .init(kind: .same, text: "实施人才强市战略，加快建设"), .init(kind: .memoryOnly, text: "粤港澳"),
                .init(kind: .same, text: "大湾区国际人才高地。"),
            ])
        #expect(line.memoryMatch?.origin?.hasSuffix("policy.tmx") == true)
    }

    @Test func differencesShowTheSentencesOwnCharacters() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let line = try #require(
            try translators(memory).fuzzy.english(for: MemoryFixtures.sentence("深入實施人才強市戰略，加快建設國際人才高地。")))
        #expect(line.origin == .memoryFuzzy)
        #expect(line.memoryMatch?.differences.first == .init(kind: .same, text: "深入實施人才強市戰略，加快建設"))
        #expect(line.memoryMatch?.differences.dropFirst().first == .init(kind: .memoryOnly, text: "粤港澳大湾区"))
    }

    @Test func theThresholdIsRespected() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        // 每年安排10亿元人才发展专项资金。 (17) against 每年安排5亿元专项资金。 (12): distance 6, similarity 0.647.
        let text = "每年安排5亿元专项资金。"
        #expect(try translators(memory).fuzzy.english(for: MemoryFixtures.sentence(text)) == nil)
        let low = try translators(memory, threshold: 0.64).fuzzy.english(for: MemoryFixtures.sentence(text))
        #expect(low?.origin == .memoryFuzzy)
        #expect(low?.score == 0.647)
        #expect(try translators(memory, threshold: 0.65).fuzzy.english(for: MemoryFixtures.sentence(text)) == nil)
    }

    @Test func shortSentencesTakeTheirOwnPath() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        // Two characters: too short for a trigram query.
        #expect(
            try translators(memory).exact.english(for: MemoryFixtures.sentence("附則"))?.text
                == "Supplementary Provisions")
        #expect(try translators(memory).fuzzy.english(for: MemoryFixtures.sentence("附件")) == nil, "0.5 is below 0.75")
        let low = try translators(memory, threshold: 0.5).fuzzy.english(for: MemoryFixtures.sentence("附件"))
        #expect(low?.origin == .memoryFuzzy)
        #expect(low?.score == 0.5)
        #expect(
            low?.memoryMatch?.differences == [
                .init(kind: .same, text: "附"), .init(kind: .memoryOnly, text: "则"),
                .init(kind: .sentenceOnly, text: "件"),
            ])
        #expect(try translators(memory, threshold: 0.5).fuzzy.english(for: MemoryFixtures.sentence("。")) == nil)
    }

    @Test func prepareLooksEverySentenceUpOnce() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let (exact, fuzzy) = try translators(memory)
        let restatement = "全面实施人才强市战略，加快建设大湾区国际人才高地。"
        // A paragraph repeated, as policy texts do.
        let texts = [Self.restated, "附则", restatement, "无关的句子。", Self.restated, restatement]
        let sentences = texts.enumerated().map { MemoryFixtures.sentence($0.element, index: $0.offset) }
        try TranslatorChain([exact, fuzzy]).prepare(sentences)
        #expect(fuzzy.search.queries == 1, "one query for every exact match")
        #expect(
            try sentences.map { try exact.english(for: $0)?.origin } == [
                .memoryExact, .memoryExact, nil, nil, .memoryExact, nil,
            ])
        #expect(fuzzy.search.queries == 1)
        #expect(
            try sentences.map { try fuzzy.english(for: $0)?.origin } == [
                .memoryExact, .memoryExact, .memoryFuzzy, nil, .memoryExact, .memoryFuzzy,
            ])
        #expect(fuzzy.search.queries == 3, "one fuzzy query per distinct sentence without an exact match")
    }
}
