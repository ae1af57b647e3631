import DuizhaoText

/// The word tokens of a document read without them (``DocumentReader/findsWords`` off),
/// found a run of sentences at a time, so that a caller which writes each run as it comes
/// (`segment`) never holds a long document's tokens all at once. The tokens are the ones
/// ``DocumentReader`` gives: a run starts at a paragraph start, where a line feed is a word
/// boundary, and takes one word-break pass, like a chunk of the whole text.
package struct DocumentWords: Sendable {
    private let utf16: UTF16Text
    /// Each sentence's code units.
    private let ranges: [Range<Int>]

    /// Prepares `document`'s text for ICU.
    package init(_ document: Document) {
        utf16 = UTF16Text(document.text)
        ranges = Self.codeUnitRanges(of: document.sentences.map(\.span), in: utf16.units)
    }

    /// The sentences, as runs of indexes of about `unitsPerRun` UTF-16 code units each, each
    /// starting at a paragraph start (a document without line breaks is one run).
    package func runs(unitsPerRun: Int) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        return Segmenter.chunks(ranges, units: utf16.units, parts: max(1, utf16.units.count / max(1, unitsPerRun)))
    }

    /// `sentences`, the document's sentences `run`, with their tokens found by `segmenter`.
    package func words(of sentences: [Sentence], run: Range<Int>, segmenter: WordSegmenter) throws -> [Sentence] {
        var result = sentences
        try Segmenter.assignTokens(segmenter, utf16, ranges, run, &result, base: run.lowerBound)
        return result
    }

    /// The code unit ranges of scalar spans that come in text order, by one walk of the text.
    static func codeUnitRanges(of spans: [TextSpan], in units: [UInt16]) -> [Range<Int>] {
        var unit = 0
        var scalar = 0
        func unitOffset(_ target: Int) -> Int {
            while scalar < target, unit < units.count {
                unit += UTF16.isLeadSurrogate(units[unit]) && unit + 1 < units.count ? 2 : 1
                scalar += 1
            }
            return unit
        }
        return spans.map { span in
            let start = unitOffset(span.start)
            return start..<unitOffset(span.end)
        }
    }
}
