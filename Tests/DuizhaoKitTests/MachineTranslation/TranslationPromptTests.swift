import Foundation
import Testing

@testable import DuizhaoKit
@testable import DuizhaoTranslation

@Suite struct TranslationPromptTests {
    @Test func batchListsEachSentenceWithItsTermsRenderingsAndNumbers() throws {
        let sentences = [MTFixtures.sentence("深圳市实施孔雀计划。"), MTFixtures.sentence("高新区新增企业3.5万家。", index: 1)]
        let messages = TranslationPrompt.batch(sentences)
        #expect(messages.map(\.role) == ["system", "user"])
        #expect(messages[0].content.contains("required renderings"))
        let user = messages[1].content
        let json = try #require(user.range(of: "{\"sentences\"").map { String(user[$0.lowerBound...]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["sentences"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["id"] as? Int == 1)
        #expect(items[0]["source"] as? String == "深圳市实施孔雀计划。")
        #expect((items[0]["terms"] as? [[String: String]]) == [["zh": "孔雀计划", "en": "Peacock Plan"]])
        #expect(items[0]["numbers"] == nil)
        #expect(items[1]["id"] as? Int == 2)
        #expect((items[1]["terms"] as? [[String: String]]) == [["zh": "高新区", "en": "high-tech zone"]])
        #expect((items[1]["numbers"] as? [String])?.first?.contains("35,000") == true)
        #expect(user.contains("\"translations\""))
    }

    @Test func singleAsksForPlainTextWithTheRenderings() {
        let messages = TranslationPrompt.single(MTFixtures.sentence("孔雀计划资助团队。"))
        let user = messages[1].content
        #expect(user.contains("- 孔雀计划: Peacock Plan"))
        #expect(user.hasSuffix("Sentence: 孔雀计划资助团队。"))
        #expect(!user.contains("Numbers to keep"))
    }

    @Test func aTermThatRecursIsListedOnce() {
        let renderings = TranslationPrompt.renderings(of: MTFixtures.sentence("孔雀计划和孔雀计划。"))
        #expect(renderings == [TranslationPrompt.Rendering(zh: "孔雀计划", en: "Peacock Plan")])
    }
}

@Suite struct TranslationResponseParserTests {
    @Test func readsTheRequestedFormat() {
        let parsed = TranslationResponseParser.batch(
            #"{"translations": [{"id": 1, "en": "One."}, {"id": 2, "en": "Two."}]}"#, ids: [1, 2])
        #expect(parsed == [1: "One.", 2: "Two."])
    }

    @Test func toleratesFencesIntroductionsStringIdsAndOtherKeys() {
        let fenced =
            "Here are the translations:\n```json\n{\"translations\": [{\"id\": \"1\", \"translation\": \" One. \"}, {\"id\": 2, \"english\": \"Two.\"}]}\n```"
        #expect(TranslationResponseParser.batch(fenced, ids: [1, 2]) == [1: "One.", 2: "Two."])
        #expect(
            TranslationResponseParser.batch(#"[{"id": 2, "en": "Two."}, {"id": 1, "en": "One."}]"#, ids: [1, 2]) == [
                1: "One.", 2: "Two.",
            ])
        #expect(
            TranslationResponseParser.batch(#"{"1": "One.", "2": "Two."}"#, ids: [1, 2]) == [1: "One.", 2: "Two."])
        #expect(
            TranslationResponseParser.batch(#"{"result": ["One.", "Two."]}"#, ids: [1, 2]) == [1: "One.", 2: "Two."])
    }

    @Test func dropsUnknownIdsEmptyTextsAndUnusableAnswers() {
        #expect(
            TranslationResponseParser.batch(
                #"{"translations": [{"id": 1, "en": ""}, {"id": 7, "en": "Seven."}, {"id": 2, "en": "Two."}]}"#,
                ids: [1, 2]) == [2: "Two."])
        #expect(TranslationResponseParser.batch(#"{"translations": ["only one"]}"#, ids: [1, 2]) == [:])
        #expect(TranslationResponseParser.batch("1. One.\n2. Two.", ids: [1, 2]) == [:])
        #expect(TranslationResponseParser.batch(#"{"translations": [{"id": 1, "en": "One."#, ids: [1]) == [:])
    }

    @Test func readsASingleTranslation() {
        #expect(
            TranslationResponseParser.single("  \"Shenzhen implements the plan.\"\n") == "Shenzhen implements the plan."
        )
        #expect(
            TranslationResponseParser.single("Translation: Shenzhen implements the plan.")
                == "Shenzhen implements the plan.")
        #expect(
            TranslationResponseParser.single("```\nShenzhen implements the plan.\n```")
                == "Shenzhen implements the plan.")
        #expect(
            TranslationResponseParser.single(#"{"en": "Shenzhen implements the plan."}"#)
                == "Shenzhen implements the plan.")
        #expect(TranslationResponseParser.single("   ") == nil)
    }
}

