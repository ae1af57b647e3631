import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct DictionaryLocatorTests {
    /// A project folder with data/cedict/cedict_ts.u8 and a binary two levels down.
    func makeProject() throws -> (root: URL, binary: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-locator-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data/cedict")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "好 好 [hao3] /good/\n".write(
            to: data.appendingPathComponent("cedict_ts.u8"), atomically: true, encoding: .utf8)
        let bin = root.appendingPathComponent(".build/release")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        return (root, bin.appendingPathComponent("duizhao").path)
    }

    @Test func findsTheDefaultAboveTheExecutable() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let locator = DictionaryLocator(environment: [:], currentDirectory: "/", executablePath: project.binary)
        let found = try locator.locate()
        #expect(found?.path == project.root.appendingPathComponent("data/cedict/cedict_ts.u8").path)
        #expect(found?.origin == .executableDirectory)
        let dictionary = try CEDictionary.load(explicitPath: nil, locator: locator)
        #expect(dictionary?.firstSense("好") == "good")
    }

    @Test func prefersTheCurrentFolder() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let locator = DictionaryLocator(
            environment: [:], currentDirectory: project.root.path, executablePath: "/usr/bin/duizhao")
        #expect(try locator.locate()?.origin == .currentDirectory)
    }

    @Test func explicitPathAndEnvironmentComeFirstAndMustExist() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let other = project.root.appendingPathComponent("other.u8")
        try "猫 猫 [mao1] /cat/\n".write(to: other, atomically: true, encoding: .utf8)
        let locator = DictionaryLocator(
            environment: ["DUIZHAO_DICTIONARY": other.path], currentDirectory: project.root.path, executablePath: nil)
        #expect(try locator.locate()?.origin == .environment)
        #expect(try locator.locate(explicitPath: "data/cedict/cedict_ts.u8")?.origin == .option)
        #expect(throws: DictionaryError.notFound(path: "missing.u8", origin: DictionaryLocator.Origin.option.rawValue))
        { try locator.locate(explicitPath: "missing.u8") }
        let badEnvironment = DictionaryLocator(
            environment: ["DUIZHAO_DICTIONARY": "/nonexistent.u8"], currentDirectory: "/", executablePath: nil)
        #expect(throws: DictionaryError.notFound(path: "/nonexistent.u8", origin: "DUIZHAO_DICTIONARY")) {
            try badEnvironment.locate()
        }
    }

    @Test func absentDictionaryIsNotAnError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-locator-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let locator = DictionaryLocator(
            environment: [:], currentDirectory: empty.path,
            executablePath: empty.appendingPathComponent("bin/duizhao").path)
        #expect(try locator.locate() == nil)
        #expect(try CEDictionary.load(explicitPath: nil, locator: locator) == nil)
    }
}
