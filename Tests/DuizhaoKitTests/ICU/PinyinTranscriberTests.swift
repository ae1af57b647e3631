import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

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

@Suite struct PinyinTableFidelityTests {
    /// The generated table must give what ICU's Han-Latin gives, word for word.
    @Test func tableReadingsEqualICUHanLatin() throws {
        let icu = try Transliterator("Han-Latin")
        let transcriber = try PinyinTranscriber()
        let words = ["孔雀计划", "放管服", "粤港澳大湾区", "人才", "深圳", "银行", "发展", "绿色", "女儿", "一带一路", "创新驱动发展战略", "乡村振兴", "长江经济带"]
        for word in words {
            #expect(transcriber.pinyin(word) == icu.transform(word).trimmingSpaces(), "\(word)")
        }
    }
}
