import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct TextFolderTests {
    @Test func foldsTraditionalWidthCaseAndQuotes() throws {
        let folder = try TextFolder()
        #expect(folder.folded("孔雀計劃") == "孔雀计划")
        #expect(folder.folded("ＧＤＰ／5Ｇ") == "gdp/5g")
        #expect(folder.folded("“三网”融合") == "三网融合")
        #expect(folder.folded("「放管服」『改革』‘x’\"y\"") == "放管服改革xy")
        #expect(folder.folded("互联网＋") == "互联网+")
    }

    @Test func mapsFoldedOffsetsBackToTheOriginal() throws {
        let folder = try TextFolder()
        let folded = folder.fold("推进“三网”融合")
        #expect(folded.string == "推进三网融合")
        #expect(folded.originalCount == 8)
        // 三网融合 is folded 2..<6; in the original it runs from 三 (3) through 合 (8).
        #expect(folded.originalRange(2, 6) == 3..<8)
        #expect(folded.changes[2] == .removed)
        #expect(folded.changes[0] == .none)
    }

    @Test func recordsWhatChanged() throws {
        let folder = try TextFolder()
        let folded = folder.fold("計Ｇa𠀋")
        #expect(folded.changes[0] == .traditional)
        #expect(folded.changes[1] == .width)
        #expect(folded.changes[2] == .none)
        #expect(folded.originalCount == 4)
        #expect(folded.scalars.count == 4)
    }

    @Test func keepsTheOriginalScalarsAndCountsTheChangedOnes() throws {
        let folder = try TextFolder()
        var folded = folder.fold("推进“三网”融合")
        #expect(folded.originals == "推进“三网”融合".unicodeScalars.map(\.value))
        #expect(folded.changedCount == 2)
        #expect(folded.isUnchanged(3..<5) && folded.isUnchanged(6..<8))
        #expect(!folded.isUnchanged(2..<4) && !folded.isUnchanged(5..<7))
        // Folding into the same storage starts afresh.
        folder.fold("人才发展", into: &folded)
        #expect(folded.originals == "人才发展".unicodeScalars.map(\.value))
        #expect(folded.changedCount == 0 && folded.isUnchanged(0..<4))
    }

    @Test func cachedResultsAgreeWithFirstResults() throws {
        let folder = try TextFolder()
        let text = "孔雀計劃「ＡＢＣ」𠀋"
        #expect(folder.fold(text).scalars == folder.fold(text).scalars)
    }
}
