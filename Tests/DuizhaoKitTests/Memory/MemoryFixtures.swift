import Foundation

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoMemory

/// Stores in temporary folders and the translation memory fixture (Fixtures/memory).
enum MemoryFixtures {
    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-tm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The path of a fixture file.
    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/memory") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/memory/\(name)"])
        }
        return url.path
    }

    /// A new store in `folder` holding the pairs of policy.tmx.
    static func policyMemory(in folder: URL) throws -> TranslationMemory {
        let memory = try TranslationMemory(path: folder.appendingPathComponent("memory.sqlite").path, create: true)
        _ = try memory.importFile(try path("policy.tmx"), glossaryVersion: "glossary-v1")
        return memory
    }

    /// Writes `text` to `name` in `folder`; returns the path.
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A sentence with only its text (what translators read).
    static func sentence(_ text: String, index: Int = 0) -> AnnotatedSentence {
        let span = TextSpan(start: 0, end: text.unicodeScalars.count)
        return AnnotatedSentence(
            index: index, paragraph: 0, section: nil, span: span, text: text, tokens: [], terms: [], quantities: [],
            english: EnglishLine(text: "", origin: .gloss))
    }
}
