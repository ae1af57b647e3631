import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct BylineParserTests {
    @Test func parsesScrapedByline() {
        let metadata = BylineParser.parse("作者:乐正 来源:深圳的国际科技产业创新之路 责任编辑:manman 2023-03-01 人已围观", line: 3)
        var expected = Metadata(author: "乐正", source: "深圳的国际科技产业创新之路", editor: "manman", date: "2023-03-01")
        expected.lines = [.author: 3, .source: 3, .editor: 3, .date: 3]
        #expect(metadata == expected)
    }

    @Test(arguments: [
        ("2023-03-01", "2023-03-01"), ("2023/3/1 10:00", "2023-03-01"), ("2023.12.31", "2023-12-31"),
        ("发布时间：2021年7月9日", "2021-07-09"), ("no date 12345", nil),
    ])
    func normalizesDates(text: String, expected: String?) {
        #expect(BylineParser.isoDate(in: text) == expected)
    }

    @Test func recognizesBylinesButNotProse() {
        #expect(BylineParser.isByline("来源：新华社　发布时间：2024-01-02"))
        #expect(!BylineParser.isByline("围绕国家目标和战略需求，整合区域创新资源，主动谋划建设国家实验室。"))
    }
}
