import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoTranslation

@Suite struct TranslationVerifierTests {
    let verifier = TranslationVerifier()

    func kinds(_ text: String, _ english: String) -> [TranslationIssue.Kind] {
        verifier.issues(sentence: MTFixtures.sentence(text), english: english).map(\.kind)
    }

    @Test func acceptsATranslationWithTheRequiredRendering() {
        #expect(kinds("深圳市实施孔雀计划。", "Shenzhen implements the Peacock Plan.") == [])
    }

    @Test func flagsAMissingRenderingWithTheEntryAndTheExpectedText() {
        let issues = verifier.issues(
            sentence: MTFixtures.sentence("深圳市实施孔雀计划。"), english: "Shenzhen implements the Peacock Scheme.")
        #expect(issues.count == 1)
        #expect(issues.first?.kind == .missingRendering)
        #expect(issues.first?.entryID == "peacock-plan")
        #expect(issues.first?.expected == "Peacock Plan")
        #expect(issues.first?.message.contains("孔雀计划") == true)
    }

    @Test func acceptsAnAlternativeButNotADeprecatedOne() {
        #expect(kinds("深圳市实施孔雀计划。", "Shenzhen implements the Peacock Program.") == [])
        #expect(kinds("深圳市实施孔雀计划。", "Shenzhen implements the Kongque Plan.") == [.missingRendering])
    }

    @Test func toleratesCasePluralsHyphensAndSpaces() {
        #expect(kinds("支持高新区发展。", "Support the development of High-Tech Zones.") == [])
        #expect(kinds("支持高新区发展。", "Support the development of the hightech zone.") == [])
        #expect(kinds("支持高新区发展。", "Support the high tech zone's development.") == [])
        #expect(kinds("支持高新区发展。", "Support the development of technology zones.") == [.missingRendering])
        // A rendering must start at a word's edge: "thigh-tech zone" is not "high-tech zone".
        #expect(kinds("支持高新区发展。", "Support the thigh-tech zone.") == [.missingRendering])
    }

    @Test func readsEachRequiredTermOnce() {
        let issues = verifier.issues(sentence: MTFixtures.sentence("孔雀计划和孔雀计划。"), english: "Two plans.")
        #expect(issues.filter { $0.kind == .missingRendering }.count == 1)
    }

    @Test func carriesOverChineseAmountsInAnyEnglishForm() {
        #expect(kinds("每年安排10亿元。", "RMB 1 billion is allocated every year.") == [])
        #expect(kinds("每年安排10亿元。", "1,000,000,000 yuan is allocated every year.") == [])
        #expect(kinds("每年安排10亿元。", "One billion yuan is allocated every year.") == [])
        #expect(kinds("每年安排10亿元。", "RMB 10 billion is allocated every year.") == [.numberMismatch])
        #expect(kinds("高新区新增企业3.5万家。", "The high-tech zone added 35,000 enterprises.") == [])
        #expect(kinds("高新区新增企业3.5万家。", "The high-tech zone added 35 thousand enterprises.") == [])
        #expect(kinds("高新区新增企业3.5万家。", "The high-tech zone added 3.5 enterprises.") == [.numberMismatch])
    }

    @Test func numberIssueNamesTheSourceAndTheExpectedEnglish() {
        let issues = verifier.issues(
            sentence: MTFixtures.sentence("每年安排10亿元。"), english: "A large sum is allocated every year.")
        #expect(issues.map(\.kind) == [.numberMismatch])
        #expect(issues.first?.expected == "RMB 1 billion a year")
        #expect(issues.first?.message.contains("10亿元") == true)
    }

    @Test func checksArabicNumeralsAndBothEndsOfRanges() {
        #expect(kinds("到2025年引进3000名人才。", "By 2025, 3,000 talents will be attracted.") == [])
        #expect(kinds("到2025年引进3000名人才。", "By 2026, 3,000 talents will be attracted.") == [.numberMismatch])
        #expect(kinds("资助3000万至5000万元。", "Funding of RMB 30–50 million.") == [])
        #expect(kinds("资助3000万至5000万元。", "Funding of RMB 30 million.") == [.numberMismatch])
        #expect(kinds("共12条措施。", "Twelve measures in all.") == [])
        #expect(kinds("共12条措施。", "Measures in all.") == [.numberMismatch])
        // Ordinals (第12条, Article 12) are structure, as for `duizhao check`: not required.
        #expect(kinds("依据第12条执行。", "Implemented under the article.") == [])
    }

    @Test func acceptsNumbersInWordsAndMonthNames() {
        #expect(kinds("实施期限为3年。", "The term is three years.") == [])
        #expect(kinds("自3月1日起施行。", "Effective from March 1.") == [])
        #expect(kinds("自3月1日起施行。", "Effective from April 1.") == [.numberMismatch])
        #expect(kinds("发布日期：2024-05-08", "Published on May 8, 2024") == [])
        #expect(kinds("发布日期：2024-05-08", "Published on June 8, 2024") == [.numberMismatch])
    }

    @Test func flagsChineseLeftInTheTranslation() {
        let issues = verifier.issues(
            sentence: MTFixtures.sentence("深圳市实施孔雀计划。"), english: "Shenzhen implements the Peacock Plan (孔雀计划) 等.")
        #expect(issues.map(\.kind) == [.untranslatedChinese])
        #expect(issues.first?.message.contains("孔雀计划, 等") == true)
    }

    @Test func reportsEveryKindOfProblemTogether() {
        let found = kinds("孔雀计划每年安排10亿元。", "The plan gets 100 million 元.")
        #expect(found == [.missingRendering, .numberMismatch, .untranslatedChinese])
    }
}

@Suite struct RenderingInLineTests {
    @Test func matchesWholeWordsWithPluralsAndJoins() {
        let matcher = EnglishWords(
            "The Guangdong–Hong Kong–Macao Greater Bay Area's cities and taxes, enterprises, hightech zones")
        #expect(matcher.contains("Guangdong-Hong Kong-Macao Greater Bay Area"))
        #expect(matcher.contains("city"))
        #expect(matcher.contains("tax"))
        #expect(matcher.contains("enterprise"))
        #expect(matcher.contains("high-tech zone"))
        #expect(!matcher.contains("Bay Areas Plan"))
        #expect(!matcher.contains("ong"))
        #expect(!matcher.contains(""))
    }
}
