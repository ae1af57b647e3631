import Testing

@testable import DuizhaoText

@Suite struct ScalarStringTests {
    @Test func scalarCountMatchesTheScalarView() {
        for sample in Fixtures.encodingSamples {
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
