import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct PinyinToneMarksTests {
    @Test(arguments: [
        ("pin1 yin1", "pīn yīn"),
        ("ren2 cai2", "rén cái"),
        ("hao3", "hǎo"),
        ("xie4", "xiè"),
        ("gou3", "gǒu"),
        ("liu2", "liú"),
        ("gui4", "guì"),
        ("er2", "ér"),
        ("lu:4", "lǜ"),
        ("nu:3", "nǚ"),
        ("lu:e4", "lüè"),
        ("Lu:3", "Lǚ"),
        ("Zhong1 guo2", "Zhōng guó"),
        ("Ou1 zhou1", "Ōu zhōu"),
        ("ma5", "ma"),
        ("zhe4 ge5", "zhè ge"),
        ("m2", "ḿ"),
        ("ng2", "ńg"),
        ("san1 C", "sān C"),
        ("r5", "r"),
        ("A A zhi4", "A A zhì"),
        ("xian1 sheng5 ， ni3 hao3", "xiān sheng ， nǐ hǎo"),
    ])
    func convertsNumberedPinyin(numbered: String, marked: String) {
        #expect(PinyinToneMarks.convert(numbered) == marked)
    }

    @Test func leavesNonSyllablesAlone() {
        #expect(PinyinToneMarks.convertSyllable("·") == "·")
        #expect(PinyinToneMarks.convertSyllable("2019") == "2019")
        #expect(PinyinToneMarks.convertSyllable("ma6") == "ma6")
    }

    @Test func entryReadingUsesToneMarks() throws {
        let dictionary = try DictionaryFixture.load()
        #expect(dictionary.lookup("绿").first?.pinyin == "lǜ")
        #expect(dictionary.lookup("人才").first?.pinyin == "rén cái")
    }
}
