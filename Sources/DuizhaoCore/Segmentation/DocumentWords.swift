import DuizhaoText

/// A document read without its word tokens (``DocumentReader/readWithoutWords(path:kind:outline:)``),
/// whose tokens are found a run of sentences at a time, so that a caller which writes each run
/// as it comes (`segment`) never holds a long document's tokens all at once. The tokens are
/// the ones ``DocumentReader/read(path:kind:)`` gives: a run starts at a paragraph start,
/// where a line feed is a word boundary, and takes one word-break pass, like a chunk of the
/// whole text.
package struct DocumentWords: Sendable {
    /// The document, its sentences without tokens.
    package let document: Document
    /// The text as ICU iterates it (the reader's, which split the sentences).
    private let utf16: UTF16Text
    /// Each sentence's code units.
    private let ranges: [Range<Int>]

    /// `document` with its text as UTF-16 and each sentence's code units, as the reader split it.
    init(document: Document, utf16: UTF16Text, ranges: [Range<Int>]) {
        self.document = document
        self.utf16 = utf16
        self.ranges = ranges
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
}
