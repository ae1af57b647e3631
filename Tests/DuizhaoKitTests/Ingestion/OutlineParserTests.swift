import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct OutlineParserTests {
    let parser = OutlineParser()

    @Test(arguments: [
        ("一、战略任务", Section.Tier.numeral, "一、", 1, true),
        ("（十二）建设中心", .parenthesizedNumeral, "（十二）", 12, true),
        ("(三)建设中心", .parenthesizedNumeral, "(三)", 3, true),
        ("1. 前瞻布局重大科技基础设施", .arabic, "1.", 1, true),
        ("12、强化协同", .arabic, "12、", 12, true),
        ("（2）突出重点。后面还有正文。", .parenthesizedArabic, "（2）", 2, false),
        ("第三章 附则", .chapter, "第三章", 3, true),
    ])
    func recognizesMarkers(line: String, tier: Section.Tier, numbering: String, ordinal: Int, standalone: Bool) throws {
        let marker = try #require(parser.marker(in: line))
        #expect(marker.tier == tier)
        #expect(marker.numbering == numbering)
        #expect(marker.ordinal == ordinal)
        #expect(marker.standalone == standalone)
    }

    @Test(arguments: ["3.5亿元用于建设。", "一是主动谋划国家实验室。", "2023年工作要点", "十分重要。", "（注：见附件）"])
    func ignoresLinesThatAreNotHeadings(line: String) {
        #expect(parser.marker(in: line) == nil)
    }

    @Test func readsChineseNumerals() {
        #expect(ChineseNumeral.value(of: "十") == 10)
        #expect(ChineseNumeral.value(of: "二十三") == 23)
        #expect(ChineseNumeral.value(of: "一百零五") == 105)
        #expect(ChineseNumeral.value(of: "甲") == nil)
    }
}
