import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct CEDictionaryTests {
    @Test func theSortedIndexOrdersHeadwordsByTheirBytesAndTiesInFileOrder() {
        // Headwords sharing their first eight bytes or more (中华人 and longer), prefixes of each
        // other, repeats, short ASCII ones and an empty one.
        let words = [
            "中华人民共和国", "中华人民", "中华", "中华人民共和国", "ABC", "AB", "中华人", "中华人民共和", "A", "中华人民", "卡拉OK",
            "卡拉", "",
        ]
        var bytes: [UInt8] = []
        var starts: [Int32] = [], ends: [Int32] = []
        for word in words.shuffled() + words {
            starts.append(Int32(bytes.count))
            bytes += Array(word.utf8)
            ends.append(Int32(bytes.count))
            bytes.append(0x0A)
        }
        let sorted = CEDictionary.sortedIndex(bytes: bytes, starts: starts, ends: ends)
        let expected = starts.indices.sorted { a, b in
            let lhs = Array(bytes[Int(starts[a])..<Int(ends[a])]), rhs = Array(bytes[Int(starts[b])..<Int(ends[b])])
            return lhs != rhs ? lhs.lexicographicallyPrecedes(rhs) : a < b
        }
        #expect(sorted.map(Int.init) == expected)
    }

    @Test func looksUpBySimplifiedAndTraditional() throws {
        let dictionary = try DictionaryFixture.load()
        let bySimplified = dictionary.lookup("猫")
        let byTraditional = dictionary.lookup("貓")
        #expect(bySimplified.count == 1)
        #expect(bySimplified == byTraditional)
        #expect(bySimplified.first?.senses.first == "cat")
        #expect(bySimplified.first?.line == 4)
        #expect(dictionary.lookup("委員會").first?.simplified == "委员会")
        #expect(dictionary.lookup("狗").isEmpty)
        #expect(dictionary.lookup("").isEmpty)
    }

    @Test func keepsSeveralEntriesPerHeadwordInFileOrder() throws {
        let dictionary = try DictionaryFixture.load()
        #expect(dictionary.lookup("行").map(\.pinyin) == ["háng", "xíng"])
        #expect(dictionary.lookup("王").map(\.pinyinNumbered) == ["Wang2", "wang2"])
        // 炉 is the Simplified form of two Traditional headwords.
        #expect(dictionary.lookup("炉").map(\.traditional) == ["鑪", "爐"])
        #expect(dictionary.lookup("爐").map(\.traditional) == ["爐"])
    }

    @Test func containsEitherScript() throws {
        let dictionary = try DictionaryFixture.load()
        #expect(dictionary.contains("人才"))
        #expect(dictionary.contains("社會主義"))
        #expect(dictionary.contains("社会主义"))
        #expect(!dictionary.contains("社会主"))
        #expect(!dictionary.contains("人才培养"))
        #expect(dictionary.maxWordLength == 4)
    }

    @Test func firstSenseSkipsSurnamesVariantsAndReferences() throws {
        let dictionary = try DictionaryFixture.load()
        #expect(dictionary.firstSense("人才") == "talent")
        #expect(dictionary.firstSense("猫") == "cat")
        // A proper-noun entry with only a surname loses to the common noun.
        #expect(dictionary.firstSense("王") == "king")
        // A variant reference loses to an entry with a real sense.
        #expect(dictionary.firstSense("炉") == "stove")
        #expect(dictionary.gloss("炉")?.entry.traditional == "爐")
        // Within one entry: skip "surname …" and "see …".
        #expect(dictionary.firstSense("张") == "to open up")
        #expect(dictionary.firstSense("干") == "to concern")
        // With nothing better, the reference itself is the gloss.
        #expect(dictionary.firstSense("鑪") == "old variant of 爐|炉[lu2]")
        #expect(dictionary.firstSense("狗") == nil)
        // One Simplified form of two Traditional words: the one with more senses.
        #expect(dictionary.firstSense("后") == "after")
        #expect(dictionary.firstSense("后") != dictionary.lookup("后").first?.senses.first)
    }

    @Test func findsLongestPrefixAndWordLengths() throws {
        let dictionary = try DictionaryFixture.load()
        let prefix = dictionary.longestPrefix(of: "人才培养")
        #expect(prefix?.word == "人才")
        #expect(prefix?.entries.first?.senses.first == "talent")
        #expect(dictionary.longestPrefix(of: "社會主義者")?.word == "社會主義")
        #expect(dictionary.longestPrefix(of: "狗") == nil)
        let scalars = Array("委员会议".unicodeScalars)
        #expect(dictionary.wordLengths(in: scalars[...], from: 0, limit: 4) == [2, 3])
        #expect(dictionary.wordLengths(in: scalars[...], from: 0, limit: 2) == [2])
        #expect(dictionary.wordLengths(in: scalars[...], from: 2, limit: 2) == [1])
    }

    @Test func loadsTextAndRejectsBadFiles() throws {
        let dictionary = try CEDictionary(text: "好 好 [hao3] /good/\r\n")
        #expect(dictionary.firstSense("好") == "good")
        #expect(throws: DictionaryError.noEntries(path: "<memory>", skippedLines: 1)) {
            try CEDictionary(text: "not a dictionary\n")
        }
        let badBytes: [UInt8] =
            Array("好 好 [hao3] /good/\n".utf8) + [0xE5, 0xFF, 0x20, 0xE5, 0xA5, 0xBD] + Array(" [hao3] /x/\n".utf8)
        #expect(throws: DictionaryError.notUTF8(path: "bad.u8", line: 2)) {
            try CEDictionary(bytes: badBytes, path: "bad.u8")
        }
        #expect(throws: DictionaryError.self) { try CEDictionary.load(path: "/nonexistent/cedict.u8") }
        let empty = try CEDictionary(text: "# only a comment\n")
        #expect(empty.count == 0)
        #expect(empty.lookup("好").isEmpty)
    }

    @Test func errorDescriptionsNameTheFileAndTheFix() {
        #expect(DictionaryError.notFound(path: "x.u8", origin: "--dictionary").description.contains("make dictionary"))
        #expect(DictionaryError.notUTF8(path: "x.u8", line: 7).description.hasPrefix("x.u8:7:"))
    }
}
