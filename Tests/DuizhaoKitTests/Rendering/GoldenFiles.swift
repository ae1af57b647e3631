import Foundation
import Testing

@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

/// Golden files: rendered outputs of the annotation fixture, compared byte for byte.
/// Regenerate with `DUIZHAO_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests`, then
/// review the diff.
enum GoldenFiles {
    /// The source folder of the golden files (written when updating).
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["DUIZHAO_UPDATE_GOLDEN"] == "1" }

    /// Compares `text` with the golden file `name`, or writes it when updating.
    static func check(_ text: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            try AtomicFile.write(text, to: sourceFolder.appendingPathComponent(name).path)
            return
        }
        // The source tree's copy when it is there (the bundle's copy is only refreshed by a
        // build), else the bundle's.
        let source = sourceFolder.appendingPathComponent(name)
        let bundled = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/golden")
        guard let url = FileManager.default.fileExists(atPath: source.path) ? source : bundled else {
            Issue.record(
                "missing golden file Fixtures/golden/\(name); run with DUIZHAO_UPDATE_GOLDEN=1",
                sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != text {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let want = first < expectedLines.count ? String(expectedLines[first]) : "<end of file>"
            let got = first < actualLines.count ? String(actualLines[first]) : "<end of file>"
            Issue.record(
                "\(name) differs from its golden file at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(regenerate with DUIZHAO_UPDATE_GOLDEN=1 after checking the change)",
                sourceLocation: sourceLocation)
        }
    }
}

@Suite struct GoldenFileTests {
    /// The golden outputs: file name, renderer.
    enum Output: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case json = "policy.json"
        case markdown = "policy.md"
        case html = "policy.html"
        case xliff21 = "policy.xlf"
        case xliff21DraftNoInline = "policy.draft-no-inline.xlf"
        case xliff12 = "policy.v12.xlf"
        case xliff12Draft = "policy.v12-draft.xlf"
        case tmx = "policy.tmx"
        case tmxWithGloss = "policy.with-gloss.tmx"
        case terms = "policy.terms.tsv"
        case briefMarkdown = "policy.brief.md"
        case briefHTML = "policy.brief.html"

        var testDescription: String { rawValue }

        var renderer: any DocumentRenderer {
            switch self {
            case .json: return AnnotatedJSONRenderer()
            case .markdown: return ParallelMarkdownRenderer()
            case .html: return ParallelHTMLRenderer()
            case .xliff21: return XLIFFRenderer()
            case .xliff21DraftNoInline:
                return XLIFFRenderer(options: RenderOptions(xliffTarget: .draft, inlineTerms: false))
            case .xliff12: return XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2))
            case .xliff12Draft: return XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft))
            case .tmx: return TMXRenderer()
            case .tmxWithGloss: return TMXRenderer(content: .glosses)
            case .terms: return TermsTSVRenderer()
            case .briefMarkdown: return BriefMarkdownRenderer()
            case .briefHTML: return BriefHTMLRenderer()
            }
        }
    }

    @Test(arguments: Output.allCases)
    func rendersAsTheGoldenFile(_ output: Output) throws {
        let document = try AnnotationFixtures.annotated()
        try GoldenFiles.check(try output.renderer.render(document), name: output.rawValue)
    }

    @Test func renderingIsDeterministic() throws {
        let first = try AnnotationFixtures.annotated()
        let second = try AnnotationFixtures.annotated()
        #expect(first == second)
        for output in Output.allCases {
            #expect(try output.renderer.render(first) == output.renderer.render(second), "\(output.rawValue)")
        }
    }
}
