import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit

@Suite struct GlossTranslatorTests {
    /// A sentence from the fixture document, annotated with the fixture glossary and dictionary.
    func sentence(_ index: Int) throws -> AnnotatedSentence {
        try AnnotationFixtures.annotated().sentences[index]
    }

    @Test func glossesTermsWordsAndQuantities() throws {
        let sentence = try sentence(3)
        #expect(sentence.text == "深圳市每年安排10亿元，支持海外高层次人才来深创新创业。")
        let line = try #require(try GlossTranslator().english(for: sentence))
        #expect(line.origin == .gloss)
        #expect(line.provider == nil)
        #expect(
            line.text
                == "Shenzhen every year arrange RMB 1 billion, support overseas high-level talent come Shenzhen (abbr.) innovation start a business."
        )
    }

    @Test func aQuotedTermKeepsItsQuotes() throws {
        #expect(try sentence(0).english.text == "Shenzhen \"Peacock Plan\" implement measures")
    }

    @Test func fallsBackToPinyinWithoutADictionary() throws {
        let document = try Annotator(
            context: AnnotationContext(
                glossary: AnnotationFixtures.glossary, matcher: FixtureMatcher(entries: AnnotationFixtures.entries))
        )
        .annotate(try AnnotationFixtures.document())
        #expect(
            document.sentences[3].english.text
                == "Shenzhen měinián ānpái RMB 1 billion, zhīchí overseas high-level talent lái shēn chuàngxīn chuàngyè."
        )
    }

    @Test func mapsChinesePunctuationToEnglish() {
        let translator = GlossTranslator()
        func line(_ tokens: [(String, Token.Kind, String?)]) -> String {
            var position = 0
            let annotated = tokens.map { text, kind, gloss -> AnnotatedToken in
                let span = TextSpan(start: position, end: position + text.unicodeScalars.count)
                position = span.end
                return AnnotatedToken(
                    text: text, span: span, kind: kind, gloss: gloss, glossLayer: gloss == nil ? .none : .dictionary)
            }
            let text = tokens.map(\.0).joined()
            let sentence = AnnotatedSentence(
                index: 0, paragraph: 0, section: nil, span: TextSpan(start: 0, end: position), text: text,
                tokens: annotated, terms: [], quantities: [],
                english: EnglishLine(text: "", origin: .gloss))
            return translator.gloss(sentence)
        }
        #expect(
            line([
                ("推进", .ideographic, "promote"), ("“", .punctuation, nil), ("双区", .ideographic, "two zones"),
                ("”", .punctuation, nil),
                ("建设", .ideographic, "construction"), ("；", .punctuation, nil),
            ]) == "promote \"two zones\" construction;")
        #expect(
            line([
                ("科技", .ideographic, "technology"), ("、", .punctuation, nil), ("人才", .ideographic, "talent"),
                ("，", .punctuation, nil),
                ("（", .punctuation, nil), ("试行", .ideographic, "trial"), ("）", .punctuation, nil),
                ("。", .punctuation, nil),
            ]) == "technology, talent, (trial).")
        #expect(
            line([
                ("《", .punctuation, nil), ("纲要", .ideographic, "outline"), ("》", .punctuation, nil),
                ("：", .punctuation, nil),
                ("２０２５", .number, nil), ("……", .punctuation, nil),
            ]) == "\"outline\": 2025...")
    }

    @Test func aChainTakesTheFirstAnswerAndFallsBackToTheGloss() throws {
        struct Memory: Translator {
            func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
                sentence.index == 3
                    ? EnglishLine(
                        text: "Shenzhen allocates RMB 1 billion a year.", origin: .memoryExact,
                        provider: "fixture memory") : nil
            }
        }
        let context = AnnotationContext(
            glossary: AnnotationFixtures.glossary, matcher: FixtureMatcher(entries: AnnotationFixtures.entries),
            glosser: AnnotationFixtures.dictionary,
            translator: TranslatorChain([Memory()]))
        let document = try Annotator(context: context).annotate(try AnnotationFixtures.document())
        #expect(document.sentences[3].english.origin == .memoryExact)
        #expect(document.sentences[3].english.provider == "fixture memory")
        #expect(document.sentences[4].english.origin == .gloss)
        #expect(!document.allGloss)
    }
}
