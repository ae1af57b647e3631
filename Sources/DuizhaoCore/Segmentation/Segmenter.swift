import DuizhaoText
import Foundation

/// Sentence and word segmentation of a document's cleaned text with ICU.
///
/// Holds ICU iterators: not thread-safe; give each thread its own segmenter.
final class Segmenter {
    private let sentenceSplitter: SentenceSplitter
    private let wordSegmenter: WordSegmenter

    private let locale: String
    /// Word segmentation takes one worker per this many UTF-16 units of text, up to one per
    /// core (``Parallel/workers(items:itemsPerWorker:)``).
    var parallelThreshold = 1 << 17

    /// Opens ICU's sentence and word iterators for `locale`.
    init(locale: String = "zh") throws {
        sentenceSplitter = try SentenceSplitter(locale: locale)
        wordSegmenter = try WordSegmenter(locale: locale)
        self.locale = locale
    }

    /// Splits the sentences into about `parts` runs of similar length, each starting at a
    /// paragraph start.
    static func chunks(_ ranges: [Range<Int>], units: [UInt16], parts: Int) -> [Range<Int>] {
        guard parts > 1, ranges.count > 1 else { return [0..<ranges.count] }
        let target = units.count / parts
        var result: [Range<Int>] = []
        var start = 0
        for index in 1..<ranges.count where result.count < parts - 1 {
            let lower = ranges[index].lowerBound
            guard lower >= target * (result.count + 1), lower > 0,
                units[lower - 1] == 0x0A
                    || units[ranges[index - 1].upperBound..<lower].contains(0x0A)
            else { continue }
            result.append(start..<index)
            start = index
        }
        result.append(start..<ranges.count)
        return result
    }

    /// Tokens of the sentences `indexes` (positions in `ranges`), stored into `sentences`
    /// (whose first element is sentence `base`): one word-break pass over their text; a
    /// token goes to the sentence it starts in, clipped at its end.
    static func assignTokens(
        _ segmenter: WordSegmenter, _ utf16: UTF16Text, _ ranges: [Range<Int>], _ indexes: Range<Int>,
        _ sentences: inout [Sentence], base: Int = 0
    ) throws {
        guard !indexes.isEmpty else { return }
        let textRange = ranges[indexes.lowerBound].lowerBound..<ranges[indexes.upperBound - 1].upperBound
        var sentenceIndex = indexes.lowerBound
        // A sentence's tokens gather in one reused buffer and are stored at its end with the
        // exact capacity they need: arrays grown token by token held a third more than that.
        var gathered: [Token] = []
        var gatheredFor = indexes.lowerBound
        func store() {
            guard !gathered.isEmpty else { return }
            // Copied into a new buffer of their size (Array(gathered) would share the scratch one).
            sentences[gatheredFor - base].tokens = Array(unsafeUninitializedCapacity: gathered.count) {
                buffer, count in
                count = buffer.initialize(fromContentsOf: gathered)
            }
            gathered.removeAll(keepingCapacity: true)
        }
        try segmenter.forEachToken(in: utf16, range: textRange) { start, end, kind in
            while sentenceIndex < indexes.upperBound, ranges[sentenceIndex].upperBound <= start { sentenceIndex += 1 }
            guard sentenceIndex < indexes.upperBound, start >= ranges[sentenceIndex].lowerBound else { return }
            if sentenceIndex != gatheredFor {
                store()
                gatheredFor = sentenceIndex
            }
            let clipped = min(end, ranges[sentenceIndex].upperBound)
            gathered.append(Token(text: utf16.string(start, clipped), span: utf16.span(start, clipped), kind: kind))
        }
        store()
    }

    /// The sentences of `text` with their tokens, each assigned to the paragraph it lies in.
    func sentences(of text: String, paragraphs: [Paragraph]) throws -> [Sentence] {
        var split = try split(text, paragraphs: paragraphs)
        try findWords(in: &split)
        return split.sentences
    }

