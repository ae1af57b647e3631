import DuizhaoKit
import Foundation

/// The check fixtures: a Chinese policy plan (23 sentences), its English translation with
/// deliberate terminology errors, the same as a bilingual TSV, small TMX and XLIFF files, and
/// a glossary of the shipped entries they use.
enum CheckFixtures {
    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/check") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/check/\(name)"])
        }
        return url.path
    }

    static func glossary() throws -> Glossary {
        try Glossary.load(paths: [try path("glossary.tsv")])
    }

    static func checker() throws -> TranslationChecker {
        try TranslationChecker(glossary: try glossary())
    }

    /// The sentences of a fixture document.
    static func segments(_ name: String) throws -> [TextSegment] {
        TextSegment.sentences(of: try DocumentReader().read(path: try path(name)))
    }

    /// Findings as comparable tuples: kind, severity, pair, entry id, found text.
    static func summary(_ findings: [CheckFinding]) -> [String] {
        findings.map {
            "\($0.kind.rawValue) \($0.severity.rawValue) pair \($0.pair) \($0.entry?.id ?? "-") \($0.found ?? "-")"
        }
    }
}
