import Foundation
import Testing

@testable import DuizhaoKit
@testable import DuizhaoMemory

@Suite struct TranslationMemoryTests {
    @Test func importRecordsSourceDateAndGlossaryVersionWithoutDuplicates() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        #expect(try memory.count() == 4)
        let again = try memory.importFile(try MemoryFixtures.path("policy.tmx"), glossaryVersion: "glossary-v2")
        #expect(again == MemoryImportResult(added: 0, duplicates: 4))
        // The same pair written in Traditional characters is the same pair.
        let traditional = try memory.add(
            [MemoryUnit(source: "附則", target: "Supplementary Provisions")], glossaryVersion: nil)
        #expect(traditional == MemoryImportResult(added: 0, duplicates: 1))
        let units = try memory.units()
        #expect(units.count == 4)
        #expect(units.allSatisfy { $0.glossaryVersion == "glossary-v1" })
        #expect(units[0].created == Date(timeIntervalSince1970: 1_677_661_200))
        #expect(units[0].origin?.hasSuffix("policy.tmx") == true)
    }

    @Test func aMalformedFileImportsNothing() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let before = try memory.units()
        // Two good units, then a unit with a bad date: the good ones must not be stored either.
        let bad = try MemoryFixtures.write(
            """
            <?xml version="1.0"?>
            <tmx version="1.4"><header srclang="zh-CN"/><body>
            <tu><tuv xml:lang="zh"><seg>总则</seg></tuv><tuv xml:lang="en"><seg>General Provisions</seg></tuv></tu>
            <tu><tuv xml:lang="zh"><seg>保障措施</seg></tuv><tuv xml:lang="en"><seg>Safeguards</seg></tuv></tu>
            <tu creationdate="2024"><tuv xml:lang="zh"><seg>组织实施</seg></tuv><tuv xml:lang="en"><seg>Implementation</seg></tuv></tu>
            </body></tmx>
            """, "bad.tmx", in: folder)
        #expect {
            try memory.importFile(bad, glossaryVersion: nil)
        } throws: { error in
            (error as? InterchangeError).map { "\($0)" }?.contains(
                "bad.tmx:5: translation unit: creationdate '2024' is not") == true
        }
        let broken = try MemoryFixtures.write(
            "<tmx><body><tu><tuv xml:lang=\"zh\"><seg>总则</seg></tuv>\n<tuv xml:lang=\"en\"><seg>x</seg></tu>",
            "broken.tmx", in: folder)
        #expect {
            try memory.importFile(broken, glossaryVersion: nil)
        } throws: { error in
            guard case .malformedXML(_, let line, _, _) = error as? InterchangeError else { return false }
            return line == 2
        }
        #expect(try memory.units() == before)
    }

    @Test func tsvFilesImport() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try TranslationMemory(path: folder.appendingPathComponent("m.sqlite").path, create: true)
        let path = try MemoryFixtures.write(
            "zh\ten\n总则\tGeneral Provisions\t2024 plan\n保障措施\tSafeguards\n", "pairs.tsv", in: folder)
        #expect(try memory.importFile(path, glossaryVersion: nil) == MemoryImportResult(added: 2, duplicates: 0))
        // The file by its name: a local path would travel in every export.
        #expect(try memory.units().map(\.origin) == ["2024 plan", "pairs.tsv"])
    }

    @Test func exportParsesBackToTheSamePairs() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        // A pair with characters that need escaping.
        _ = try memory.add(
            [MemoryUnit(source: "“A&B”<试点>", target: "the \"A & B\" <pilot>", origin: "a&b.tsv")],
            glossaryVersion: "g<1>")
        let units = try memory.units()
        let tmx = try MemoryFixtures.write(MemoryExporter().tmx(units), "export.tmx", in: folder)
        let back = try MemoryFileReader.read(path: tmx)
        #expect(back.map(\.source) == units.map(\.source))
        #expect(back.map(\.target) == units.map(\.target))
        #expect(back.map(\.origin) == units.map(\.origin))
        #expect(back.map(\.created) == units.map(\.created))
        #expect(back.map(\.glossaryVersion) == units.map(\.glossaryVersion))
        #expect(back.map(\.sourceLanguage) == units.map(\.sourceLanguage))
        let other = try TranslationMemory(path: folder.appendingPathComponent("copy.sqlite").path, create: true)
        #expect(try other.add(back, glossaryVersion: nil).added == units.count)

        let tsv = try MemoryFixtures.write(MemoryExporter().tsv(units), "export.tsv", in: folder)
        let tsvBack = try MemoryFileReader.read(path: tsv)
        #expect(tsvBack.map(\.source) == units.map(\.source))
        #expect(tsvBack.map(\.target) == units.map(\.target))
    }

    @Test func statsCountLanguagesOriginsAndDates() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let stats = try memory.stats()
        #expect(stats.units == 4)
        #expect(stats.languages.map(\.count).reduce(0, +) == 4)
        #expect(stats.languages.contains(MemoryStats.Count(name: "zh-CN → en-US", count: 1)))
        #expect(stats.origins.count == 1 && stats.origins[0].count == 4)
        #expect(stats.created?.lowerBound == Date(timeIntervalSince1970: 1_677_661_200))
        #expect(stats.glossaryVersions == ["glossary-v1"])
        let text = stats.renderText()
        #expect(text.contains("units: 4"))
        #expect(text.contains("store: \(memory.path)"))
        #expect(text.contains("created: 2023-03-01 to "))
    }

    @Test func machineTranslationsAreCached() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try TranslationMemory(path: folder.appendingPathComponent("m.sqlite").path, create: true)
        #expect(try memory.cachedMachineTranslation(key: "k1") == nil)
        try memory.storeMachineTranslation(key: "k1", model: "m", endpoint: "http://localhost", response: "first")
        try memory.storeMachineTranslation(key: "k1", model: "m", endpoint: "http://localhost", response: "second")
        #expect(try memory.cachedMachineTranslation(key: "k1") == "second")
        #expect(try memory.stats().machineTranslations == 1)
        // The cache lives in the file: a second handle sees it.
        #expect(try TranslationMemory(path: memory.path).cachedMachineTranslation(key: "k1") == "second")
    }

    @Test func aMissingStoreOrAFileThatIsNoStoreIsReported() throws {
        #expect(throws: TranslationMemoryError.missingStore(path: "/nonexistent/m.sqlite")) {
            try TranslationMemory(path: "/nonexistent/m.sqlite")
        }
        let path = try MemoryFixtures.path("policy.tmx")
        #expect(throws: TranslationMemoryError.notAStore(path: path)) { try TranslationMemory(path: path) }
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notSQLite = try MemoryFixtures.write(
            "not a database, just text long enough to fill a header......................................", "m.sqlite",
            in: folder)
        #expect {
            try TranslationMemory(path: notSQLite)
        } throws: { error in
            guard case .database(let reported, _) = error as? TranslationMemoryError else { return false }
            return reported == notSQLite
        }
    }
}
