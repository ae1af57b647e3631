import Foundation

/// Builds and reads the chat-completions messages the loopback server exchanges with
/// duizhao in tests.
public enum ChatServiceScript {
    /// A 200 answer whose first choice says `content`.
    public static func completion(
        _ content: String, status: Int = 200, headers: [String: String] = [:], delay: Double = 0
    ) -> ScriptedResponse {
        let object: [String: Any] = [
            "id": "chatcmpl-test", "object": "chat.completion", "model": "test-model",
            "choices": [["index": 0, "finish_reason": "stop", "message": ["role": "assistant", "content": content]]],
        ]
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return .respond(status: status, headers: headers, body: body, delay: delay)
    }

    /// A batch answer: `{"translations": [{"id": …, "en": …}]}` as the completion's content.
    public static func batchCompletion(_ translations: [(id: Int, en: String)], delay: Double = 0) -> ScriptedResponse {
        let items = translations.map { ["id": $0.id, "en": $0.en] as [String: Any] }
        let data =
            (try? JSONSerialization.data(withJSONObject: ["translations": items], options: [.sortedKeys])) ?? Data()
        return completion(String(decoding: data, as: UTF8.self), delay: delay)
    }

    /// An OpenAI-style error answer.
    public static func error(status: Int, message: String, headers: [String: String] = [:]) -> ScriptedResponse {
        let body =
            (try? JSONSerialization.data(
                withJSONObject: ["error": ["message": message, "type": "test"]], options: [.sortedKeys])) ?? Data()
        return .respond(status: status, headers: headers, body: body)
    }

    /// The parsed request body.
    public static func body(_ request: RecordedRequest) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]
    }

    /// True when the request asks for a JSON object (a batch).
    public static func isBatch(_ request: RecordedRequest) -> Bool {
        ((body(request)?["response_format"] as? [String: Any])?["type"] as? String) == "json_object"
    }

    /// The last (user) message's text.
    public static func userMessage(_ request: RecordedRequest) -> String {
        ((body(request)?["messages"] as? [[String: Any]])?.last?["content"] as? String) ?? ""
    }

    /// The sentences of a batch request: id, source, required renderings (zh → en) and the
    /// English of its numbers.
    public static func batchSentences(
        _ request: RecordedRequest
    ) -> [(id: Int, source: String, terms: [String: String], numbers: [String])] {
        let text = userMessage(request)
        guard let start = text.range(of: "{\"sentences\"")?.lowerBound, let end = text.lastIndex(of: "}"),
            let object = try? JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as? [String: Any],
            let sentences = object["sentences"] as? [[String: Any]]
        else { return [] }
        return sentences.compactMap { item in
            guard let id = (item["id"] as? NSNumber)?.intValue, let source = item["source"] as? String else {
                return nil
            }
            var terms: [String: String] = [:]
            for case let term as [String: String] in (item["terms"] as? [Any]) ?? [] {
                if let zh = term["zh"], let en = term["en"] { terms[zh] = en }
            }
            return (id, source, terms, (item["numbers"] as? [String]) ?? [])
        }
    }

    /// The sentence of a single-sentence request (after `Sentence: `).
    public static func singleSentence(_ request: RecordedRequest) -> String? {
        let text = userMessage(request)
        guard let range = text.range(of: "Sentence: ", options: .backwards) else { return nil }
        return String(text[range.upperBound...])
    }
}
