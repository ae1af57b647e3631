import DuizhaoCore

/// Plain-text output of a glossary lookup, one block per entry: headword and pinyin, then
/// Traditional form, English, alternatives, full form, category, status, source, note and
/// where the entry is defined.
public struct LookupPrinter: Sendable {
    /// Creates a printer.
    public init() {}

    /// The found entries, separated by blank lines; a partial answer starts with a line
    /// saying that only part of the query was found.
    public func render(_ answer: LookupAnswer) -> String {
        let blocks = answer.results.map { render($0, query: answer.query) }.joined(separator: "\n")
        return answer.partial ? partialNotice(answer) + "\n" + blocks : blocks
    }

    /// The first line of a partial answer: what matched, and the suggestions for the whole query.
    func partialNotice(_ answer: LookupAnswer) -> String {
        var line = "partial: no entry for “\(answer.query.trimmingSpaces())”; found only part of it"
        if let part = answer.matchedPart { line += ": \(part)" }
        if !answer.suggestions.isEmpty {
            line += "; did you mean " + answer.suggestions.map { "\($0.zh) (\($0.en))" }.joined(separator: ", ") + "?"
        }
        return line
    }

    /// One entry's block; `query` is what was looked up.
    public func render(_ result: LookupResult, query: String) -> String {
        let entry = result.entry
        var lines: [String] = []
        lines.append([entry.zh, result.pinyin].compactMap { $0 }.joined(separator: "  "))
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + value)
        }
        field("matched", result.reason.explanation(query: query.trimmingSpaces(), matched: result.matched))
        field("traditional", result.traditional ?? "\(entry.zh) (same as Simplified)")
        field("english", entry.en)
        field(
            "also",
            entry.alternatives.map { alternative in
                alternative.status.map { "\(alternative.text) [\($0.rawValue)]" } ?? alternative.text
            }.joined(separator: "; "))
        field("variants", entry.variants.joined(separator: "; "))
        field("full form", entry.fullForm.map { form in result.fullFormEnglish.map { "\(form) (\($0))" } ?? form })
        field("category", entry.category)
        field("status", entry.status.rawValue)
        field("source", entry.source)
        field("note", entry.note)
        field("id", entry.id + (entry.origin.map { " (\($0.file):\($0.line))" } ?? ""))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The message for a lookup that found nothing: `no entry for “…”`, with suggestions.
    public func notFound(_ answer: LookupAnswer) -> String {
        var message = "no entry for “\(answer.query)”"
        if !answer.suggestions.isEmpty {
            message +=
                "; did you mean " + answer.suggestions.map { "\($0.zh) (\($0.en))" }.joined(separator: ", ") + "?"
        }
        return message
    }
}

extension LookupResult.Reason {
    /// Why an entry was found, in words; nil when the query is the headword, the preferred
    /// English or the headword's pinyin.
    func explanation(query: String, matched: String) -> String? {
        switch self {
        case .headword, .english, .pinyin: return nil
        case .foldedHeadword:
            return "\(query) is the headword \(matched) written differently (Traditional, width or quotation marks)"
        case .variant: return "variant \(matched)"
        case .alternative: return "alternative rendering \(matched)"
        case .variantPinyin: return "pinyin of a variant"
        case .fullForm: return "full form \(matched)"
        case .prefix: return "\(matched), the longest glossary term \(query) starts with"
        case .englishWords: return "the words of \(matched)"
        case .alternativeWords: return "the words of the alternative rendering \(matched)"
        case .beginsWith: return "the headword starts with \(query)"
        case .inQuery: return "\(matched), a glossary term inside \(query)"
        case .contains: return "the headword contains \(query)"
        case .pinyinPrefix: return "the pinyin \(matched) starts with \(query)"
        case .englishPrefix: return "word beginnings in \(matched)"
        case .note: return "the words of the note: \(matched)"
        }
    }
}
