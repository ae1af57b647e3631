import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct WordSegmenterTests {
    @Test func classifiesTokens() throws {
        let text = UTF16Text("投入10亿元，支持ABC公司 发展。")
        let tokens = try WordSegmenter().tokens(in: text)
        #expect(tokens.map(\.text) == ["投入", "10", "亿", "元", "，", "支持", "ABC", "公司", "发展", "。"])
        #expect(
            tokens.map(\.kind) == [
                .ideographic, .number, .ideographic, .ideographic, .punctuation, .ideographic, .letter, .ideographic,
                .ideographic, .punctuation,
            ])
    }

    @Test func tokensWithoutWordStatusAreClassifiedByTheirFirstScalar() {
        // Rule status 0: ICU says nothing; the scalar's properties decide, in and out of the BMP.
        let expected: [(Unicode.Scalar, Token.Kind)] = [
            ("，", .punctuation), ("《", .punctuation), ("—", .punctuation), ("_", .punctuation),
            ("+", .symbol), ("¥", .symbol), ("々", .symbol), ("\u{3000}", .whitespace), ("\u{A0}", .whitespace),
            ("\u{1F642}", .symbol), ("\u{1D7CE}", .symbol), ("\u{16FE2}", .punctuation),
        ]
        for (scalar, kind) in expected {
            #expect(Token.Kind(ruleStatus: 0, first: scalar) == kind, "\(scalar.escaped(asASCII: true))")
        }
        #expect(Token.Kind(ruleStatus: 100, first: "，") == .number)
        #expect(Token.Kind(ruleStatus: 450, first: "+") == .ideographic)
    }

    @Test func symbolsAreNotPunctuation() throws {
        let tokens = try WordSegmenter().tokens(in: UTF16Text("互联网+"))
        #expect(tokens.last?.text == "+")
        #expect(tokens.last?.kind == .symbol)
    }
}

@Suite struct UTF16TextTests {
    @Test func unitsMatchTheUTF16View() {
        for sample in Fixtures.encodingSamples {
            #expect(UTF16Text.units(of: sample) == Array(sample.utf16))
            #expect(UTF16Text(sample).units == Array(sample.utf16))
        }
    }

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

@Suite struct ParallelSegmentationTests {
    @Test func chunkedSegmentationEqualsOnePass() throws {
        var text = ""
        for index in 0..<600 {
            text += "第\(index)段：深圳实施“孔雀计划”，每年安排10亿元。推进放管服改革！ABC公司𠀀字测试\n"
        }
        let serial = try Segmenter()
        serial.parallelThreshold = Int.max
        let parallel = try Segmenter()
        parallel.parallelThreshold = 0
        let expected = try serial.sentences(of: text, paragraphs: [])
        let actual = try parallel.sentences(of: text, paragraphs: [])
        #expect(expected.count > 1_000)
        #expect(actual == expected)
    }

    @Test func chunksStartAtParagraphs() {
        let text = UTF16Text("一。二。\n三。四。\n五。")
        let ranges = [0..<2, 2..<4, 5..<7, 7..<9, 10..<12]
        let chunks = Segmenter.chunks(ranges, units: text.units, parts: 2)
        #expect(chunks == [0..<4, 4..<5])  // the first paragraph start at or past half the text
        #expect(Segmenter.chunks(ranges, units: text.units, parts: 1) == [0..<5])
    }
}
