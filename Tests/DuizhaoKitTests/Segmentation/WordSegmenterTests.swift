import Testing
@testable import DuizhaoKit

@Suite struct WordSegmenterTests {
    @Test func classifiesTokens() throws {
        let text = UTF16Text("投入10亿元，支持ABC公司 发展。")
        let tokens = try WordSegmenter().tokens(in: text)
        #expect(tokens.map(\.text) == ["投入", "10", "亿", "元", "，", "支持", "ABC", "公司", "发展", "。"])
        #expect(tokens.map(\.kind) == [.ideographic, .number, .ideographic, .ideographic, .punctuation, .ideographic, .letter, .ideographic, .ideographic, .punctuation])
    }

    @Test func symbolsAreNotPunctuation() throws {
        let tokens = try WordSegmenter().tokens(in: UTF16Text("互联网+"))
        #expect(tokens.last?.text == "+")
        #expect(tokens.last?.kind == .symbol)
    }
}

@Suite struct UTF16TextTests {
    @Test func slicesMatchStringDecoding() {
        // A lone lead surrogate cannot be written in a literal: build the units by hand.
        let units = Array("aé中𠀀".utf16) + [0xD800] + Array("x".utf16)
        let text = UTF16Text(units: units)
        for start in 0...units.count {
            for end in start...units.count {
                #expect(text.string(start, end) == String(decoding: units[start..<end], as: UTF16.self))
            }
        }
    }
}