    /// A text split into sentences, before their words are found.
    struct SplitText: Sendable {
        /// The text as ICU iterates it.
        let utf16: UTF16Text
        /// Each sentence's code units.
        let ranges: [Range<Int>]
        /// The sentences, without tokens until ``Segmenter/findWords(in:)``.
        var sentences: [Sentence]
    }

    /// The sentences of `text` without their tokens, each assigned to the paragraph it lies
    /// in. A long text's lines are split on every core, a run of whole lines each (a line feed
    /// always ends a sentence, and no rule of the splitter looks past one).
    func split(_ text: String, paragraphs: [Paragraph]) throws -> SplitText {
        let utf16 = UTF16Text(text)
        let runs = Self.lineRuns(
            utf16.units, parts: Parallel.workers(items: utf16.units.count, itemsPerWorker: parallelThreshold))
        nonisolated(unsafe) let splitter = sentenceSplitter
        let locale = self.locale
        let found = Parallel.map(runs) { worker, run in
            Result { () throws -> [(range: Range<Int>, text: String)] in
                let own = worker == 0 ? splitter : try SentenceSplitter(locale: locale)
                let units = run == utf16.units.indices ? utf16 : UTF16Text(units: Array(utf16.units[run]))
                return try own.sentences(in: units).map { local in
                    let range = (local.lowerBound + run.lowerBound)..<(local.upperBound + run.lowerBound)
                    return (range, utf16.string(range.lowerBound, range.upperBound))
                }
            }
        }
        var ranges: [Range<Int>] = []
        var sentences: [Sentence] = []
        var paragraphIndex = 0
        for part in found {
            for (range, text) in try part.get() {
                let span = utf16.span(range.lowerBound, range.upperBound)
                while paragraphIndex + 1 < paragraphs.count, paragraphs[paragraphIndex].span.end <= span.start {
                    paragraphIndex += 1
                }
                ranges.append(range)
                sentences.append(
                    Sentence(index: sentences.count, paragraph: paragraphIndex, span: span, text: text, tokens: []))
            }
        }
        return SplitText(utf16: utf16, ranges: ranges, sentences: sentences)
    }

    /// `units` cut into about `parts` runs of whole lines (each but the last ends after a
    /// line feed), of near-equal length.
    static func lineRuns(_ units: [UInt16], parts: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for part in 1..<max(1, parts) {
            var end = max(start, units.count / parts * part)
            while end < units.count, units[end] != 0x0A { end += 1 }
            guard end + 1 < units.count else { break }
            if end + 1 > start {
                runs.append(start..<(end + 1))
                start = end + 1
            }
        }
        runs.append(start..<units.count)
        return runs
    }

    /// The word tokens of the split text's sentences.
    func findWords(in split: inout SplitText) throws {
        let (utf16, ranges) = (split.utf16, split.ranges)
        // Word tokens: one pass per chunk of whole paragraphs (a line feed is always a word
        // boundary, so chunks give the same tokens as one pass); large texts use every core,
        // each chunk with its own ICU iterator.
        let chunks = Self.chunks(
            ranges, units: utf16.units,
            parts: Parallel.workers(items: utf16.units.count, itemsPerWorker: parallelThreshold))
        if chunks.count == 1 {
            try Self.assignTokens(wordSegmenter, utf16, ranges, 0..<ranges.count, &split.sentences)
        } else {
            let locale = self.locale
            try split.sentences.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let output = buffer
                try Parallel.forEachWorker(chunks.count) { chunk in
                    var slice = Array(output[chunks[chunk]])
                    try Self.assignTokens(
                        try WordSegmenter(locale: locale), utf16, ranges, chunks[chunk], &slice,
                        base: chunks[chunk].lowerBound)
                    for (offset, sentence) in slice.enumerated() {
                        output[chunks[chunk].lowerBound + offset] = sentence
                    }
                }
            }
        }
    }
}
