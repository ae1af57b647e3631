import Foundation

/// A sentence of a document to align, with its paragraph and line.
public struct TextSegment: Hashable, Sendable {
    /// The sentence.
    public var text: String
    /// The paragraph it belongs to (sentences of one paragraph share the number).
    public var paragraph: Int
    /// The 1-based line in its file, when known.
    public var line: Int?

    /// The sentences of a read document, with their paragraphs' lines. A sentence that is
    /// only a list marker (`I.`, `2.`, `a.`: ICU ends a sentence after it) is joined to the
    /// next one of its paragraph.
    public static func sentences(of document: Document) -> [TextSegment] {
        var result: [TextSegment] = []
        var pendingMarker: TextSegment?
        for sentence in document.sentences {
            let text = sentence.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let line =
                sentence.paragraph < document.paragraphs.count ? document.paragraphs[sentence.paragraph].line : nil
            var segment = TextSegment(text: text, paragraph: sentence.paragraph, line: line)
            if let marker = pendingMarker {
                pendingMarker = nil
                if marker.paragraph == segment.paragraph {
                    segment.text = marker.text + " " + segment.text
                } else {
                    result.append(marker)
                }
            }
            if isListMarker(text) {
                pendingMarker = segment
            } else {
                result.append(segment)
            }
        }
        if let marker = pendingMarker { result.append(marker) }
        return result
    }

    /// True for a Roman or Arabic numeral or a single letter followed by a period.
    static func isListMarker(_ text: String) -> Bool {
        guard text.hasSuffix("."), text.count >= 2, text.count <= 6 else { return false }
        let body = text.dropLast()
        return body.allSatisfy { "IVXLCivxlc".contains($0) } || body.allSatisfy { $0.isASCII && $0.isNumber }
            || (body.count == 1 && body.first!.isLetter)
    }
}
