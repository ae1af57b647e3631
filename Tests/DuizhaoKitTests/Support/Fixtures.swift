import Foundation

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Access to the test fixtures and helpers shared by the test suites.
enum Fixtures {
    /// The URL of a fixture file, such as `encodings/policy.utf8.txt`.
    static func url(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// The bytes of a fixture file.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(path)))
    }

    /// Strings that test code working on UTF-8 or UTF-16 by hand: one to four bytes a scalar,
    /// astral Han, a combining mark, an emoji sequence, a line break and a long text.
    static let encodingSamples = [
        "", "a", "é", "e\u{301}", "中", "𠀀", "a𠀀b", "👩‍💻 x", "深圳\n「十四五」 2025年 café 𪚥",
        String(repeating: "放管服𠀀ab。", count: 300),
    ]

    /// Reads a fixture document.
    static func document(_ path: String, encoding: String? = nil) throws -> Document {
        try DocumentReader(encoding: encoding).read(path: url(path).path)
    }

    /// Reads a document from text given inline.
    static func document(text: String, kind: InputKind = .text) throws -> Document {
        try DocumentReader().read(bytes: Array(text.utf8), path: "inline.txt", kind: kind)
    }
}

/// Text with marker characters: `MarkedText("深圳实施⟦孔雀计划⟧。")` gives the text without the
/// markers and the scalar spans they enclosed, so tests state expected spans visually.
struct MarkedText {
    var text: String
    var spans: [TextSpan]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var spans: [TextSpan] = []
        var open: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" { open = count; continue }
            if scalar == "⟧", let start = open {
                spans.append(TextSpan(start: start, end: count)); open = nil; continue
            }
            text.append(scalar)
            count += 1
        }
        self.text = String(text)
        self.spans = spans
    }
}
