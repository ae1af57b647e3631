import DuizhaoCore
import Foundation

/// How list-valued fields of duizhao's native glossary format are written inside one cell
/// (see `glossaries/README.md`); the columns and categories are ``GlossaryColumn``'s. Shared
/// by the native TSV and CSV codecs.
enum NativeFields {
    /// The item separator of `en_alt` and `variants`.
    static let listSeparator: Character = "|"

    /// The `en_alt` cell: items separated by `|`, each with ` [status]` when its status
    /// differs from the entry's.
    static func formatAlternatives(
        _ alternatives: [GlossaryEntry.Alternative], entryStatus: GlossaryEntry.Status
    ) -> String {
        alternatives.map { alternative in
            if let status = alternative.status, status != entryStatus {
                return "\(alternative.text) [\(status.rawValue)]"
            }
            return alternative.text
        }.joined(separator: String(listSeparator))
    }

    /// Parses an `en_alt` cell. An item ending in ` [status]` with a known status carries it.
    static func parseAlternatives(_ cell: String) -> [GlossaryEntry.Alternative] {
        parseList(cell).map(parseAlternative)
    }

    /// Parses one alternative: `One Belt, One Road [deprecated]`. Only the statuses a
    /// glossary file may hold (``GlossaryEntry/Status/inGlossaryFiles``) are read as one.
    static func parseAlternative(_ item: String) -> GlossaryEntry.Alternative {
        guard item.hasSuffix("]"), let open = item.lastIndex(of: "[") else { return GlossaryEntry.Alternative(item) }
        let name = item[item.index(after: open)..<item.index(before: item.endIndex)]
        guard let status = GlossaryEntry.Status.inGlossaryFile(String(name)) else {
            return GlossaryEntry.Alternative(item)
        }
        let text = item[..<open].trimmingCharacters(in: .whitespaces)
        return GlossaryEntry.Alternative(text, status: status)
    }

    /// Splits a `|`-separated cell into trimmed, non-empty items.
    static func parseList(_ cell: String) -> [String] {
        cell.split(separator: listSeparator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The cells of `entry` for `columns`, in that order.
    static func cells(of entry: GlossaryEntry, columns: [String]) -> [String] {
        columns.map { column in
            switch column {
            case "id": return entry.id
            case "zh": return entry.zh
            case "en": return entry.en
            case "en_alt": return formatAlternatives(entry.alternatives, entryStatus: entry.status)
            case "variants": return entry.variants.joined(separator: String(listSeparator))
            case "full_form": return entry.fullForm ?? ""
            case "category": return entry.category
            case "status": return entry.status.rawValue
            case "source": return entry.source
            case "note": return entry.note ?? ""
            case "match": return entry.match == .strict ? "strict" : ""
            default: return ""
            }
        }
    }
}
