import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct AnnotatorTests {
    @Test func termsBecomeOneTokenWithTheirGlossaryRendering() throws {
        let document = try AnnotationFixtures.annotated()
        let sentence = document.sentences[6]
        let term = try #require(sentence.tokens.first { $0.entryID == "greater-bay-area" })
        #expect(term.kind == .term)
        #expect(term.text == "粤港澳大湾区")
        #expect(term.gloss == "Guangdong-Hong Kong-Macao Greater Bay Area")
        #expect(term.glossLayer == .glossary)
        #expect(term.pinyin == "yuè gǎng ào dà wān qū")
        // No other token overlaps the term.
        #expect(sentence.tokens.filter { $0.span.overlaps(term.span) }.count == 1)
        let word = try #require(sentence.tokens.first { $0.text == "深化" })
        #expect(word.glossLayer == .dictionary)
        #expect(word.gloss == "deepen")
        let punctuation = try #require(sentence.tokens.first { $0.text == "，" })
        #expect(punctuation.glossLayer == .none)
        #expect(punctuation.pinyin == nil)
    }

    @Test func termMatchesCarryTheirEntry() throws {
        let document = try AnnotationFixtures.annotated()
        let term = try #require(document.sentences[0].terms.first { $0.entryID == "peacock-plan" })
        #expect(term.surface == "“孔雀计划”")
        #expect(term.form == .quoteFolded)
        #expect(term.headword == "孔雀计划")
        #expect(term.english == "Peacock Plan")
        #expect(term.alternatives == [.init("Peacock Program")])
        #expect(term.status == .established)
        #expect(term.source == "Shenzhen Municipal Government English site")
        #expect(term.confidence == .high)
        let abbreviation = try #require(
            document.sentences[6].terms.first { $0.entryID == "streamline-delegate-improve" })
        #expect(abbreviation.fullForm == "简政放权、放管结合、优化服务")
    }

    @Test func theLongestLeftmostMatchWins() throws {
        let document = try AnnotationFixtures.annotated()
        let sentence = document.sentences[8]
        #expect(sentence.terms.map(\.entryID) == ["shenzhen-stic"], "深圳市 inside 深圳市科技创新委员会 is not a separate term")
        let chosen = Annotator.resolveOverlaps([
            TermMatch(
                surface: "深圳", span: TextSpan(start: 0, end: 2), entryID: "a", form: .headword, confidence: .high),
            TermMatch(
                surface: "深圳市", span: TextSpan(start: 0, end: 3), entryID: "b", form: .headword, confidence: .high),
            TermMatch(
                surface: "市科", span: TextSpan(start: 2, end: 4), entryID: "c", form: .headword, confidence: .high),
            TermMatch(surface: "科技", span: TextSpan(start: 3, end: 5), entryID: "d", form: .headword, confidence: .low),
        ])
        #expect(chosen.map(\.entryID) == ["b", "d"])
    }

    @Test func tokensAreSplitAtTermEdgesInsideWords() {
        // 大湾区 with a term 湾区 whose edges fall inside ICU tokens 大湾|区.
        let tokens = [
            Token(text: "大湾", span: TextSpan(start: 0, end: 2), kind: .ideographic),
            Token(text: "区", span: TextSpan(start: 2, end: 3), kind: .ideographic),
        ]
        let match = TermMatch(
            surface: "湾区", span: TextSpan(start: 1, end: 3), entryID: "bay-area", form: .headword, confidence: .medium)
        let aligned = Annotator.align(tokens, to: [match])
        #expect(aligned.map(\.span) == [TextSpan(start: 0, end: 1), TextSpan(start: 1, end: 3)])
        #expect(aligned.map(\.kind) == [.ideographic, .term])
        #expect(aligned[1].entryID == "bay-area")
        // Already merged tokens stay as they are.
        let merged = [Token(text: "湾区", span: TextSpan(start: 0, end: 2), kind: .term, entryID: "bay-area")]
        #expect(
            Annotator.align(
                merged,
                to: [
                    TermMatch(
                        surface: "湾区", span: TextSpan(start: 0, end: 2), entryID: "bay-area", form: .headword,
                        confidence: .high)
                ]) == merged)
    }

    @Test func anUnknownEntryIsAnErrorNamingTheFile() throws {
        let document = try AnnotationFixtures.document()
        let match = TermMatch(
            surface: "孔雀计划", span: TextSpan(start: 4, end: 8), entryID: "missing", form: .headword, confidence: .high)
        #expect(
            throws: AnnotationError.unknownEntry(
                path: "policy.txt", entryID: "missing", span: TextSpan(start: 4, end: 8))
        ) {
            try Annotator(context: AnnotationContext(glossary: AnnotationFixtures.glossary)).annotate(
                document, matches: [match])
        }
        let outside = TermMatch(
            surface: "x", span: TextSpan(start: 9000, end: 9001), entryID: "shenzhen", form: .headword,
            confidence: .high)
        #expect(throws: AnnotationError.self) {
            try Annotator(context: AnnotationContext(glossary: AnnotationFixtures.glossary)).annotate(
                document, matches: [outside])
        }
        #expect(
            AnnotationError.unknownEntry(path: "policy.txt", entryID: "missing", span: TextSpan(start: 4, end: 8))
                .description.contains("policy.txt"))
    }

    @Test func theTermTableCountsOccurrences() throws {
        let document = try AnnotationFixtures.annotated()
        let peacock = try #require(document.terms.first { $0.entryID == "peacock-plan" })
        #expect(peacock.count == 2)
        #expect(peacock.firstSentence == 0)
        #expect(peacock.sentences == [0, 2])
        #expect(peacock.pinyin == "kǒng què jì huà")
        #expect(peacock.entry == AnnotationFixtures.glossary["peacock-plan"])
        #expect(document.terms.map(\.entryID).first == "shenzhen", "in order of first occurrence")
        #expect(document.terms.reduce(0) { $0 + $1.count } == document.sentences.reduce(0) { $0 + $1.terms.count })
    }

    @Test func sectionsHaveEnglishHeadingsAndTheirTerms() throws {
        let document = try AnnotationFixtures.annotated()
        let sections = Dictionary(uniqueKeysWithValues: document.sections.map { ($0.id, $0) })
        #expect(sections["1"]?.english.text == "overall requirement")
        #expect(sections["1.1"]?.english.text == "implement Peacock Plan")
        #expect(sections["1.1"]?.terms == ["peacock-plan", "shenzhen", "overseas-high-level-talent"])
        #expect(sections["2"]?.terms.contains("greater-bay-area") == true)
        #expect(sections["2"]?.terms.contains("peacock-plan") == false)
        #expect(document.sentences[4].section == "1.1")
    }

    @Test func metadataIsGlossedAndNamesTransliterated() throws {
        let document = try AnnotationFixtures.annotated()
        #expect(
            document.metadataEnglish.author
                == EnglishLine(text: "Wang Xiaoming", origin: .transliteration, provider: "ICU Han-Latin"))
        #expect(document.metadataEnglish.source?.origin == .gloss)
        #expect(document.metadataEnglish.source?.text.hasPrefix("Shenzhen ") == true, "the glossary knows 深圳市")
        // No title formula fits and no translation exists: a gloss is never the English title.
        #expect(document.sentences[0].english.origin == .gloss)
        #expect(document.metadataEnglish.title == nil)
        #expect(
            document.resources == [
                ResourceInfo(kind: .glossary, name: "fixture glossary", entries: AnnotationFixtures.entries.count)
            ])
    }

    @Test func quantitiesInsideTermsAreLeftToTheTerm() throws {
        let entry = GlossaryEntry(
            id: "double-ten", zh: "10亿元计划", en: "RMB 1 Billion Plan", category: "program", source: "test")
        let document = try AnnotationFixtures.document()
        let annotated = try Annotator(
            context: AnnotationContext(glossary: [entry], matcher: FixtureMatcher(entries: [entry]))
        ).annotate(document)
        #expect(annotated.sentences[3].quantities.count == 1, "10亿元 is not a term here")
        let text = "投入10亿元计划。"
        let reader = try DocumentReader()
        let small = try reader.read(bytes: Array(text.utf8), path: "small.txt", kind: .text)
        let result = try Annotator(
            context: AnnotationContext(glossary: [entry], matcher: FixtureMatcher(entries: [entry]))
        ).annotate(small)
        #expect(result.sentences[0].terms.count == 1)
        #expect(result.sentences[0].quantities.isEmpty)
    }

    @Test func withoutAGlossaryEveryTokenHasPinyinAndTheLineIsAGloss() throws {
        let document = try Annotator().annotate(try AnnotationFixtures.document())
        #expect(document.terms.isEmpty)
        #expect(document.sentences.allSatisfy { $0.english.origin == .gloss && !$0.english.text.isEmpty })
        #expect(document.sentences.flatMap(\.tokens).filter { $0.kind == .ideographic }.allSatisfy { $0.pinyin != nil })
        #expect(document.sentences.flatMap(\.tokens).allSatisfy { $0.glossLayer == .none })
    }
}

@Suite struct MetadataNameTests {
    @Test func groupsAreGlossedNotTransliterated() throws {
        let document = try AnnotationFixtures.document()
        let annotator = try Annotator(
            context: AnnotationContext(glossary: AnnotationFixtures.glossary, glosser: AnnotationFixtures.dictionary))
        #expect(
            annotator.names("王小明、林一", source: document.source)
                == EnglishLine(text: "Wang Xiaoming, Lin Yi", origin: .transliteration, provider: "ICU Han-Latin"))
        #expect(annotator.names("对照编写组", source: document.source)?.origin == .gloss)
        #expect(annotator.names("manman", source: document.source) == nil)
    }
}
