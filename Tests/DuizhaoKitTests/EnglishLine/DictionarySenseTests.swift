import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

/// Dictionary senses become one short sense: no pinyin, no `traditional|simplified` pairs, no
/// notes, no classifier descriptions, no biographies.
@Suite struct DictionarySenseTests {
    @Test func keepsOneShortSense() {
        #expect(DictionaryGlosser.concise("to push (e.g. for acceptance of a plan); to promote") == "to push")
        #expect(DictionaryGlosser.concise("reform") == "reform")
        #expect(
            DictionaryGlosser.concise(
                "Xi Jinping (1953-), PRC politician, general secretary of the CCP from 2012, president of the PRC from 2013"
            ) == "Xi Jinping")
        #expect(
            DictionaryGlosser.concise("Guangdong province (Guangzhou is its capital), in south China, abbr. 粵|粤[Yue4]")
                == "Guangdong province")
        #expect(DictionaryGlosser.concise("variant of 計劃|计划[ji4 hua4]") == nil)
    }

    @Test func givesNothingForPointersAndNotes() {
        #expect(DictionaryGlosser.concise("abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3]") == nil)
        #expect(DictionaryGlosser.concise("CL:個|个[ge4]") == nil)
        #expect(DictionaryGlosser.concise("(literary)") == nil)
    }

    /// Every sense of the fixture dictionary, as a gloss, is clean and short.
    @Test func noGlossOfTheFixtureDictionaryHasMarkup() throws {
        let url = try #require(
            Bundle.module.url(forResource: "cedict-sample", withExtension: "u8", subdirectory: "Fixtures"))
        let dictionary = try CEDictionary.load(path: url.path)
        let glosser = DictionaryGlosser(dictionary: dictionary)
        var checked = 0
        dictionary.forEachSimplifiedHeadword { word in
            guard let gloss = glosser.gloss(word) else { return }
            checked += 1
            #expect(!gloss.contains { "[]|();".contains($0) }, "\(word): \(gloss)")
            #expect(!gloss.unicodeScalars.contains { $0.isHan }, "\(word): \(gloss)")
            #expect(
                gloss.split(separator: " ").count <= SenseTable.maxWords && gloss.count <= SenseTable.maxCharacters,
                "\(word): \(gloss)")
        }
        #expect(checked > 10)
    }
}
