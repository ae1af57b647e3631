import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct TitleEnglishTests {
    func title(_ chinese: String) throws -> EnglishLine? {
        let glossary = ["粤港澳大湾区": "Guangdong-Hong Kong-Macao Greater Bay Area", "孔雀计划": "Peacock Plan"]
        return TitleEnglish(formulas: try EnglishLineFixtures.lexicon().formulas) { glossary[$0] }.english(for: chinese)
    }

    @Test func aKnownSubjectGivesTheWholeTitleInEnglish() throws {
        let opinions = try #require(try title("国务院关于粤港澳大湾区的意见"))
        #expect(opinions.text == "Opinions of the State Council on Guangdong-Hong Kong-Macao Greater Bay Area")
        #expect(opinions.origin == .formula)
        #expect(
            try title("国务院办公厅关于印发《孔雀计划》的通知")?.text
                == "Circular of the General Office of the State Council on Issuing the Peacock Plan")
        #expect(try title("孔雀计划实施方案")?.text == "Implementation Plan for Peacock Plan")
    }

    @Test func anUnknownSubjectStaysChineseAndSaysSo() throws {
        let line = try #require(try title("国务院关于加快建设全国统一大市场的意见"))
        #expect(line.text == "Opinions of the State Council on 加快建设全国统一大市场")
        #expect(line.provider?.contains("stays in Chinese") == true)
        #expect(try title("深圳市创新工作会议") == nil)
    }

    @Test func aYearAndIssuerTitleIsNeverHalfChinese() throws {
        // 2010年中华人民共和国国务院政府工作报告 read "Report on the Work of the Government for 2010年中华人民共和国国务院".
        #expect(try title("2026年国务院政府工作报告")?.text == "Report on the Work of the Government of the State Council (2026)")
        #expect(try title("2026年政府工作报告")?.text == "Report on the Work of the Government (2026)")
        #expect(try title("政府工作报告")?.text == "Report on the Work of the Government")
        // An issuer neither table knows: no English title rather than a half-Chinese one.
        #expect(try title("2026年某某省政府工作报告") == nil)
    }
}
