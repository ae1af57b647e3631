import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

/// `segment` finds words a run of sentences at a time (SegmentationStream); what it writes
/// must be what the whole document, segmented at once, gives.
@Suite struct SegmentationStreamTests {
    /// Paragraphs with terms, a term ICU splits (孔雀|计划), Latin, numbers, a character outside
    /// the Basic Multilingual Plane (𠮷, two UTF-16 units) and a paragraph of several sentences.
    let text = (0..<40).map { index in
        [
            "深圳实施孔雀计划第\(index)期，推进“三网”融合。",
            "𠮷野家在深圳开店，AI 与 5G 产业增长 12.5%。委员会的新人才好。",
            "第三段落没有术语，只有普通的句子！第二句？第三句。",
        ][index % 3]
    }.joined(separator: "\n")

    func reference(_ lexicon: LexiconSegmenter?) throws -> (lines: [UInt8], json: [UInt8]) {
        let matcher = try TermMatcher(glossary: GlossaryFixtures.glossary, lexicon: lexicon)
        var document = try DocumentReader().read(bytes: Array(text.utf8), path: "stream.txt", kind: .text)
        let terms = matcher.matches(in: document)
        if let lexicon { document.sentences = AnnotationPipeline.resegment(document.sentences, with: lexicon) }
        document = TokenOverlay.apply(terms, to: document)
        return (
            SegmentPrinter().renderUTF8(document),
            JSONWriter.encode(SegmentOutput(document: document, terms: terms)) + [0x0A]
        )
    }

    func streamed(_ lexicon: LexiconSegmenter?, unitsPerRun: Int) throws -> (lines: [UInt8], json: [UInt8]) {
        let words = try DocumentReader().readWithoutWords(bytes: Array(text.utf8), path: "stream.txt", kind: .text)
        #expect(words.document.sentences.allSatisfy { $0.tokens.isEmpty })
        let matcher = try TermMatcher(glossary: GlossaryFixtures.glossary, lexicon: lexicon)
        var stream = SegmentationStream(words: words, lexicon: lexicon, matcher: matcher)
        stream.unitsPerRun = unitsPerRun
        var lines: [UInt8] = []
        try stream.writeLines(separator: " | ") { lines += $0 }
        var json: [UInt8] = []
        try stream.writeJSON { json += $0 }
        return (lines, json)
    }

    @Test(arguments: [16, 200, 1 << 16])
    func runsGiveTheWholeDocumentsOutput(unitsPerRun: Int) throws {
        let lexicon = LexiconSegmenter(
            lexicon: WordListLexicon(["委员", "委员会", "新", "的", "人才", "才好", "好", "孔雀", "计划"]), options: .glossing)
        for lexicon in [nil, lexicon] {
            let whole = try reference(lexicon)
            let runs = try streamed(lexicon, unitsPerRun: unitsPerRun)
            #expect(String(decoding: runs.lines, as: UTF8.self) == String(decoding: whole.lines, as: UTF8.self))
            #expect(runs.json == whole.json)
        }
        let lines = String(decoding: try streamed(nil, unitsPerRun: unitsPerRun).lines, as: UTF8.self)
        #expect(lines.contains("孔雀计划") && lines.contains("𠮷"))
    }

    @Test func aDocumentWithoutGlossaryWritesNoTerms() throws {
        let words = try DocumentReader().readWithoutWords(bytes: Array("一句话。\n".utf8), path: "one.txt", kind: .text)
        var json: [UInt8] = []
        try SegmentationStream(words: words, lexicon: nil, matcher: nil).writeJSON { json += $0 }
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"sentences\"") && !text.contains("\"terms\""))
        #expect(text.contains("\"text\" : \"一句\"") || text.contains("\"text\" : \"一句话\""))
    }

    /// Plain output does not look for the outline: the sentences, and so what it writes, are
    /// those of a read that does.
    @Test func theOutlineIsNotNeededForTheSentences() throws {
        let text = [
            "关于推进孔雀计划的通知", "一、总体要求", "（一）指导思想。一是加快发展，二是深化改革。", "二、重点任务", "推进“三网”融合。",
        ].joined(separator: "\n")
        let reader = try DocumentReader()
        let outlined = try reader.readWithoutWords(bytes: Array(text.utf8), path: "outline.txt", kind: .text)
        let plain = try reader.readWithoutWords(
            bytes: Array(text.utf8), path: "outline.txt", kind: .text, outline: false)
        #expect(!outlined.document.sections.isEmpty)
        #expect(plain.document.sections.isEmpty && plain.document.definitions.isEmpty)
        #expect(plain.document.sentences == outlined.document.sentences)
        var lines: [[UInt8]] = []
        for words in [outlined, plain] {
            var written: [UInt8] = []
            let matcher = try TermMatcher(glossary: GlossaryFixtures.glossary)
            try SegmentationStream(words: words, lexicon: nil, matcher: matcher).writeLines(separator: " | ") {
                written += $0
            }
            lines.append(written)
        }
        #expect(lines[0] == lines[1])
        #expect(String(decoding: lines[1], as: UTF8.self).contains("孔雀计划"))
    }
}
