import Testing

@testable import DuizhaoCore

@Suite struct ScalarKeyTests {
    func key(_ text: String) -> ScalarKey? { ScalarKey(Array(text.unicodeScalars)[...]) }

    @Test func holdsUpToEightScalarsAndGivesThemBack() throws {
        for text in ["放", "负面清单", "a\u{0}b", "𠀀放管服𠀁", "一二三四五六七八", "\u{10FFFF}"] {
            let packed = try #require(key(text), "\(text)")
            #expect(String(String.UnicodeScalarView(packed.scalars)) == text)
        }
        #expect(key("") == nil)
        #expect(key("一二三四五六七八九") == nil)
    }

    @Test func equalOnlyForTheSameScalarsInTheSameOrder() {
        #expect(key("负面清单") == key("负面清单"))
        #expect(key("负面清单") != key("清单负面"))
        // A shorter text is not a prefix-padded form of a longer one, even with U+0000.
        #expect(key("负面") != key("负面\u{0}"))
        #expect(key("负面清") != key("负面清单"))
        let keys = Set(["负面清单", "负面", "清单", "负面清", "面清单"].compactMap(key))
        #expect(keys.count == 5)
    }
}