@Suite struct MachineTranslationConfigurationTests {
    @Test func completesTheChatCompletionsPath() throws {
        func url(_ endpoint: String) throws -> String {
            try MachineTranslationConfiguration(endpoint: endpoint, model: "m").url.absoluteString
        }
        #expect(try url("http://127.0.0.1:8080") == "http://127.0.0.1:8080/v1/chat/completions")
        #expect(try url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/v1/chat/completions")
        #expect(try url("https://api.example.com/v1") == "https://api.example.com/v1/chat/completions")
        #expect(try url("http://localhost:11434/v1/chat/completions") == "http://localhost:11434/v1/chat/completions")
        #expect(
            try url("https://example.com/openai/deployments/x/chat/completions?api-version=1")
                == "https://example.com/openai/deployments/x/chat/completions?api-version=1")
    }

    @Test func rejectsUnusableSettingsWithAMessage() {
        #expect(throws: MachineTranslationError.self) {
            try MachineTranslationConfiguration(endpoint: "127.0.0.1:8080", model: "m")
        }
        #expect(throws: MachineTranslationError.self) {
            try MachineTranslationConfiguration(endpoint: "ftp://host", model: "m")
        }
        #expect(throws: MachineTranslationError.self) {
            try MachineTranslationConfiguration(endpoint: "http://host", model: " ")
        }
        #expect(throws: MachineTranslationError.self) {
            try MachineTranslationConfiguration(endpoint: "http://host", model: "m", batchSize: 0)
        }
        #expect(throws: MachineTranslationError.self) {
            try MachineTranslationConfiguration(endpoint: "http://user:pw@host", model: "m")
        }
        do {
            _ = try MachineTranslationConfiguration(endpoint: "http://host", model: "m", timeout: 0)
            Issue.record("a zero timeout was accepted")
        } catch {
            #expect("\(error)".contains("timeout"))
        }
    }

    @Test func providerNamesModelAndHostAndDescriptionHidesTheKey() throws {
        let configuration = try MachineTranslationConfiguration(
            endpoint: "http://127.0.0.1:8080", model: "qwen2.5-7b", apiKey: "sk-secret-123")
        #expect(configuration.provider == "qwen2.5-7b @ 127.0.0.1:8080")
        #expect(!configuration.description.contains("sk-secret-123"))
        #expect(!"\(configuration)".contains("sk-secret-123"))
        #expect(!String(reflecting: configuration).contains("sk-secret-123"))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains("sk-secret-123"))
    }

    @Test func readsRetryAfterAsSecondsOrADate() {
        #expect(ChatCompletionClient.retryAfter("3") == 3)
        #expect(ChatCompletionClient.retryAfter(nil) == nil)
        #expect(ChatCompletionClient.retryAfter("soon") == nil)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let later = ChatCompletionClient.retryAfter("Tue, 14 Nov 2023 22:13:25 GMT", now: now)
        #expect(later == 5)
    }
}
