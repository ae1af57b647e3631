import Foundation
import Testing
@testable import DuizhaoKit

@Suite struct MemoryFileReaderTests {
    func write(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-memory-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aFinishedXLIFFGivesItsTranslatedUnitsOnly() throws {
        let path = try write("""
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
        let path = try write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
                <trans-unit id="s1"><source>实施孔雀计划。</source><target state="needs-translation">implement Peacock Plan.</target></trans-unit>
              </body></file>
            </xliff>
            """, name: "draft.xliff")
        #expect(throws: TranslationMemoryError.self) { try MemoryFileReader.read(path: path) }
    }
}
