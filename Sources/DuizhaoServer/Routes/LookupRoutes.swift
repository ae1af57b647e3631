import DuizhaoKit
import Hummingbird

/// Lookup: the search page (answers as you type with the script, on submit without it), the
/// term card with its permalink, and `GET /api/lookup`.
enum LookupRoutes {
    /// The answer to a lookup: the glossary's, or the dictionary layer's when the glossary
    /// has nothing (as `duizhao lookup` prints them).
    enum Answer {
        case glossary(LookupAnswer)
        case dictionary(DictionaryAnswer)
    }

    static func add(to router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/api/lookup") { request, _ in
            let query = try queryParameter(request)
            switch state.lookup(query, limit: limit(request)) {
            case .glossary(let answer): return try Reply.json(answer)
            case .dictionary(let answer): return try Reply.json(answer)
            }
        }

        router.get("/lookup") { request, _ in
            var values: [String: Any] = ["query": request.query("q") ?? ""]
            if let query = request.query("q"), !query.allSatisfy(\.isWhitespace) {
                switch state.lookup(query, limit: limit(request)) {
                case .glossary(let answer):
                    let results = answer.results.map { result -> [String: Any] in
                        [
                            "id": result.entry.id, "zh": result.entry.zh, "pinyin": result.pinyin ?? "",
                            "en": result.entry.en, "status": result.entry.status.rawValue,
                        ]
                    }
                    let suggestions = answer.suggestions.map {
                        ["id": $0.id, "zh": $0.zh, "en": $0.en, "matched": $0.matched]
                    }
                    values["results"] = results
                    values["hasResults"] = !results.isEmpty
                    values["suggestions"] = suggestions
                    values["hasSuggestions"] = !suggestions.isEmpty
                    values["noResults"] = results.isEmpty
                case .dictionary(let answer):
                    values["dictionary"] =
                        [
                            "word": answer.word,
                            "entries": answer.entries.map {
                                [
                                    "simplified": $0.simplified, "pinyinNumbered": $0.pinyin,
                                    "sensesText": $0.senses.joined(separator: "; "),
                                ]
                            },
                        ] as [String: Any]
                }
            }
            return Reply.html(state.pages.render("lookup", title: "Lookup", section: .lookup, values: values))
        }

        router.get("/terms/{id}") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let entry = state.entries.first(where: { $0.id == id }) else {
                throw HTTPError(.notFound, message: "No glossary entry '\(id)'.")
            }
            let forms = state.lookups.withResource { lookup in
                lookup.lookup(entry.zh, limit: 50).results.first { $0.entry.id == id }
            }
            let alternatives = entry.alternatives.enumerated().map { index, alternative -> [String: Any] in
                let values: [String: Any?] = [
                    "separator": index == 0 ? "" : "; ", "text": alternative.text,
                    "status": alternative.status?.rawValue,
                ]
                return values.compactMapValues { $0 }
            }
            // Absent fields are left out (Mustache renders no section for a missing key).
            let values: [String: Any?] = [
                "id": entry.id, "zh": entry.zh, "en": entry.en, "traditional": forms?.traditional,
                "pinyin": forms?.pinyin ?? "",
                "status": entry.status.rawValue, "source": entry.source, "category": entry.category,
                "alternatives": alternatives, "hasAlternatives": !alternatives.isEmpty, "fullForm": entry.fullForm,
                "variants": entry.variants.isEmpty ? nil : entry.variants.joined(separator: "、"), "note": entry.note,
                "origin": entry.origin.map { "\($0.file):\($0.line)" },
            ]
            return Reply.html(
                state.pages.render(
                    "term", title: "\(entry.zh) — \(entry.en)", section: .lookup, values: values.compactMapValues { $0 }
                ))
        }
    }

    /// The non-blank `q` parameter, or 400.
    static func queryParameter(_ request: Request) throws -> String {
        guard let query = request.query("q"), !query.allSatisfy(\.isWhitespace) else {
            throw HTTPError(.badRequest, message: "Give the term to look up as the q parameter: /api/lookup?q=放管服")
        }
        guard query.count <= 200 else {
            throw HTTPError(.badRequest, message: "The query is longer than 200 characters.")
        }
        return query
    }

    /// The `limit` parameter, 1 to 100 (default 10).
    static func limit(_ request: Request) -> Int {
        min(100, max(1, request.query("limit").flatMap { Int($0) } ?? 10))
    }
}

extension ServerState {
    /// Looks `query` up in the glossary, then in the dictionary when the glossary has nothing.
    func lookup(_ query: String, limit: Int) -> LookupRoutes.Answer {
        let answer = lookups.withResource { $0.lookup(query, limit: limit) }
        if answer.results.isEmpty, let dictionary = resources.dictionary,
            let found = DictionaryAnswer.lookup(query, in: dictionary)
        {
            return .dictionary(PublicView.answer(found))
        }
        return .glossary(PublicView.answer(answer))
    }
}
