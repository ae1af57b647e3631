import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// The fuzz targets' inputs run through the same steps as the target, with the property
/// checks on the result: every input a target once crashed on (kept, after the fix, in
/// Fixtures/fuzz-regressions/<target>/) and the committed seed corpus (Fuzz/corpus/<target>/).
@Suite struct FuzzRegressionTests {
    /// The regression inputs and seeds of `target`, by file name.
    static func inputs(_ target: String) throws -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        for folder in [
            Fixtures.url("fuzz-regressions/\(target)"),
            RepositoryFiles.root.appendingPathComponent("Fuzz/corpus/\(target)"),
        ] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() {
                result.append((name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))))
            }
        }
        return result
    }

    @Test func ingestionInputsReadOrFailWithATypedError() throws {
        let reader = try DocumentReader()
        let inputs = try Self.inputs("ingestion")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            for kind in IngestionProperties.kinds {
                for encoding in IngestionProperties.encodings {
                    let problems = IngestionProperties.problems(
                        reading: .init(bytes: bytes, kind: kind, encoding: encoding), reader: reader)
                    #expect(problems.isEmpty, "\(name) as \(kind), \(encoding ?? "detected"): \(problems)")
                }
            }
        }
    }

    @Test func matchingInputsAnnotateAndRenderWellFormed() throws {
        let pipeline = try PropertyFixtures.pipeline()
        let matcher = try TermMatcher(glossary: PropertyFixtures.glossary)
        let validator = JSONSchemaValidator(schema: try RepositoryFiles.annotatedSchema())
        let inputs = try Self.inputs("matching")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let text = String(decoding: bytes, as: UTF8.self)
            let count = text.unicodeScalars.count
            for match in matcher.scan(text) + (try matcher.matches(in: text)) {
                #expect(match.span.end <= count, "\(name): match \(match.span) outside \(count) scalars")
            }
            let input = OutputProperties.Input(text: text, path: name)
            guard let document = try OutputProperties.annotate(input, pipeline: pipeline) else { continue }
            let problems =
                SpanInvariants.problems(in: document) + (try OutputChecks.problems(in: document, validator: validator))
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
    }
}
