import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct TermMatcherTests {
    let matcher: TermMatcher

    init() throws { matcher = try TermMatcher(glossary: GlossaryFixtures.glossary) }

    func matches(_ text: String) throws -> [TermMatch] {
        try matcher.matches(in: GlossaryFixtures.document(text))
    }

    @Test func matchingOnEveryCoreEqualsMatchingOnOne() throws {
        let sentences = ["推进放管服改革。", "实施“孔雀计划”。", "粤港澳大湾区建设。", "没有术语的句子。", "个人才能与人才。"]
        let text = (0..<60).map { sentences[$0 % sentences.count] + ($0 % 7 == 0 ? "\n" : "") }.joined()
        let document = try GlossaryFixtures.document(text)
        let serial = matcher.matches(in: document)
        let parallel = try TermMatcher(glossary: GlossaryFixtures.glossary)
        parallel.parallelSentences = 5
        let found = parallel.matches(in: document)
        #expect(serial.count >= 48)
        #expect(found == serial)
    }

    @Test func matchesFromSeveralWorkersKeepDocumentOrderAndEverySurface() throws {
        // Each worker gathers its matches in a buffer of its own; the buffers are moved into
        // one array. Traditional and quoted forms (surfaces built from the text) sit beside
        // headwords (surfaces shared with the glossary).
        let sentences = ["推进放管服改革。", "實施孔雀計劃。", "推进“三网”融合。", "粤港澳大湾区建设。"]
        let document = try GlossaryFixtures.document((0..<40).map { sentences[$0 % 4] }.joined(separator: "\n"))
        let parallel = try TermMatcher(glossary: GlossaryFixtures.glossary)
        parallel.parallelSentences = 3
        let found = parallel.matches(in: document)
        #expect(found == matcher.matches(in: document))
        #expect(found.count == 40 / 4 * 5)
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
        let text = Array(document.text.unicodeScalars)
        #expect(found.allSatisfy { String(String.UnicodeScalarView(text[$0.span.start..<$0.span.end])) == $0.surface })
        #expect(Set(found.map(\.form)) == [.headword, .traditional, .quoteFolded])
    }

    @Test func confidencesOrderLowMediumHigh() {
        let ordered: [TermMatch.Confidence] = [.low, .medium, .high]
        #expect(ordered.shuffled().sorted() == ordered)
        #expect(TermMatch.Confidence.medium < .high && !(TermMatch.Confidence.high < .low))
    }

    @Test func findsTermsThatICUSplitsIntoSeveralWords() throws {
        // ICU: 放|管|服, 粤|港澳|大湾|区, 孔雀|计划.
        let found = try matches("推进放管服改革。粤港澳大湾区建设。实施孔雀计划。")
        #expect(found.map(\.entryID) == ["fangguanfu", "reform", "greater-bay-area", "peacock-plan"])
        #expect(found.allSatisfy { $0.confidence == .high && $0.form == .headword })
    }

    @Test func reportsSpansOfTheOriginalDocumentText() throws {
        let document = try GlossaryFixtures.document("推进改革。\n实施“孔雀计划”。")
        let found = matcher.matches(in: document)
        let scalars = Array(document.text.unicodeScalars)
        #expect(found.count == 2)
        for match in found {
            #expect(String(String.UnicodeScalarView(scalars[match.span.start..<match.span.end])) == match.surface)
        }
        #expect(found[1].span == TextSpan(start: 9, end: 13))
        #expect(found[1].surface == "孔雀计划")
    }

    @Test func adjacentTermsAreSeparateMatches() throws {
        let found = try matches("放管服改革深入推进。")
        #expect(found.map(\.surface) == ["放管服", "改革"])
        #expect(found[0].span.end == found[1].span.start)
    }

    @Test func overlappingCandidatesGiveTheLeftmostLongest() throws {
        #expect(try matches("粤港澳大湾区建设。").map(\.entryID) == ["greater-bay-area"])
        #expect(try matches("大湾区建设，港澳地区。").map(\.entryID) == ["bay-area", "hong-kong-macao"])
    }

    @Test func shortTermInsideTwoWordsIsSuppressedButNotWhenOnBoundaries() throws {
        // ICU: 个人|才能 — 人才 would cut both words.
        #expect(try matches("个人才能得到发挥。").isEmpty)
        // ICU: 引进|人才|能够.
        let found = try matches("引进人才能够落户。")
        #expect(found.map(\.surface) == ["人才"])
        #expect(found.first?.confidence == .high)
    }

    @Test func suppressionCanBeTurnedOff() throws {
        var options = TermMatcher.Options()
        options.suppressShortLowConfidence = false
        let permissive = try TermMatcher(glossary: GlossaryFixtures.glossary, options: options)
        let found = permissive.matches(in: try GlossaryFixtures.document("个人才能得到发挥。"))
        #expect(found.map(\.surface) == ["人才"])
        #expect(found.first?.confidence == .low)
    }

    @Test func termInsideALongerWordHasMediumConfidence() throws {
        // ICU: 发展|高科技|产业 — 科技 starts inside 高科技 and ends with it.
        let found = try matches("发展高科技产业。")
        #expect(found.map(\.surface) == ["科技"])
        #expect(found.first?.confidence == .medium)
    }

    @Test func strictEntriesNeedBothEdgesOnWordBoundaries() throws {
        // ICU: 深圳|经济|特区.
        #expect(try matches("深圳经济特区。").map(\.entryID) == ["special-zone"])
        let strict = try TermMatcher(
            glossary: Glossary(entries: [
                GlossaryEntry(id: "st", zh: "科技", en: "science and technology", source: "test", match: .strict)
            ]))
        // ICU: 发展|高科技|产业 (medium, refused) and 科技|创新 (high).
        #expect(strict.matches(in: try GlossaryFixtures.document("发展高科技产业。")).isEmpty)
        #expect(strict.matches(in: try GlossaryFixtures.document("推动科技创新。")).map(\.surface) == ["科技"])
    }

    @Test func traditionalTextMatchesTheSimplifiedHeadword() throws {
        let found = try matches("實施孔雀計劃。")
        #expect(found.map(\.entryID) == ["peacock-plan"])
        #expect(found.first?.form == .traditional)
        #expect(found.first?.surface == "孔雀計劃")
    }

    @Test func listedVariantIsReportedAsTheVariant() throws {
        let found = try matches("推進雙創。")
        #expect(found.map(\.entryID) == ["shuangchuang"])
        #expect(found.first?.form == .variant)
    }

    @Test func fullWidthLettersMatchButNotInsideALatinWord() throws {
        let found = try matches("ＧＤＰ增长。")
        #expect(found.map(\.entryID) == ["gdp"])
        #expect(found.first?.form == .widthFolded)
        #expect(found.first?.surface == "ＧＤＰ")
        #expect(try matches("GDPR规定。").isEmpty)
        #expect(try matches("gdp增长。").first?.form == .widthFolded)
    }

    @Test func fullWidthSlashAndDigitsMatch() throws {
        let matcher = try TermMatcher(
            glossary: Glossary(entries: [GlossaryEntry(id: "g45", zh: "4G/5G", en: "4G/5G", source: "test")]))
        let found = matcher.matches(in: try GlossaryFixtures.document("推进４Ｇ／５Ｇ网络建设。"))
        #expect(found.map(\.surface) == ["４Ｇ／５Ｇ"])
        #expect(found.first?.form == .widthFolded)
        #expect(found.first?.span == TextSpan(start: 2, end: 7))
    }

    @Test func internetPlusFollowedByText() throws {
        let found = try matches("推动互联网+政务服务。推动互联网＋教育。")
        #expect(found.map(\.surface) == ["互联网+", "互联网＋"])
        #expect(found.map(\.form) == [.headword, .widthFolded])
        #expect(found.allSatisfy { $0.confidence == .high })
    }

    @Test func termSpanningAQuoteIncludesBothMarks() throws {
        let found = try matches("推进“三网”融合。")
        #expect(found.map(\.entryID) == ["three-networks"])
        #expect(found.first?.surface == "“三网”融合")
        #expect(found.first?.form == .quoteFolded)
        #expect(found.first?.confidence == .high)
    }

    @Test func quotedTermIsMatchedInsideTheQuotes() throws {
        let found = try matches("实施“孔雀计划”和「放管服」。")
        #expect(found.map(\.surface) == ["孔雀计划", "放管服"])
        #expect(found.allSatisfy { $0.form == .headword })
    }

    @Test func plainStringAPIAndScanAgree() throws {
        let text = "推进放管服改革，建设粤港澳大湾区。"
        #expect(try matcher.matches(in: text).map(\.entryID) == matcher.scan(text).map(\.entryID))
        #expect(matcher.entry(id: "peacock-plan")?.en == "Peacock Plan")
        #expect(matcher.entry(id: "nothing") == nil)
    }

    @Test func isDeterministic() throws {
        let document = try GlossaryFixtures.document("推进放管服改革。粤港澳大湾区建设，港澳地区。实施“孔雀计划”，推进“三网”融合。")
        #expect(matcher.matches(in: document) == matcher.matches(in: document))
        let other = try TermMatcher(glossary: GlossaryFixtures.glossary)
        #expect(other.matches(in: document) == matcher.matches(in: document))
    }
}
