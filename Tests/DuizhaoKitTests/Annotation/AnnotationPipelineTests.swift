import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct AnnotationPipelineTests {
    let dictionaryText = """
        # test dictionary
        推進 推进 [tui1 jin4] /to push (e.g. for acceptance of a plan); to promote/
        改革 改革 [gai3 ge2] /reform/to reform/
        孔雀 孔雀 [kong3 que4] /peacock/
        計劃 计划 [ji4 hua4] /plan/project/
        """

    func pipeline() throws -> AnnotationPipeline {
        let glossary = Glossary(entries: [
            GlossaryEntry(
                id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", category: "program", status: .established,
                source: "Shenzhen government English usage")
        ])
        let dictionary = try CEDictionary(text: dictionaryText)
        let resources = try StandardResources(glossary: glossary, glossaryFiles: [], dictionary: dictionary)
        return try AnnotationPipeline(resources: resources, reader: DocumentReader())
    }

    @Test func glossaryTermsWinOverDictionaryWords() throws {
        let document = try Fixtures.document(text: "推进孔雀计划改革。")
        let annotated = try pipeline().annotate(document)
        let json = String(decoding: try JSONOutput.data(annotated), as: UTF8.self)
        #expect(json.contains("Peacock Plan"))
        let english = annotated.sentences.first?.english.text ?? ""
        #expect(english.contains("Peacock Plan"))
        #expect(english.contains("to push"))
        #expect(!english.contains("e.g."))
        #expect(!english.contains("peacock plan"))
    }
}

@Suite struct AnnotatedJSONTests {
    @Test func streamingJSONEqualsJSONEncoderByteForByte() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(
                id: "fangguanfu", zh: "放管服", en: "reform to streamline administration",
                alternatives: [.init("delegate-regulate-service reform", status: .deprecated)],
                variants: ["放管服改革"], fullForm: "简政放权、放管结合、优化服务", category: "reform", status: .official,
                source: "Government Work Report", note: "A \"quoted\" note")
        ])
        let resources = try StandardResources(glossary: glossary, glossaryFiles: [], dictionary: nil)
        let pipeline = try AnnotationPipeline(resources: resources, reader: DocumentReader())
        let document = try Fixtures.document(text: "一、总体要求\n深化“放管服”改革，每年安排10亿元，到2025年增长50%。\n“顶天立地”的企业。")
        let annotated = try pipeline.annotate(document)
        #expect(!annotated.terms.isEmpty)
        #expect(!annotated.quantities.isEmpty)
        #expect(Data(JSONWriter.encode(annotated)) == (try JSONOutput.data(annotated)))
    }
}

@Suite struct FunctionWordGlossTests {
    @Test func grammaticalWordsGetTheirPolicyProseSenseInTheGlossLine() throws {
        let dictionary = try CEDictionary(
            text: """
                對 对 [dui4] /right; correct/towards; at; for/
                被 被 [bei4] /quilt/by (passive)/
                企業 企业 [qi3 ye4] /company; enterprise/
                支持 支持 [zhi1 chi2] /to support/
                """)
        let resources = try StandardResources(
            glossary: Glossary(entries: []), glossaryFiles: [], dictionary: dictionary)
        let annotated = try AnnotationPipeline(resources: resources, reader: DocumentReader()).annotate(
            try Fixtures.document(text: "对企业被支持。"))
        let english = annotated.sentences[0].english.text
        #expect(english.contains("to company"))
        #expect(english.contains("by to support"))
        #expect(!english.contains("quilt") && !english.contains("right"))
        // The token keeps the dictionary's sense and says so.
        let token = try #require(annotated.sentences[0].tokens.first { $0.text == "被" })
        #expect(token.gloss == "quilt" && token.glossLayer == .dictionary)
    }
}

@Suite struct ParallelResegmentationTests {
    @Test func parallelResegmentationEqualsSerial() throws {
        let text = String(repeating: "推进孔雀计划改革。深化放管服改革，建设国家实验室。\n", count: 2_500)
        let document = try Fixtures.document(text: text)
        #expect(document.sentences.count >= 4_000)
        let lexicon = LexiconSegmenter(
            lexicon: TrieLexicon(["孔雀", "计划", "孔雀计划", "改革", "国家实验室", "放管服"]), options: .glossing)
        let parallel = AnnotationPipeline.resegment(document.sentences, with: lexicon)
        let serial = document.sentences.map { sentence in
            var copy = sentence
            copy.tokens = lexicon.resegment(sentence.tokens)
            return copy
        }
        #expect(parallel == serial)
        #expect(parallel[0].tokens.contains { $0.text == "孔雀计划" })
    }
}

@Suite struct AnnotatedTokenTextTests {
    @Test func everyTokenTextIsTheTextAtItsSpan() throws {
        let dictionary = try CEDictionary(
            text: "孔雀 孔雀 [kong3 que4] /peacock/\n國家實驗室 国家实验室 [guo2 jia1 shi2 yan4 shi4] /national laboratory/\n")
        let glossary = Glossary(entries: [GlossaryEntry(id: "fgf", zh: "放管服", en: "streamlining reform", source: "s")])
        let resources = try StandardResources(glossary: glossary, glossaryFiles: [], dictionary: dictionary)
        let document = try Fixtures.document(text: "主动谋划国家实验室，推进“放管服”改革与孔雀项目。\n人才能力提升。")
        let annotated = try AnnotationPipeline(resources: resources, reader: DocumentReader()).annotate(document)
        let scalars = Array(annotated.text.unicodeScalars)
        for sentence in annotated.sentences {
            for token in sentence.tokens {
                #expect(token.text == String(String.UnicodeScalarView(scalars[token.span.start..<token.span.end])))
            }
        }
        #expect(annotated.sentences[0].tokens.contains { $0.text == "国家实验室" })
    }
}

@Suite struct ParallelAnnotationTests {
    @Test func annotatingOnSeveralCoresGivesTheSameDocument() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(
                id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", category: "program", status: .established,
                source: "usage"),
            GlossaryEntry(
                id: "fgf", zh: "放管服", en: "streamlining reform", category: "reform", status: .official, source: "report"
            ),
        ])
        let dictionary = try CEDictionary(text: "推進 推进 [tui1 jin4] /to push forward/\n改革 改革 [gai3 ge2] /reform/\n")
        let text = (0..<300).map { "第\($0)条：推进“孔雀计划”，每年安排\($0 + 1)亿元；深化放管服改革。" }.joined(separator: "\n")
        let document = try Fixtures.document(text: text)
        let matches = try TermMatcher(glossary: glossary).matches(in: document)
        func annotator(_ threshold: Int) throws -> Annotator {
            let annotator = try Annotator(
                context: AnnotationContext(glossary: glossary, glosser: DictionaryGlosser(dictionary: dictionary)))
            annotator.parallelSentences = threshold
            return annotator
        }
        let serial = try annotator(Int.max).annotate(document, matches: matches)
        let parallel = try annotator(50).annotate(document, matches: matches)
        #expect(serial.sentences.count >= 300)
        #expect(parallel == serial)
    }
}
