import Foundation

@testable import DuizhaoCore
@testable import DuizhaoKit

/// The small CC-CEDICT-format sample in Fixtures/cedict-sample.u8 (never the real dictionary).
enum DictionaryFixture {
    static var path: String {
        Bundle.module.url(forResource: "cedict-sample", withExtension: "u8", subdirectory: "Fixtures")!.path
    }

    static func load() throws -> CEDictionary {
        try CEDictionary.load(path: path)
    }
}
