import Testing
@testable import DuizhaoKit

@Suite struct PinyinTranscriberTests {
    @Test func transcribesWithToneMarksAndCaches() throws {
        let transcriber = try PinyinTranscriber()
        #expect(transcriber.pinyin("孔雀计划") == "kǒng què jì huà")
        #expect(transcriber.plainPinyin("孔雀计划") == "kongquejihua")
        #expect(transcriber.pinyin("ABC") == nil)
    }

    @Test func stripsTones() {
        #expect(PinyinTranscriber.stripTones("fàng guǎn fú lǜ") == "fang guan fu lü")
    }
}
