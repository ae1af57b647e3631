import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct TrieLexiconTests {
    let dictionary = try! CEDictionary(
        text: """
            人才 人才 [ren2 cai2] /talent/
            人 人 [ren2] /person/
            才能 才能 [cai2 neng2] /ability/
            計劃 计划 [ji4 hua4] /plan/
            孔雀 孔雀 [kong3 que4] /peacock/
            中華人民共和國 中华人民共和国 [Zhong1 hua2 Ren2 min2 Gong4 he2 guo2] /PRC/
            """)

    @Test func findsTheSameWordsAsTheDictionary() {
        let trie = TrieLexicon(dictionary: dictionary)
        let text = Array("人才能孔雀計劃计划中华人民共和国".unicodeScalars)[...]
        for start in text.indices {
            #expect(
                trie.wordLengths(in: text, from: start, limit: 10)
                    == dictionary.wordLengths(in: text, from: start, limit: 10), "at \(start)")
        }
        #expect(trie.maxWordLength == dictionary.maxWordLength)
        for start in text.indices {
            var lengths: [Int] = []
            trie.forEachWordLength(in: text, from: start, limit: 10) { lengths.append($0) }
            #expect(lengths == dictionary.wordLengths(in: text, from: start, limit: 10), "at \(start)")
            for end in start...text.endIndex {
                let word = text[start..<end]
                #expect(trie.contains(word) == dictionary.contains(String(scalars: word)), "\(String(scalars: word))")
            }
        }
        #expect(trie.contains("計劃") && trie.contains("计划") && !trie.contains("计") && !trie.contains(""))
    }

    @Test func respectsTheLimit() {
        let trie = TrieLexicon(["中华", "中华人民共和国"])
        let text = Array("中华人民共和国".unicodeScalars)[...]
        #expect(trie.wordLengths(in: text, from: 0, limit: 3) == [2])
        #expect(trie.wordLengths(in: text, from: 0, limit: 7) == [2, 7])
    }
}
