import DuizhaoKit
import Foundation
import LoopbackHTTPServer
import Testing

@testable import DuizhaoTranslation

@Suite struct GenerationLimitTests {
    @Test func growsWithTheSourceAndIsCapped() {
        let short = GenerationLimit.forTranslating(["支持发展。"], json: false)
        let long = GenerationLimit.forTranslating([String(repeating: "支持高新区发展。", count: 10)], json: false)
        #expect(short.maxTokens > 5 * 1, "at least a token per character, with headroom")
        #expect(long.maxTokens > short.maxTokens)
        #expect(long.maxTokens - short.maxTokens == 75 * GenerationLimit.tokensPerCharacter)
        let huge = GenerationLimit.forTranslating(
            Array(repeating: String(repeating: "发", count: 500), count: 8), json: true)
        #expect(huge.maxTokens == GenerationLimit.cap)
    }

    @Test func aSingleSentenceStopsAtABlankLineABatchOnlyAtItsLimit() {
        #expect(GenerationLimit.forTranslating(["支持发展。"], json: false).stop == ["\n\n"])
        let batch = GenerationLimit.forTranslating(["支持发展。", "孔雀计划资助团队。"], json: true)
        #expect(batch.stop.isEmpty)
        #expect(
            batch.maxTokens > GenerationLimit.forTranslating(["支持发展。", "孔雀计划资助团队。"], json: false).maxTokens,
            "room for the JSON")
    }

    @Test func everyRequestCarriesItsLimit() throws {
        // The batch is answered without one sentence, which is then asked on its own.
        let server = try LoopbackHTTPServer { request, _ in
            if ChatServiceScript.isBatch(request) {
                let items = ChatServiceScript.batchSentences(request).dropLast().map {
                    (id: $0.id, en: MTFixtures.translations[$0.source] ?? "?")
                }
                return ChatServiceScript.batchCompletion(Array(items))
            }
            return ChatServiceScript.completion(
                MTFixtures.translations[ChatServiceScript.singleSentence(request) ?? ""] ?? "?")
        }
        defer { server.stop() }
        let sentences = Array(MTFixtures.sentences.prefix(3))
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, batchSize: 3))
        _ = try MTFixtures.translate(sentences, with: translator)
        #expect(server.requests.count == 2)
        let batch = try #require(ChatServiceScript.body(server.requests[0]))
        #expect(
            (batch["max_tokens"] as? Int) == GenerationLimit.forTranslating(sentences.map(\.text), json: true).maxTokens
        )
        #expect(batch["stop"] == nil)
        let single = try #require(ChatServiceScript.body(server.requests[1]))
        let asked = try #require(ChatServiceScript.singleSentence(server.requests[1]))
        #expect((single["max_tokens"] as? Int) == GenerationLimit.forTranslating([asked], json: false).maxTokens)
        #expect((single["stop"] as? [String]) == ["\n\n"])
    }
}
