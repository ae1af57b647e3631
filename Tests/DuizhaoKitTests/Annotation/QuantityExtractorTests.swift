import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct QuantityExtractorTests {
    let extractor = QuantityExtractor()

    func only(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Quantity? {
        let found = extractor.quantities(in: text)
        #expect(found.count == 1, "\(text): \(found.map(\.surface))", sourceLocation: sourceLocation)
        return found.first
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var surface: String
        var kind: Quantity.Kind
        var value: Double
        var english: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "每年安排10亿元", surface: "10亿元", kind: .money, value: 1_000_000_000, english: "RMB 1 billion a year"),
        Case(text: "资助3000万元", surface: "3000万元", kind: .money, value: 30_000_000, english: "RMB 30 million"),
        Case(text: "总投资2.5亿", surface: "2.5亿", kind: .number, value: 250_000_000, english: "250 million"),
        Case(text: "占比50%", surface: "50%", kind: .percent, value: 50, english: "50%"),
        Case(text: "达到２.５％以上", surface: "２.５％以上", kind: .percent, value: 2.5, english: "over 2.5%"),
        Case(text: "到2025年，", surface: "到2025年", kind: .year, value: 2025, english: "by 2025"),
        Case(text: "引进45岁以下人才", surface: "45岁以下", kind: .age, value: 45, english: "under 45"),
        Case(text: "35周岁及以下的", surface: "35周岁及以下", kind: .age, value: 35, english: "35 and under"),
        Case(text: "培育100个团队", surface: "100个", kind: .count, value: 100, english: "100"),
        Case(text: "新增1000家企业", surface: "1000家", kind: .count, value: 1000, english: "1,000 organizations"),
        Case(text: "吸引10万人", surface: "10万人", kind: .count, value: 100_000, english: "100,000 people"),
        Case(text: "1.5万元", surface: "1.5万元", kind: .money, value: 15_000, english: "RMB 15,000"),
        Case(text: "5千万元", surface: "5千万元", kind: .money, value: 50_000_000, english: "RMB 50 million"),
        Case(text: "3百万美元", surface: "3百万美元", kind: .money, value: 3_000_000, english: "USD 3 million"),
        Case(text: "10万亿元", surface: "10万亿元", kind: .money, value: 10_000_000_000_000, english: "RMB 10 trillion"),
        Case(text: "1,200万元", surface: "1,200万元", kind: .money, value: 12_000_000, english: "RMB 12 million"),
        Case(text: "一千万元奖励", surface: "一千万元", kind: .money, value: 10_000_000, english: "RMB 10 million"),
        Case(text: "三千五百万元", surface: "三千五百万元", kind: .money, value: 35_000_000, english: "RMB 35 million"),
        Case(text: "百分之三十", surface: "百分之三十", kind: .percent, value: 30, english: "30%"),
        Case(text: "提高3个百分点", surface: "3个百分点", kind: .percent, value: 3, english: "3 percentage points"),
        Case(text: "最高3000万元", surface: "最高3000万元", kind: .money, value: 30_000_000, english: "up to RMB 30 million"),
        Case(text: "不少于500万元", surface: "不少于500万元", kind: .money, value: 5_000_000, english: "at least RMB 5 million"),
        Case(text: "100多个项目", surface: "100多个", kind: .count, value: 100, english: "over 100"),
        Case(text: "1000余万元", surface: "1000余万元", kind: .money, value: 10_000_000, english: "over RMB 10 million"),
        Case(text: "约200亿元", surface: "约200亿元", kind: .money, value: 20_000_000_000, english: "about RMB 20 billion"),
        Case(text: "3年内完成", surface: "3年内", kind: .duration, value: 3, english: "within 3 years"),
        Case(text: "6个月", surface: "6个月", kind: .duration, value: 6, english: "6 months"),
        Case(text: "到2025年底", surface: "到2025年底", kind: .year, value: 2025, english: "by end-2025"),
        Case(text: "自2021年起", surface: "自2021年起", kind: .year, value: 2021, english: "since 2021"),
        Case(text: "年均增长7%", surface: "7%", kind: .percent, value: 7, english: "7% a year"),
        Case(text: "补贴50万元/年", surface: "50万元/年", kind: .money, value: 500_000, english: "RMB 500,000 a year"),
        Case(text: "面积120平方公里", surface: "120平方公里", kind: .measure, value: 120, english: "120 km²"),
        Case(text: "装机100万千瓦", surface: "100万千瓦", kind: .measure, value: 1_000_000, english: "1 million kW"),
        Case(text: "人民币5亿", surface: "人民币5亿", kind: .money, value: 500_000_000, english: "RMB 500 million"),
    ]

    @Test(arguments: cases)
    func readsQuantities(_ example: Case) {
        guard let quantity = only(example.text) else { return }
        #expect(quantity.surface == example.surface)
        #expect(quantity.kind == example.kind)
        #expect(quantity.value == example.value)
        #expect(quantity.english == example.english)
    }

    @Test func readsRanges() {
        let money = only("资助3000万至5000万元")
        #expect(money?.value == 30_000_000)
        #expect(money?.upperValue == 50_000_000)
        #expect(money?.english == "RMB 30–50 million")
        let shared = only("10-20亿元")
        #expect(shared?.value == 1_000_000_000)
        #expect(shared?.upperValue == 2_000_000_000)
        #expect(shared?.english == "RMB 1–2 billion")
        let mixed = only("500万～1亿元")
        #expect(mixed?.english == "RMB 5–100 million")
        let large = only("500万元至2亿元")
        #expect(large?.english == "RMB 5–200 million")
        #expect(only("800元至2万元")?.english == "RMB 800–20,000")
        #expect(only("900万至15亿元")?.english == "RMB 9 million–1.5 billion")
        let years = only("2021—2025年")
        #expect(years?.kind == .year)
        #expect(years?.english == "2021–2025")
        let ages = only("25至35岁")
        #expect(ages?.english == "aged 25–35")
        let percent = only("增长10%～20%")
        #expect(percent?.value == 10)
        #expect(percent?.upperValue == 20)
        #expect(percent?.english == "10–20%")
    }

    @Test func perYearNeedsEveryYearInTheSameClause() {
        let found = extractor.quantities(in: "每年举办活动，投入10亿元")
        #expect(found.first?.perYear == false)
        #expect(extractor.quantities(in: "每年对人才给予10亿元支持").first?.perYear == true)
        #expect(extractor.quantities(in: "到2025年每年").first?.perYear == false, "years are never per year")
    }

    @Test func skipsOrdinalsCodesAndBareNumbers() {
        #expect(extractor.quantities(in: "第3年").isEmpty)
        #expect(extractor.quantities(in: "第一条").isEmpty)
        #expect(extractor.quantities(in: "一是加强领导，二是完善政策").isEmpty)
        #expect(extractor.quantities(in: "建设一批平台，三项措施").isEmpty)
        #expect(extractor.quantities(in: "5G网络和G20峰会").isEmpty)
        #expect(extractor.quantities(in: "共计128").isEmpty)
        #expect(extractor.quantities(in: "十四五规划").isEmpty)
        #expect(extractor.quantities(in: "二〇二五年").isEmpty)
    }

    @Test func findsSeveralInOrderWithOffsets() {
        let text = "到2025年，引进45岁以下青年人才3000名，资助最高3000万元。"
        let found = extractor.quantities(in: text, offset: 100)
        #expect(found.map(\.surface) == ["到2025年", "45岁以下", "3000名", "最高3000万元"])
        let scalars = Array(text.unicodeScalars)
        for quantity in found {
            #expect(
                String(String.UnicodeScalarView(scalars[(quantity.span.start - 100)..<(quantity.span.end - 100)]))
                    == quantity.surface)
        }
    }

    @Test func writesAmountsInEnglish() {
        #expect(QuantityExtractor.englishAmount(1_000_000_000) == "1 billion")
        #expect(QuantityExtractor.englishAmount(250_000_000) == "250 million")
        #expect(QuantityExtractor.englishAmount(12_345_678) == "12,345,678")
        #expect(QuantityExtractor.englishAmount(15_000) == "15,000")
        #expect(QuantityExtractor.englishAmount(2.5) == "2.5")
        #expect(QuantityExtractor.englishAmount(1_250_000) == "1.25 million")
    }
}
