import Foundation

/// Reads the service's answers: the JSON list of a batch and the plain text of a single
/// sentence, tolerating what chat models add around them (code fences, a sentence of
/// introduction, ids written as strings, other key names).
enum TranslationResponseParser {
    /// The translations in a batch answer by id; ids not in `ids`, empty texts and
    /// duplicates are dropped. An answer that cannot be read gives an empty dictionary.
    static func batch(_ content: String, ids: [Int]) -> [Int: String] {
        let wanted = Set(ids)
        guard let json = jsonValue(in: content) else { return [:] }
        var result: [Int: String] = [:]
        func add(_ id: Int?, _ text: String?) {
            guard let id, wanted.contains(id), result[id] == nil, let text = text.map(clean), !text.isEmpty else {
                return
            }
            result[id] = text
        }
        var list: [Any]?
        if let array = json as? [Any] {
            list = array
        } else if let object = json as? [String: Any] {
            if let array = object["translations"] as? [Any] {
                list = array
            } else if let array = object.values.first(where: { $0 is [Any] }) as? [Any] {
                list = array
            } else {
                // {"1": "…", "2": "…"}
                for (key, value) in object { add(Int(key), value as? String) }
            }
        }
        guard let list else { return result }
        if list.allSatisfy({ $0 is String }) {
            // A bare list of strings counts only when it has exactly one per sentence.
            if list.count == ids.count { for (id, text) in zip(ids, list) { add(id, text as? String) } }
            return result
        }
        for case let item as [String: Any] in list {
            let text = ["en", "translation", "english", "text", "target"].lazy.compactMap { item[$0] as? String }.first
            add(integer(item["id"] ?? item["index"]), text)
        }
        return result
    }

    /// The translation in a single-sentence answer, nil when there is no text.
    static func single(_ content: String) -> String? {
        var text = stripFences(content).trimmingCharacters(in: .whitespacesAndNewlines)
        if let json = jsonValue(in: text) as? [String: Any] {
            if let value = ["en", "translation", "english", "text"].lazy.compactMap({ json[$0] as? String }).first {
                text = value
            } else if let first = batch(text, ids: [1]).first?.value {
                text = first
            }
        }
        for label in ["English translation:", "Translation:", "English:"]
        where text.lowercased().hasPrefix(label.lowercased()) {
            text = String(text.dropFirst(label.count))
        }
        text = clean(text)
        return text.isEmpty ? nil : text
    }

    /// Trimmed, on one line, without quotes around the whole text.
    static func clean(_ text: String) -> String {
        var text = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }.joined(separator: " ")
        for (open, close) in [("\"", "\""), ("“", "”")]
        where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
            let inner = text.dropFirst().dropLast()
            if !inner.contains(open) && !inner.contains(close) { text = String(inner) }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The content of the first fenced block, or the text when there is none.
    static func stripFences(_ text: String) -> String {
        guard let open = text.range(of: "```") else { return text }
        var rest = text[open.upperBound...]
        // Skip the info string (```json).
        if let newline = rest.firstIndex(where: \.isNewline) {
            rest = rest[rest.index(after: newline)...]
        } else {
            return text
        }
        guard let close = rest.range(of: "```") else { return String(rest) }
        return String(rest[..<close.lowerBound])
    }

    /// The JSON object or array in `text`: the whole text, else the span from the first
    /// opening bracket to the last closing one.
    static func jsonValue(in text: String) -> Any? {
        let body = stripFences(text)
        if let value = parse(body) { return value }
        for (open, close) in [("{", "}"), ("[", "]")] {
            if let start = body.firstIndex(of: Character(open)), let end = body.lastIndex(of: Character(close)),
                start < end,
                let value = parse(String(body[start...end]))
            {
                return value
            }
        }
        return nil
    }

    private static func parse(_ text: String) -> Any? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("{") || trimmed.hasPrefix("[") else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))
    }

    private static func integer(_ value: Any?) -> Int? {
        if let number = value as? NSNumber { return number.intValue }
        if let string = value as? String { return Int(string.trimmingCharacters(in: .whitespaces)) }
        return nil
    }
}
