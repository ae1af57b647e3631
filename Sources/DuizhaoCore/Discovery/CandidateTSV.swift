import DuizhaoText

/// Writes new-term candidates in the native glossary format (see glossaries/README.md), so
/// that a maintainer fills in the renderings: `en` empty, `status` proposed, `source`
/// `duizhao terms (candidate)`, the evidence in `note`.
public struct CandidateTSV {
    /// The glossary columns, in order.
    public static let columns = [
        "id", "zh", "en", "en_alt", "variants", "full_form", "category", "status", "source", "note",
    ]
    /// The source every row names.
    public static let source = "duizhao terms (candidate)"

    /// Creates a writer.
    public init() {}

    /// The TSV text: a comment, the header row, one row per candidate.
    public func render(_ candidates: [TermCandidate]) -> String {
        var lines = [
            "# New-term candidates proposed by `duizhao terms`: fill in en (and en_alt), check category, then set status and source.",
            Self.columns.joined(separator: "\t"),
        ]
        var used = Set<String>()
        for candidate in candidates {
            var id = Self.identifier(candidate)
            if used.contains(id) {
                var number = 2
                while used.contains("\(id)-\(number)") { number += 1 }
                id = "\(id)-\(number)"
            }
            used.insert(id)
            let evidence =
                "frequency \(candidate.frequency) in \(candidate.documents) document\(candidate.documents == 1 ? "" : "s"); \(candidate.reasonSummary)"
            let context = candidate.contexts.first.map { "; e.g. \($0)" } ?? ""
            let fields = [
                id, candidate.text, "", "", "", candidate.fullForm ?? "", Self.category(candidate), "proposed",
                Self.source,
                "candidate: \(evidence)\(context)",
            ]
            lines.append(fields.map(Self.clean).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An id from the candidate's pinyin (`kong-que-ji-hua`), `term-<hex>` when it has none.
    static func identifier(_ candidate: TermCandidate) -> String {
        var result = ""
        let source =
            candidate.pinyin.map { PinyinTranscriber.stripTones($0).lowercased() } ?? candidate.text.lowercased()
        for scalar in source.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "ü" {
                result += "v"
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.isEmpty { result = "term-" + String(SHA256.hex(candidate.text).prefix(8)) }
        return result
    }

    /// A category guessed from the marker; `general` otherwise. The maintainer checks it.
    static func category(_ candidate: TermCandidate) -> String {
        switch candidate.marker {
        case "计划", "工程", "行动", "行动计划", "券": return "program"
        case "战略": return "plan"
        case "示范区", "试验区", "先行区", "示范市", "走廊": return "zone"
        case "基地", "中心", "平台", "库", "共同体", "直通车": return "institution"
        case "联盟": return "organization"
        case "条例": return "law"
        default:
            if candidate.reasons.contains(.listAbbreviation) || candidate.reasons.contains(.numeralAbbreviation) {
                return "concept"
            }
            return "general"
        }
    }

    /// Tabs and line breaks cannot appear inside a field.
    static func clean(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
