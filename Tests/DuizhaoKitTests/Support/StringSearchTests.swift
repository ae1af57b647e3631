import Testing

@testable import DuizhaoText

@Suite struct StringSearchTests {
    @Test func prefixesAndContentsCompareBytes() {
        #expect("您的位置：首页 > 新闻".hasPrefixBytes("您的位置"))
        #expect("您的位置".hasPrefixBytes("您的位置"))
        #expect("abc".hasPrefixBytes(""))
        #expect(!"您的".hasPrefixBytes("您的位置"))
        #expect(!"当前的位置".hasPrefixBytes("当前位置"))
        #expect("当前的位置".containsBytes("的位"))
        #expect(!"当前的位置".containsBytes("位置："))
        // Bytes, not characters: é written as e + a combining accent does not hold U+00E9.
        #expect(!"e\u{301}cole".hasPrefixBytes("\u{E9}"))
        #expect("e\u{301}cole".hasPrefixBytes("e"))
    }
}
