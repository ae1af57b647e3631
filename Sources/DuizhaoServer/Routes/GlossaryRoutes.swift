import DuizhaoKit
import Foundation
import Hummingbird

/// The glossary filtered by category, status, source and text, with the count of entries
/// under each value.
struct GlossaryFilter: Sendable {
    var category: String?
    var status: String?
    var source: String?
    var text: String?

    /// The filter a request's query asks for (empty values mean no filter).
    init(_ request: Request) {
        func value(_ name: String) -> String? { request.query(name).flatMap { $0.isEmpty ? nil : $0 } }
        category = value("category")
        status = value("status")
        source = value("source")
        text = value("q")
    }

    /// Whether `entry` passes.
    func accepts(_ entry: GlossaryEntry) -> Bool {
        if let category, entry.category != category { return false }
        if let status, entry.status.rawValue != status { return false }
        if let source, entry.source != source { return false }
        if let text {
            let needle = text.lowercased()
            return entry.zh.contains(text) || entry.en.lowercased().contains(needle)
                || entry.variants.contains { $0.contains(text) }
        }
        return true
    }

    /// The filter as a query string (`?category=…`), empty without filters.
    var queryString: String {
        let pairs = [("category", category), ("status", status), ("source", source), ("q", text)].compactMap {
            name, value in
            value.map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
        }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }
}

/// The answer of `GET /api/glossary`: the entries that pass the filter and the counts of
/// every category, status and source over the whole glossary.
struct GlossaryListing: Codable, Sendable {
    /// Entries in the glossary.
    var total: Int
    /// Count by field (`category`, `status`, `source`), then by value.
    var counts: [String: [String: Int]]
    /// The entries that pass the filter, in glossary order.
    var entries: [GlossaryEntry]
}

/// Glossary: the browsable table, `GET /api/glossary`, and exports (TBX, TSV, CSV).
enum GlossaryRoutes {
    static func add(to router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/api/glossary") { request, _ in
            try Reply.json(listing(state.entries, filter: GlossaryFilter(request)))
        }

        router.get("/glossary") { request, _ in
            let filter = GlossaryFilter(request)
            let listing = listing(state.entries, filter: filter)
            func facet(_ field: String, selected: String?) -> [[String: Any]] {
                (listing.counts[field] ?? [:]).sorted { $0.key < $1.key }.map {
                    ["value": $0.key, "count": $0.value, "selected": $0.key == selected]
                }
            }
            let values: [String: Any] = [
                "categories": facet("category", selected: filter.category),
                "statuses": facet("status", selected: filter.status),
                "sources": facet("source", selected: filter.source), "query": filter.text ?? "",
                "filterQuery": filter.queryString,
                "shown": listing.entries.count, "total": listing.total,
                "entries": listing.entries.map {
                    [
                        "id": $0.id, "zh": $0.zh, "en": $0.en, "category": $0.category, "status": $0.status.rawValue,
                        "source": $0.source,
                    ]
                },
            ]
            return Reply.html(state.pages.render("glossary", title: "Glossary", section: .glossary, values: values))
        }

        router.get("/glossary/export.{format}") { request, context in
            let name = context.parameters.get("format") ?? ""
            guard ["tbx", "tsv", "csv"].contains(name), let format = GlossaryExportFormat(rawValue: name) else {
                throw HTTPError(.notFound, message: "No export format '\(name)': choose tbx, tsv or csv.")
            }
            let filter = GlossaryFilter(request)
            let entries = state.entries.filter(filter.accepts)
            let export = GlossaryExporter().export(entries, format: format)
            return Reply.download(
                Array(export.text.utf8), fileName: "duizhao-glossary.\(format.fileExtension)",
                contentType: Reply.contentType(forFileName: "x.\(format.fileExtension)"))
        }
    }

    /// The listing of `entries` under `filter`.
    static func listing(_ entries: [GlossaryEntry], filter: GlossaryFilter) -> GlossaryListing {
        var counts: [String: [String: Int]] = ["category": [:], "status": [:], "source": [:]]
        for entry in entries {
            counts["category", default: [:]][entry.category, default: 0] += 1
            counts["status", default: [:]][entry.status.rawValue, default: 0] += 1
            counts["source", default: [:]][entry.source, default: 0] += 1
        }
        return GlossaryListing(total: entries.count, counts: counts, entries: entries.filter(filter.accepts))
    }
}
