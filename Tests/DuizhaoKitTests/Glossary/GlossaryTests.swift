import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct GlossaryTests {
    let parser = GlossaryTSVParser()

    func file(_ path: String, _ rows: [String]) -> GlossaryFile {
        parser.parse((["id\tzh\ten\tvariants\tsource"] + rows).joined(separator: "\n"), path: path)
    }

    @Test func laterFileOverridesBySameIDAndRecordsIt() throws {
        let glossary = Glossary(files: [
            file("10-base.tsv", ["peacock-plan\t孔雀计划\tPeacock Program\t\tbase", "talent\t人才\ttalent\t\tbase"]),
            file("house.tsv", ["peacock-plan\t孔雀计划\tPeacock Plan\t\thouse"]),
        ])
        #expect(glossary.entries.map(\.id) == ["peacock-plan", "talent"])
        #expect(glossary.entry(id: "peacock-plan")?.en == "Peacock Plan")
        let override = try #require(glossary.overrides.first)
        #expect(override.reason == .sameID)
        #expect(override.replacedOrigin == GlossaryEntry.Origin(file: "10-base.tsv", line: 2))
        #expect(override.winnerOrigin == GlossaryEntry.Origin(file: "house.tsv", line: 2))
        #expect(override.description.contains("house.tsv:2"))
    }

    @Test func laterFileOverridesBySameHeadwordWithAnotherID() throws {
        let glossary = Glossary(files: [
            file("a.tsv", ["peacock-plan\t孔雀计划\tPeacock Program\t\tbase"]),
            file("b.tsv", ["kongque\t孔雀计划\tPeacock Plan\t\thouse"]),
        ])
        #expect(glossary.entries.map(\.id) == ["kongque"])
        #expect(glossary.entry(id: "peacock-plan") == nil)
        #expect(glossary.overrides.map(\.reason) == [.sameHeadword])
    }

    @Test func variantThatIsAnotherHeadwordIsAnError() throws {
        let glossary = Glossary(files: [
            file("a.tsv", ["reform\t改革\treform\t\ts"]),
            file("b.tsv", ["deepen-reform\t深化改革\tdeepen reform\t深改|改革\ts"]),
        ])
        let error = try #require(glossary.errors.first)
        #expect(error.file == "b.tsv")
        #expect(error.line == 2)
        #expect(error.column == 1 + "deepen-reform\t深化改革\tdeepen reform\t".count)
        #expect(error.message.contains("改革"))
    }

    @Test func inMemoryEntriesLaterWins() {
        let glossary = Glossary(entries: [
            GlossaryEntry(id: "a", zh: "人才", en: "talent"),
            GlossaryEntry(id: "a", zh: "人才", en: "talents"),
        ])
        #expect(glossary.entries.count == 1)
        #expect(glossary.entry(id: "a")?.en == "talents")
        #expect(glossary.overrides.count == 1)
    }

    @Test func loadsFolderInNameOrderThenExtraFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "id\tzh\ten\tsource\n"
        try (header + "x\t人才\tfrom 20\ts\n").write(
            to: folder.appendingPathComponent("20-b.tsv"), atomically: true, encoding: .utf8)
        try (header + "x\t人才\tfrom 10\ts\n").write(
            to: folder.appendingPathComponent("10-a.tsv"), atomically: true, encoding: .utf8)
        try "not a glossary".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let extra = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-extra-\(UUID().uuidString).tsv")
        try (header + "x\t人才\tfrom extra\ts\n").write(to: extra, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: extra) }

        let files = try GlossaryLocator.files(folder: folder.path, extra: [extra.path])
        #expect(
            files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "10-a.tsv", "20-b.tsv", extra.lastPathComponent,
            ])
        let glossary = try Glossary.load(paths: files)
        #expect(glossary.entry(id: "x")?.en == "from extra")
        #expect(glossary.overrides.count == 2)
        #expect(throws: GlossaryError.self) { try GlossaryLocator.files(folder: nil, extra: ["/nonexistent/g.tsv"]) }
    }

    @Test func defaultFolderPrefersEnvironmentThenCurrentDirectoryThenExecutableAncestors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-locate-\(UUID().uuidString)")
        let shipped = root.appendingPathComponent("glossaries")
        let binFolder = root.appendingPathComponent(".build/release")
        let work = root.appendingPathComponent("work")
        for folder in [shipped, binFolder, work] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try "readme".write(to: shipped.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: root) }
        let executable = binFolder.appendingPathComponent("duizhao").path

        let walked = try GlossaryLocator.defaultFolder(
            environment: [:], currentDirectory: work.path, executablePath: executable)
        #expect(walked.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == shipped.standardizedFileURL.path)

        let local = work.appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        #expect(
            try GlossaryLocator.defaultFolder(environment: [:], currentDirectory: work.path, executablePath: executable)
                == local.path)

        #expect(
            try GlossaryLocator.defaultFolder(
                environment: ["DUIZHAO_GLOSSARY_DIR": shipped.path], currentDirectory: work.path,
                executablePath: executable) == shipped.path)
        #expect(throws: GlossaryError.self) {
            try GlossaryLocator.defaultFolder(
                environment: ["DUIZHAO_GLOSSARY_DIR": "/nonexistent"], currentDirectory: work.path,
                executablePath: executable)
        }
    }
}
