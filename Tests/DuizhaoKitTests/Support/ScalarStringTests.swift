import Testing

@testable import DuizhaoText

@Suite struct ScalarStringTests {
    @Test func scalarCountMatchesTheScalarView() {
        // One to four UTF-8 bytes a scalar, combining marks, an emoji sequence, a long line.
        let samples = [
            "", "a", "é", "e\u{301}", "中", "𠀀", "👩‍💻", "深圳「十四五」 2025年 café 𪚥",
            String(repeating: "放管服𠀀ab。", count: 300),
        ]
        for sample in samples {
            #expect(sample.scalarCount == sample.unicodeScalars.count, "\(sample.prefix(8))")
        }
    }

    @Test func stringFromScalarsRoundTrips() {
        let text = "aé中𠀀👩‍💻"
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[1..<3]) == "é中")
    }
}
