import DuizhaoKit
import Foundation
import Testing

@testable import DuizhaoFormats

@Suite struct TMXCodecTests {
    func read(_ xml: String) throws -> [TMXUnit] {
        try TMXCodec().read(Data(xml.utf8), file: "test.tmx").units
    }

    func tmx(_ body: String) -> String {
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"zh-CN\"/>\n<body>\n\(body)\n</body></tmx>\n"
    }

    @Test func readsLanguageVariantsAndDropsInlineCodes() throws {
        let units = try TMXCodec().read(
            Data(contentsOf: URL(fileURLWithPath: MemoryFixtures.path("policy.tmx"))), file: "policy.tmx"
        ).units
        #expect(units.count == 4)
        #expect(units[0].sourceLanguage == "zh-CN" && units[0].targetLanguage == "en-US")
        #expect(units[0].creationID == "reviewer-a")
        #expect(units[0].created == Date(timeIntervalSince1970: 1_677_661_200))  // 2023-03-01 09:00 UTC
        #expect(units[1].source == "每年安排10亿元人才发展专项资金。")
        #expect(units[1].target == "A special talent development fund of 1 billion yuan is allocated every year.")
        #expect(units[2].source == "对“孔雀计划”团队给予最高1亿元资助。")
        #expect(units[2].targetLanguage == "EN-GB", "the French variant is ignored")
        #expect(units[3].source == "附则" && units[3].target == "Supplementary Provisions", "TMX 1.1 lang attribute")
        #expect(units[1].line == 12)
    }

    @Test func glossUnitsOfDuizhaosOwnTMXAreCountedNotRead() throws {
        let contents = try TMXCodec().read(
            Data(
                tmx(
                    """
                    <tu><prop type="x-origin">gloss</prop><tuv xml:lang="zh-CN"><seg>推进改革。</seg></tuv><tuv xml:lang="en"><seg>promote reform.</seg></tuv></tu>
                    <tu><prop type="x-origin">tm-exact</prop><tuv xml:lang="zh-CN"><seg>深化改革。</seg></tuv><tuv xml:lang="en"><seg>Deepen reform.</seg></tuv></tu>
                    <tu><prop type="x-origin">transliteration</prop><tuv xml:lang="zh-CN"><seg>王小明</seg></tuv><tuv xml:lang="en"><seg>Wang Xiaoming</seg></tuv></tu>
                    """
                ).utf8), file: "test.tmx")
        #expect(contents.units.map(\.source) == ["深化改革。"])
        #expect(contents.units.first?.property("x-origin") == "tm-exact")
        #expect(contents.glosses == 2)
    }

    @Test func cdataAndHighlightedTextAreSegmentText() throws {
        let units = try read(
            tmx(
                "<tu><tuv xml:lang=\"zh-CN\"><seg><![CDATA[研发<投入>]]></seg></tuv><tuv xml:lang=\"en\"><seg>R&amp;D <hi type=\"b\">spending</hi></seg></tuv></tu>"
            ))
        #expect(units.map(\.source) == ["研发<投入>"])
        #expect(units.map(\.target) == ["R&D spending"])
    }

    @Test func theHeaderSourceLanguageNamesTheChineseVariant() throws {
        let xml =
            "<tmx version=\"1.4\"><header srclang=\"cmn\"/><body><tu><tuv xml:lang=\"cmn\"><seg>附则</seg></tuv><tuv xml:lang=\"en\"><seg>Supplementary Provisions</seg></tuv></tu></body></tmx>"
        #expect(try read(xml).map(\.source) == ["附则"])
    }

