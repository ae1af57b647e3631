/// Sentence and word segmentation of a document's cleaned text with ICU.
///
/// Holds ICU iterators: not thread-safe; give each thread its own segmenter.
public final class Segmenter {
    private let sentenceSplitter: SentenceSplitter
    private let wordSegmenter: WordSegmenter

    /// Opens ICU's sentence and word iterators for `locale`.
    public init(locale: String = "zh") throws {
        sentenceSplitter = try SentenceSplitter(locale: locale)
        wordSegmenter = try WordSegmenter(locale: locale)
    }

    /// The sentences of `text` with their tokens, each assigned to the paragraph it lies in.
    public func sentences(of text: String, paragraphs: [Paragraph]) throws -> [Sentence] {
        let utf16 = UTF16Text(text)
        let ranges = try sentenceSplitter.sentences(in: utf16)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        var paragraphIndex = 0
        for range in ranges {
            let span = utf16.span(range.lowerBound, range.upperBound)
            while paragraphIndex + 1 < paragraphs.count, paragraphs[paragraphIndex].span.end <= span.start { paragraphIndex += 1 }
            sentences.append(Sentence(index: sentences.count, paragraph: paragraphIndex, span: span, text: utf16.string(range.lowerBound, range.upperBound), tokens: []))
        }
        // One word-break pass over the whole text; tokens go to the sentence they start in,
        // clipped at its end.
        var sentenceIndex = 0
        var sentenceRanges = ranges.makeIterator()
        var current = sentenceRanges.next()
        try wordSegmenter.forEachToken(in: utf16) { start, end, kind in
            while let range = current, range.upperBound <= start {
                current = sentenceRanges.next()
                sentenceIndex += 1
            }
            guard let range = current, start >= range.lowerBound else { return }
            let clipped = min(end, range.upperBound)
            sentences[sentenceIndex].tokens.append(Token(text: utf16.string(start, clipped), span: utf16.span(start, clipped), kind: kind))
        }
        return sentences
    }
}
