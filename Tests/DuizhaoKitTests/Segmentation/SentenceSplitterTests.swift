import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct SentenceSplitterTests {
    func split(_ text: String) throws -> [String] {
        let utf16 = UTF16Text(text)
        return try SentenceSplitter().sentences(in: utf16).map { utf16.string($0.lowerBound, $0.upperBound) }
    }

    @Test func endsSentencesAtChineseStops() throws {
        #expect(try split("加快建设。是否可行？当然！") == ["加快建设。", "是否可行？", "当然！"])
    }

    @Test func keepsQuotationsWhole() throws {
        #expect(try split("树立“不求所有。只求所用”的理念。下一句。") == ["树立“不求所有。只求所用”的理念。", "下一句。"])
    }

    @Test func closingQuotesStayWithTheirSentence() throws {
        #expect(try split("他说：“要改革。”然后离开。") == ["他说：“要改革。”", "然后离开。"])
    }

    @Test func numbersAndNumberingDoNotSplit() throws {
        #expect(try split("1. 前瞻布局\n投入3.5亿元。共2.5万人。") == ["1. 前瞻布局", "投入3.5亿元。", "共2.5万人。"])
        #expect(try split("1.第一项内容。") == ["1.第一项内容。"])
    }

    @Test func semicolonsSplitEnumerationItems() throws {
        #expect(try split("一是加强领导；二是完善机制；三是强化保障。") == ["一是加强领导；", "二是完善机制；", "三是强化保障。"])
        #expect(try split("加强领导；完善机制。") == ["加强领导；完善机制。"])
    }

    @Test func lineFeedsAreHardBreaks() throws {
        #expect(try split("第一段没有句号\n第二段") == ["第一段没有句号", "第二段"])
    }
}
