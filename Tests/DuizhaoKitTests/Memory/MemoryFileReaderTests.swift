import Foundation
import Testing

@testable import DuizhaoKit
@testable import DuizhaoMemory

@Suite struct MemoryFileReaderTests {
    func write(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-memory-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aFinishedXLIFFGivesItsTranslatedUnitsOnly() throws {
        let path = try write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-CN" trgLang="en">
              <file id="f1">
                <unit id="s1"><segment state="final"><source>实施孔雀计划。</source><target>Implement the Peacock Plan.</target></segment></unit>
                <unit id="s2"><segment state="initial"><source>推进放管服改革。</source><target>promote fangguanfu reform.</target></segment></unit>
                <unit id="s3"><segment><source>深化改革。</source><target></target></segment></unit>
                <unit id="s4"><segment state="translated"><source>建设大湾区。</source><target>Build the Greater Bay Area.</target></segment></unit>
              </file>
            </xliff>
            """, name: "reviewed.xlf")
        let units = try MemoryFileReader.read(path: path)
        #expect(units.map(\.source) == ["实施孔雀计划。", "建设大湾区。"])
        #expect(units.map(\.target) == ["Implement the Peacock Plan.", "Build the Greater Bay Area."])
        #expect(units.allSatisfy { $0.origin == "reviewed.xlf" })
        #expect(units.first?.line == 4)
    }

    @Test func anXLIFFOfDraftsOnlyHasNothingToImport() throws {
        let path = try write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
                <trans-unit id="s1"><source>实施孔雀计划。</source><target state="needs-translation">implement Peacock Plan.</target></trans-unit>
              </body></file>
            </xliff>
            """, name: "draft.xliff")
        let contents = try MemoryFileReader.contents(path: path)
        #expect(contents.units.isEmpty)
        #expect(contents.skipped == [.draft: 1])
    }

    @Test func anOmegaTTargetXLIFFGivesItsTranslationsAndCountsTheRest() throws {
        // OmegaT copies the source into the target of a segment nobody translated, without a state.
        let path = try write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
                <trans-unit id="s1"><source>实施孔雀计划。</source><target>Implement the Peacock Plan.</target></trans-unit>
                <trans-unit id="s2"><source>推进放管服改革。</source><target>推进放管服改革。</target></trans-unit>
                <trans-unit id="s3"><source>深化改革。</source><target>深化改革reform。</target></trans-unit>
                <trans-unit id="s4"><source>建设大湾区。</source><target state="needs-review-translation">build Greater Bay Area</target></trans-unit>
                <trans-unit id="s5"><source>第三条</source><target/></trans-unit>
              </body></file>
            </xliff>
            """, name: "target.xlf")
        let contents = try MemoryFileReader.contents(path: path)
        #expect(contents.units.map(\.target) == ["Implement the Peacock Plan."])
        #expect(contents.skipped == [.sameAsSource: 1, .mostlyChinese: 1, .draft: 1, .empty: 1])
        #expect(
            contents.skippedSummary
                == "1 marked draft, 1 empty target, 1 target repeats the source, 1 target still mostly Chinese")
    }

    @Test func aTMXCountsGlossesAndEmptyTargetsInsteadOfStoringThem() throws {
        let path = try write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>
            <tu><tuv xml:lang="zh-CN"><seg>实施孔雀计划。</seg></tuv><tuv xml:lang="en"><seg>Implement the Peacock Plan.</seg></tuv></tu>
            <tu><prop type="x-origin">gloss</prop><tuv xml:lang="zh-CN"><seg>深化改革。</seg></tuv><tuv xml:lang="en"><seg>deepen reform</seg></tuv></tu>
            <tu><tuv xml:lang="zh-CN"><seg>建设大湾区。</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>
            <tu><tuv xml:lang="zh-CN"><seg>推进改革。</seg></tuv><tuv xml:lang="en"><seg>推进改革。</seg></tuv></tu>
            </body></tmx>
            """, name: "/project-omegat.tmx".dropFirst().description)
        let contents = try MemoryFileReader.contents(path: path)
        #expect(contents.units.map(\.source) == ["实施孔雀计划。"])
        #expect(contents.units.first?.origin == "project-omegat.tmx")
        #expect(contents.skipped == [.gloss: 1, .empty: 1, .sameAsSource: 1])
    }
}
