import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct TokenOverlayTests {
    @Test func termsBecomeSingleTokensCarryingTheirEntry() throws {
        let matcher = try TermMatcher(glossary: GlossaryFixtures.glossary)
        let document = try GlossaryFixtures.document("深圳实施孔雀计划，推进“三网”融合。")
        let overlaid = TokenOverlay.apply(matcher.matches(in: document), to: document)
        let tokens = overlaid.sentences[0].tokens
        #expect(tokens.map(\.text) == ["深圳", "实施", "孔雀计划", "，", "推进", "“三网”融合", "。"])
        let peacock = try #require(tokens.first { $0.text == "孔雀计划" })
        #expect(peacock.kind == .term)
        #expect(peacock.entryID == "peacock-plan")
        #expect(tokens.filter { $0.kind == .term }.map(\.entryID) == ["peacock-plan", "three-networks"])
    }

    @Test func partlyCoveredTokensAreSplit() throws {
        let glossary = Glossary(entries: [GlossaryEntry(id: "odd", zh: "澳大湾区建", en: "odd", source: "test")])
        let matcher = try TermMatcher(glossary: glossary)
        // ICU: 粤|港澳|大湾|区|建设; the term cuts 港澳 and 建设.
        let document = try GlossaryFixtures.document("粤港澳大湾区建设。")
        let found = matcher.matches(in: document)
        #expect(found.first?.confidence == .low)
        let tokens = TokenOverlay.apply(found, to: document).sentences[0].tokens
        #expect(tokens.map(\.text) == ["粤", "港", "澳大湾区建", "设", "。"])
        #expect(tokens[1].kind == .ideographic)
        #expect(tokens[1].span == TextSpan(start: 1, end: 2))
        #expect(tokens[2].kind == .term)
        #expect(tokens[3].kind == .ideographic)
        #expect(tokens[3].span == TextSpan(start: 7, end: 8))
    }

    @Test func withoutMatchesTheDocumentIsUnchanged() throws {
        let document = try GlossaryFixtures.document("今天天气很好。")
        #expect(TokenOverlay.apply([], to: document) == document)
    }

    @Test func tokensCoverTheSentenceInOrderWithoutOverlap() throws {
        let matcher = try TermMatcher(glossary: GlossaryFixtures.glossary)
        let document = try GlossaryFixtures.document("推进放管服改革，建设粤港澳大湾区。引进人才能够落户。")
        let overlaid = TokenOverlay.apply(matcher.matches(in: document), to: document)
        for (before, after) in zip(document.sentences, overlaid.sentences) {
            #expect(before.tokens.map(\.text).joined() == after.tokens.map(\.text).joined())
            for (left, right) in zip(after.tokens, after.tokens.dropFirst()) {
                #expect(left.span.end <= right.span.start)
            }
        }
    }
}
