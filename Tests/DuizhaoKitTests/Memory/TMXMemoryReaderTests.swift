import Foundation
import Testing
@testable import DuizhaoKit
@testable import DuizhaoMemory

@Suite struct TMXMemoryReaderTests {
    func read(_ xml: String) throws -> [MemoryUnit] {
        try TMXMemoryReader().read(Data(xml.utf8), file: "test.tmx")
    }

    func tmx(_ body: String) -> String {
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"zh-CN\"/>\n<body>\n\(body)\n</body></tmx>\n"
    }

    @Test func readsLanguageVariantsAndDropsInlineCodes() throws {
        let units = try TMXMemoryReader().read(Data(contentsOf: URL(fileURLWithPath: MemoryFixtures.path("policy.tmx"))), file: "policy.tmx")
        #expect(units.count == 4)
        #expect(units[0].sourceLanguage == "zh-CN" && units[0].targetLanguage == "en-US")
        #expect(units[0].creationID == "reviewer-a")
        #expect(units[0].created == Date(timeIntervalSince1970: 1_677_661_200))  // 2023-03-01 09:00 UTC
        #expect(units[1].source == "每年安排10亿元人才发展专项资金。")
        #expect(units[1].target == "A special talent development fund of 1 billion yuan is allocated every year.")
        #expect(units[2].source == "对“孔雀计划”团队给予最高1亿元资助。")
        #expect(units[2].targetLanguage == "EN-GB", "the French variant is ignored")
        #expect(units[3].source == "附则" && units[3].target == "Supplementary Provisions", "TMX 1.1 lang attribute")
        #expect(units.allSatisfy { $0.origin == "policy.tmx" })
        #expect(units[1].line == 12)
    }

    @Test func glossUnitsOfDuizhaosOwnTMXAreNotTranslations() throws {
        let units = try read(tmx("""
            <tu><prop type="x-origin">gloss</prop><tuv xml:lang="zh-CN"><seg>推进改革。</seg></tuv><tuv xml:lang="en"><seg>promote reform.</seg></tuv></tu>
            <tu><prop type="x-origin">tm-exact</prop><tuv xml:lang="zh-CN"><seg>深化改革。</seg></tuv><tuv xml:lang="en"><seg>Deepen reform.</seg></tuv></tu>
            <tu><prop type="x-origin">transliteration</prop><tuv xml:lang="zh-CN"><seg>王小明</seg></tuv><tuv xml:lang="en"><seg>Wang Xiaoming</seg></tuv></tu>
            """))
        #expect(units.map(\.source) == ["深化改革。"])
    }

    @Test func cdataAndHighlightedTextAreSegmentText() throws {
        let units = try read(tmx("<tu><tuv xml:lang=\"zh-CN\"><seg><![CDATA[研发<投入>]]></seg></tuv><tuv xml:lang=\"en\"><seg>R&amp;D <hi type=\"b\">spending</hi></seg></tuv></tu>"))
        #expect(units.map(\.source) == ["研发<投入>"])
        #expect(units.map(\.target) == ["R&D spending"])
    }

    @Test func malformedXMLIsReportedWithItsLine() throws {
        let xml = tmx("""
            <tu><tuv xml:lang="zh"><seg>附则</seg></tuv><tuv xml:lang="en"><seg>Supplementary Provisions</seg></tuv></tu>
            <tu><tuv xml:lang="zh"><seg>研发投入</seg></tuv>
            <tuv xml:lang="en"><seg>R&D spending</seg></tuv></tu>
            """)
        #expect {
            try read(xml)
        } throws: { error in
            guard case .malformedXML(let file, let line, _, _) = error as? TranslationMemoryError else { return false }
            return file == "test.tmx" && line == 6
        }
    }

    @Test func aUnitWithoutEnglishNamesItsLine() throws {
        let xml = tmx("""
            <tu><tuv xml:lang="zh"><seg>附则</seg></tuv><tuv xml:lang="en"><seg>Supplementary Provisions</seg></tuv></tu>
            <tu>
              <tuv xml:lang="zh"><seg>总则</seg></tuv>
            </tu>
            """)
        #expect(throws: TranslationMemoryError.badUnit(file: "test.tmx", line: 5, problem: "no English variant (tuv xml:lang en…)")) {
            try read(xml)
        }
    }

    @Test func emptySegmentsAndBadDatesAreRefused() throws {
        #expect(throws: TranslationMemoryError.self) {
            try read(tmx("<tu><tuv xml:lang=\"zh\"><seg> </seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"))
        }
        #expect(throws: TranslationMemoryError.badUnit(file: "test.tmx", line: 4, problem: "creationdate '2024-01-01' is not YYYYMMDDThhmmssZ")) {
            try read(tmx("<tu creationdate=\"2024-01-01\"><tuv xml:lang=\"zh\"><seg>附则</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"))
        }
    }

    @Test func otherRootsAndEntitiesAreRefused() throws {
        #expect(throws: TranslationMemoryError.notTMX(file: "test.tmx", root: "xliff")) {
            try read("<xliff version=\"2.1\"></xliff>")
        }
        let entities = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY x \"y\">\n]>\n<tmx/>"
        #expect(throws: TranslationMemoryError.entityDeclaration(file: "test.tmx", line: 3)) { try read(entities) }
    }

    @Test func creationDatesParseAsUTC() {
        #expect(TMXMemoryReader.date("20240115T080000Z") == Date(timeIntervalSince1970: 1_705_305_600))
        #expect(TMXMemoryReader.date("20241315T080000Z") == nil)
        #expect(TMXMemoryReader.date("2024-01-15") == nil)
        #expect(MemoryExporter.tmxDate(Date(timeIntervalSince1970: 1_705_305_600)) == "20240115T080000Z")
    }
}
