import DuizhaoKit
import Testing
@testable import DuizhaoCore

@Suite struct NumberReaderTests {
    func chinese(_ text: String) -> [Double] { ChineseNumberReader().numbers(in: text).map(\.value) }
    func english(_ text: String) -> [Double] { TranslationNumberReader().numbers(in: text).map(\.value) }

    @Test func chineseAmountsAndNumerals() {
        #expect(chinese("每年安排10亿元") == [1e9])
        #expect(chinese("最高1,000万元奖励") == [1e7])
        #expect(chinese("给予百分之五的补贴") == [5])
        #expect(chinese("到2025年") == [2025])
        #expect(chinese("连续支持三年，推出三项措施") == [3, 3])
        #expect(chinese("十五个重点园区") == [15])
        #expect(chinese("新增企业两千家") == [2000])
        #expect(chinese("3000万至5000万元") == [3e7, 5e7])
        #expect(chinese("自2024年1月1日起") == [2024, 1, 1])
        #expect(chinese("每年安排10億元，兩千家企業") == [1e9, 2000])
    }

    @Test func chineseNonNumbers() {
        #expect(chinese("共建一带一路，推出一批项目") == [])
        #expect(chinese("G20峰会与5G网络") == [])
        // Plan names state no count on either side.
        #expect(chinese("第14个五年规划与三年行动计划") == [])
        #expect(chinese("“十四五”时期") == [])
        #expect(english("the 14th Five-Year Plan and the Three-Year Action Plan") == [])
        #expect(english("for five years") == [5])
        #expect(chinese("一、总体要求") == [])
        #expect(chinese("1. 前瞻布局") == [])
        #expect(chinese("（2）建设3个平台") == [3])
    }

    @Test func englishAmounts() {
        #expect(english("RMB 1 billion a year") == [1e9])
        #expect(english("up to 10 million yuan") == [1e7])
        #expect(english("a subsidy of 5% for 2.5 years") == [5, 2.5])
        #expect(english("By 2025, 2,000 new firms") == [2025, 2000])
        #expect(english("3bn and 2m") == [3e9, 2e6])
        #expect(english("30-50 million yuan") == [3e7, 5e7])
        #expect(english("30 to 50 million") == [3e7, 5e7])
    }

    @Test func englishWordsAndDates() {
        #expect(english("for three consecutive years") == [3])
        #expect(english("Fifteen key parks") == [15])
        #expect(english("two thousand enterprises") == [2000])
        #expect(english("twenty-five pilots") == [25])
        #expect(english("one billion yuan") == [1e9])
        #expect(english("one of the pilots") == [])
        #expect(english("on January 1, 2024") == [1, 1, 2024])
        #expect(english("Firms may apply from May 5") == [5, 5])
    }

    @Test func englishCodesAndOrdinals() {
        #expect(english("the G20 summit, 5G networks, the 14th plan, COVID-19") == [])
        #expect(english("1. Laying out 3 platforms") == [3])
        #expect(english("(2) Building") == [])
        #expect(english("2025. That year") == [2025])
    }

    @Test func unmatchedNumbersEachMatchOnce() {
        let source = [
            StatedNumber(text: "10亿元", value: 1e9), StatedNumber(text: "3年", value: 3),
            StatedNumber(text: "三项", value: 3),
        ]
        let target = [StatedNumber(text: "100 million", value: 1e8), StatedNumber(text: "three", value: 3)]
        let (missing, extra) = StatedNumber.unmatched(source: source, target: target)
        #expect(missing.map(\.text) == ["10亿元", "三项"])
        #expect(extra.map(\.text) == ["100 million"])
        #expect(StatedNumber(text: "0.1 billion", value: 0.1 * 1e9).key == StatedNumber(text: "1亿", value: 1e8).key)
    }
}
