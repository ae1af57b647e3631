import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct HanPinyinTests {
    @Test func spellsLikeICUHanLatin() throws {
        let transcriber = try PinyinTranscriber()
        for word in ["孔雀计划", "放管服", "粤港澳大湾区", "重庆", "西藏文化", "绿色发展"] {
            #expect(HanPinyin.pinyin(word) == transcriber.pinyin(word), "\(word)")
        }
    }

    @Test func keepsOtherCharacters() {
        #expect(HanPinyin.pinyin("5G网络") == "5G wǎng luò")
        #expect(HanPinyin.pinyin("互联网+") == "hù lián wǎng+")
        #expect(HanPinyin.pinyin("互联网+监管") == "hù lián wǎng+ jiān guǎn")
        #expect(HanPinyin.pinyin("北京、上海") == "běi jīng、 shàng hǎi")
        #expect(HanPinyin.pinyin("“三网”融合") == "“sān wǎng” róng hé")
        #expect(HanPinyin.pinyin("GDP") == nil)
        #expect(HanPinyin.pinyin("二〇二五") == "èr líng èr wǔ")
    }

    @Test func plainPinyinAndTypedPinyinMeet() {
        #expect(HanPinyin.plainPinyin("放管服") == "fangguanfu")
        #expect(HanPinyin.plainPinyin("绿色") == "lvse")
        for typed in ["fangguanfu", "fàng guǎn fú", "fang4 guan3 fu2", "Fang-Guan-Fu"] {
            #expect(HanPinyin.normalizeTyped(typed) == "fangguanfu", "\(typed)")
        }
        #expect(HanPinyin.normalizeTyped("lü4se4") == "lvse")
        #expect(HanPinyin.normalizeTyped("5G") == "5g")
    }
}
