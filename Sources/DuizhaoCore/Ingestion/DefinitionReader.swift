import DuizhaoText

/// Reads the entries of a 名词解释 appendix: `1.三区三线：指城镇空间、农业空间、生态空间……。` →
/// term `三区三线`, definition `指城镇空间、农业空间、生态空间……。`. Entries may be numbered `1.`,
/// `1、`, `（1）` or not at all; the term runs to the first colon.
struct DefinitionReader: Sendable {
    /// The longest term accepted, in characters.
    static let maxTermLength = 30

    /// Creates a reader.
    init() {}

    /// True when an appendix heading announces definitions.
    static func isDefinitionsHeading(_ heading: String) -> Bool {
        heading.contains("名词解释") || heading.contains("名词术语") || heading.contains("术语解释") || heading.contains("词语解释")
    }

    /// The entry on `paragraph`: the term and the definition, with the term's scalar range in
    /// the paragraph; nil when the paragraph is no entry.
    func entry(
        in paragraph: String, marker: OutlineMarker?
    ) -> (term: String, definition: String, termStart: Int, termEnd: Int)? {
        let scalars = Array(paragraph.unicodeScalars)
        var start = marker?.headingStart ?? 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "\u{3000}" { start += 1 }
        guard let colon = scalars[start...].firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        var termStart = start, termEnd = colon
        // Quotation marks and brackets around the term are not part of it.
        while termStart < termEnd, "“”\"‘’「」【】《》 \u{3000}".unicodeScalars.contains(scalars[termStart]) {
            termStart += 1
        }
        while termEnd > termStart, "“”\"‘’「」【】《》 \u{3000}".unicodeScalars.contains(scalars[termEnd - 1]) {
            termEnd -= 1
        }
        let term = String(scalars: scalars[termStart..<termEnd])
        let definition = String(scalars: scalars[(colon + 1)...]).trimmingSpaces()
        guard !term.isEmpty, term.count <= Self.maxTermLength, !definition.isEmpty,
            !term.unicodeScalars.contains(where: { "。，；！？,;".unicodeScalars.contains($0) })
        else { return nil }
        return (term, definition, termStart, termEnd)
    }
}