    @Test func malformedXMLIsReportedWithItsLine() throws {
        let xml = tmx(
            """
            <tu><tuv xml:lang="zh"><seg>附则</seg></tuv><tuv xml:lang="en"><seg>Supplementary Provisions</seg></tuv></tu>
            <tu><tuv xml:lang="zh"><seg>研发投入</seg></tuv>
            <tuv xml:lang="en"><seg>R&D spending</seg></tuv></tu>
            """)
        #expect {
            try read(xml)
        } throws: { error in
            guard case .malformedXML(let file, let line, _, _) = error as? InterchangeError else { return false }
            return file == "test.tmx" && line == 6
        }
    }

    @Test func aUnitWithoutEnglishIsUntranslatedAndOneWithoutChineseNamesItsLine() throws {
        let units = try read(tmx("<tu>\n<tuv xml:lang=\"zh\"><seg>总则</seg></tuv>\n</tu>"))
        #expect(units.map(\.target) == [""])
        #expect(
            throws: InterchangeError.badUnit(
                path: "test.tmx", line: 5, problem: "no Chinese variant (tuv xml:lang zh…); found fr")
        ) {
            try read(
                tmx(
                    """
                    <tu><tuv xml:lang="zh"><seg>附则</seg></tuv><tuv xml:lang="en"><seg>Supplementary Provisions</seg></tuv></tu>
                    <tu>
                      <tuv xml:lang="fr"><seg>Dispositions générales</seg></tuv>
                    </tu>
                    """))
        }
    }

    @Test func emptySegmentsBadDatesAndDoubleVariantsAreRefused() throws {
        #expect(throws: InterchangeError.self) {
            try read(tmx("<tu><tuv xml:lang=\"zh\"><seg> </seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"))
        }
        #expect(
            throws: InterchangeError.badUnit(
                path: "test.tmx", line: 4, problem: "creationdate '2024-01-01' is not YYYYMMDDThhmmssZ")
        ) {
            try read(
                tmx(
                    "<tu creationdate=\"2024-01-01\"><tuv xml:lang=\"zh\"><seg>附则</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"
                ))
        }
        #expect(
            throws: InterchangeError.badUnit(path: "test.tmx", line: 4, problem: "2 English variants; a unit holds one")
        ) {
            try read(
                tmx(
                    "<tu><tuv xml:lang=\"zh\"><seg>附则</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv><tuv xml:lang=\"en-GB\"><seg>y</seg></tuv></tu>"
                ))
        }
    }

    @Test func otherRootsAndEntitiesAreRefused() throws {
        #expect(throws: InterchangeError.unexpectedRoot(path: "test.tmx", root: "xliff", expected: "tmx")) {
            try read("<xliff version=\"2.1\"></xliff>")
        }
        let entities = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY x \"y\">\n]>\n<tmx/>"
        #expect(throws: InterchangeError.entityDeclaration(path: "test.tmx", line: 3)) { try read(entities) }
    }

    @Test func creationDatesParseAsUTC() {
        #expect(TMXCodec.date("20240115T080000Z") == Date(timeIntervalSince1970: 1_705_305_600))
        #expect(TMXCodec.date("20241315T080000Z") == nil)
        #expect(TMXCodec.date("2024-01-15") == nil)
        #expect(TMXCodec.dateText(Date(timeIntervalSince1970: 1_705_305_600)) == "20240115T080000Z")
    }

    @Test func whatTheCodecWritesItReadsBack() throws {
        let written = [
            TMXUnit(
                id: "a<1>", source: "“A&B”<试点>", target: "the \"A & B\" <pilot>", sourceLanguage: "zh-CN",
                targetLanguage: "en",
                creationID: "r'1", created: Date(timeIntervalSince1970: 1_705_305_600),
                properties: [TMXProperty(type: "x-origin-file", value: "a&b.tsv")]),
            TMXUnit(
                source: "附则", target: "Supplementary Provisions", sourceLanguage: "zh-Hans", targetLanguage: "en-GB"),
        ]
        let header = TMXHeader(
            toolVersion: "1<2", sourceLanguage: "zh-CN",
            properties: [TMXProperty(type: "x-document", value: "a&b.txt")], note: "<note>")
        let text = TMXCodec().write(header: header, units: written)
        let back = try TMXCodec().read(Data(text.utf8), file: "back.tmx").units
        #expect(
            back.map {
                TMXUnit(
                    id: $0.id, source: $0.source, target: $0.target, sourceLanguage: $0.sourceLanguage,
                    targetLanguage: $0.targetLanguage, creationID: $0.creationID, created: $0.created,
                    properties: $0.properties)
            } == written)
        #expect(
            TMXCodec().write(header: TMXHeader(toolVersion: "1", sourceLanguage: "zh-CN"), units: []).contains(
                "datatype=\"plaintext\"/>\n  <body>"))
    }

    /// Regression (issue 16): `check` and `tm import` read TMX with two implementations that
    /// disagreed on this file: check removed the first occurrence of an inline code's text
    /// anywhere in the segment (1号文件… lost its leading 1), kept `<ut>` text, and accepted
    /// a unit without English, which tm import rejected; a bad date failed only tm import.
    /// One codec now gives both the same pairs and the same errors.
    @Test func checkAndTMImportReadTheSameTMXAlike() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try MemoryFixtures.write(
            tmx(
                """
                <tu><tuv xml:lang="zh-CN"><seg>1号文件第<ph x="1">1</ph>条</seg></tuv><tuv xml:lang="en"><seg>Article 1 of Document 1</seg></tuv></tu>
                <tu><tuv xml:lang="zh-CN"><seg>附则<ut>{b}</ut></seg></tuv><tuv xml:lang="en"><seg>Supplementary Provisions</seg></tuv></tu>
                <tu><tuv xml:lang="zh-CN"><seg>总则</seg></tuv></tu>
                """), "agree.tmx", in: folder)
        let checked = try BilingualReader().read(path: good)
        let imported = try MemoryFileReader.contents(path: good)
        #expect(checked.map(\.source) == ["1号文件第条", "附则", "总则"])
        #expect(checked.map(\.target) == ["Article 1 of Document 1", "Supplementary Provisions", ""])
        #expect(imported.units.map(\.source) == Array(checked.map(\.source).prefix(2)))
        #expect(imported.units.map(\.target) == Array(checked.map(\.target).prefix(2)))
        #expect(
            imported.skipped == [.empty: 1], "the unit without English is an untranslated pair, counted, not an error")

        let bad = try MemoryFixtures.write(
            tmx(
                "<tu creationdate=\"yesterday\"><tuv xml:lang=\"zh\"><seg>附则</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"
            ), "bad.tmx", in: folder)
        let expected = InterchangeError.badUnit(
            path: bad, line: 4, problem: "creationdate 'yesterday' is not YYYYMMDDThhmmssZ")
        #expect(throws: expected) { try BilingualReader().read(path: bad) }
        #expect(throws: expected) { try MemoryFileReader.contents(path: bad) }
    }
}
