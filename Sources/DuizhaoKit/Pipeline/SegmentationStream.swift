import DuizhaoCore
import DuizhaoFormats
import DuizhaoText

/// What `segment` prints, made and written a run of sentences at a time. Each run's words
/// are found (ICU's, re-segmented with the dictionary lexicon when one is given), its glossary
/// terms matched against them and laid over them, as for a whole document; the runs of a
/// round are made on every core and written in order, and their tokens are dropped once
/// written. Memory holds the document's text and a round's tokens, not the millions of
/// tokens of a long document.
package struct SegmentationStream {
    /// The document, read without its words.
    let words: DocumentWords
    let lexicon: LexiconSegmenter?
    let matcher: TermMatcher?
    /// UTF-16 code units of text in a run.
    var unitsPerRun = 1 << 14

    /// A stream over a document read without its words
    /// (``DocumentReader/readWithoutWords(path:kind:outline:)``); `matcher` finds the glossary
    /// terms (none when nil), `lexicon` re-segments ICU's words. A matcher with a lexicon must
    /// have this one, whose words it is given.
    package init(words: DocumentWords, lexicon: LexiconSegmenter?, matcher: TermMatcher?) {
        self.words = words
        self.lexicon = lexicon
        self.matcher = matcher
    }

    /// `make(sentences, terms)` for each run of sentences with their words and the terms
    /// found in them, on every core; `consume` takes the results in document order.
    func forEachRun<Part>(
        _ make: @Sendable (_ sentences: [Sentence], _ terms: [TermMatch]) -> Part, consume: (Part) throws -> Void
    ) throws {
        let words = self.words
        let runs = words.runs(unitsPerRun: unitsPerRun)
        let workers = max(1, min(Parallel.workerLimit, runs.count))
        // ICU objects are not thread-safe: each worker has its own word iterator and matcher.
        var ownSegmenters: [WordSegmenter] = []
        var ownMatchers: [TermMatcher?] = []
        for worker in 0..<workers {
            ownSegmenters.append(try WordSegmenter())
            ownMatchers.append(try matcher.map { worker == 0 ? $0 : try $0.forAnotherThread() })
        }
        nonisolated(unsafe) let segmenters = ownSegmenters
        nonisolated(unsafe) let matchers = ownMatchers
        let sentences = words.document.sentences
        let lexicon = self.lexicon
        var round = 0
        while round < runs.count {
            let batch = Array(runs[round..<min(runs.count, round + workers)])
            let parts = Parallel.map(batch) { worker, run -> Result<Part, Error> in
                Result {
                    var made = try words.words(of: Array(sentences[run]), run: run, segmenter: segmenters[worker])
                    var terms: [TermMatch] = []
                    for index in made.indices {
                        // Terms are judged against ICU's words and the lexicon's (made once for
                        // both), then laid over the lexicon's.
                        let words = lexicon?.resegment(made[index].tokens)
                        let found = matchers[worker]?.matches(in: made[index], words: words) ?? []
                        if let words { made[index].tokens = words }
                        if !found.isEmpty { made[index] = TokenOverlay.apply(found, to: made[index]) }
                        terms += found
                    }
                    return make(made, terms)
                }
            }
            for part in parts { try consume(part.get()) }
            round += workers
        }
    }

    /// The document as `segment --json` writes it (``SegmentOutput``), to `sink` in chunks of
    /// about a megabyte; `terms` is written when a glossary was applied.
    package func writeJSON(to sink: ([UInt8]) -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var writer = JSONWriter(flushingEvery: 1 << 20, to: sink)
            try words.document.write(to: &writer) { writer in
                writer.beginArray()
                let placement = writer.elementPlacement
                var terms: [TermMatch] = []
                try forEachRun({ sentences, found in
                    var part = JSONWriter(elementsAt: placement, first: sentences.first?.index == 0)
                    for sentence in sentences { sentence.write(to: &part) }
                    return (part, found)
                }) { part, found in
                    writer.appendElements(part)
                    terms += found
                }
                writer.endArray()
                return matcher == nil ? nil : terms
            }
            writer.finish()
        }
        sink([0x0A])
    }

    /// The sentences one per line, tokens joined by `separator` (``SegmentPrinter``), to `sink`.
    package func writeLines(separator: String, to sink: ([UInt8]) -> Void) throws {
        let printer = SegmentPrinter(separator: separator)
        try forEachRun({ sentences, _ in printer.lines(sentences[...]) }, consume: sink)
    }
}
