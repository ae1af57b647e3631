import Testing

@testable import DuizhaoText

@Suite struct StringSearchTests {
    @Test func prefixesAndContentsCompareBytes() {
        #expect("您的位置：首页 > 新闻".hasPrefixBytes(anyOf: ["当前位置", "您的位置"]))
        #expect("您的位置".hasPrefixBytes(anyOf: ["您的位置"]))
        #expect("abc".hasPrefixBytes(anyOf: [""]))
        #expect(!"abc".hasPrefixBytes(anyOf: []))
        #expect(!"您的".hasPrefixBytes(anyOf: ["您的位置"]))
        #expect(!"".hasPrefixBytes(anyOf: ["您"]))
        #expect(!"当前的位置".hasPrefixBytes(anyOf: ["当前位置", "位置"]))
        #expect("当前的位置".containsBytes("的位"))
        #expect(!"当前的位置".containsBytes("位置："))
        // Bytes, not characters: é written as e + a combining accent does not hold U+00E9.
        #expect(!"e\u{301}cole".hasPrefixBytes(anyOf: ["\u{E9}"]))
        #expect("e\u{301}cole".hasPrefixBytes(anyOf: ["x", "e"]))
    }
}
