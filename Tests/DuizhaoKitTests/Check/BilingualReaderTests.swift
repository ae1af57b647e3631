import DuizhaoKit
import Foundation
import Testing

@Suite struct BilingualReaderTests {
    @Test func tsvSkipsItsHeader() throws {
        let pairs = try BilingualReader().read(path: try CheckFixtures.path("policy.tsv"))
        #expect(
            pairs.first
                == BilingualPair(
                    source: "深圳市持续优化营商环境实施方案",
                    target: "Shenzhen Plan for Continuously Improving the Business Environment", line: 2))
    }

    @Test func tsvWithTheWrongColumnsNamesTheLine() throws {
        let bytes = Array("中文\tEnglish\n只有一列\n".utf8)
        #expect(
            throws: InterchangeError.badLine(
                path: "x.tsv", line: 2, problem: "expected source<TAB>target[<TAB>origin], found no tab")
        ) {
            try BilingualReader().read(bytes: bytes, path: "x.tsv", format: .tsv)
        }
    }

    @Test func tmxUnitsInEitherOrderWithoutGlossesAndCodes() throws {
        let pairs = try BilingualReader().read(path: try CheckFixtures.path("policy.tmx"))
        #expect(pairs.map(\.source) == ["积极参与“一带一路”建设。", "孔雀计划人才可获得1000万元。"])
        #expect(
            pairs.map(\.target) == [
                "We will take part in the One Belt, One Road initiative.",
                "Talent under the <b>Peacock Plan</b> gets 10 million yuan.",
            ])
        #expect(pairs.map(\.line) == [5, 14])
    }

    @Test func xliff12AndXliff2() throws {
        let old = try BilingualReader().read(path: try CheckFixtures.path("policy-12.xlf"))
        #expect(old.count == 3)
        #expect(old[2].target == "")
        let new = try BilingualReader().read(path: try CheckFixtures.path("policy-20.xlf"))
        #expect(new.map(\.source) == ["推动粤港澳大湾区规则衔接。", "到2027年，新增科技型企业两千家。"])
        #expect(new[0].target == "We will align rules across the Greater Bay Area.")
    }

    @Test func wrongFilesAreNamed() throws {
        #expect(throws: CheckError.unknownBilingualFormat(path: "plan.txt")) {
            try BilingualReader().read(path: "plan.txt")
        }
        #expect(throws: InterchangeError.unexpectedRoot(path: "x.tmx", root: "xliff", expected: "tmx")) {
            try BilingualReader().read(bytes: Array("<xliff version=\"1.2\"/>".utf8), path: "x.tmx", format: .tmx)
        }
        #expect(throws: CheckError.noPairs(path: "x.tsv")) {
            try BilingualReader().read(bytes: Array("zh\ten\n".utf8), path: "x.tsv", format: .tsv)
        }
        let tmx = "<tmx><header/><body><tu>\n<tuv xml:lang=\"fr\"><seg>a</seg></tuv></tu></body></tmx>"
        #expect(
            throws: InterchangeError.badUnit(
                path: "x.tmx", line: 1, problem: "no Chinese variant (tuv xml:lang zh…); found fr")
        ) {
            try BilingualReader().read(bytes: Array(tmx.utf8), path: "x.tmx", format: .tmx)
        }
    }

    @Test func bilingualFixturesAreChecked() throws {
        let checker = try CheckFixtures.checker()
        let xliff = try checker.check(
            pairs: BilingualReader().read(path: try CheckFixtures.path("policy-12.xlf")), file: "policy-12.xlf")
        #expect(
            CheckFixtures.summary(xliff.findings) == [
                "deprecated-rendering error pair 1 venture-capital Risk investment",
                "untranslated-sentence warning pair 2 - -",
            ])
        let xliff2 = try checker.check(
            pairs: BilingualReader().read(path: try CheckFixtures.path("policy-20.xlf")), file: "policy-20.xlf")
        #expect(CheckFixtures.summary(xliff2.findings) == ["number-mismatch error pair 1 - 3,000"])
    }
}
