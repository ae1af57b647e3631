import Foundation
import Testing
@testable import DuizhaoKit

/// Every input the fuzz targets once crashed on (Fixtures/fuzz-regressions), run through the
/// same steps as the target that found it, with the property checks on the result.
@Suite struct FuzzRegressionTests {
    /// The regression inputs of `target`, by file name.
    static func inputs(_ target: String) throws -> [(String, [UInt8])] {
        let folder = Fixtures.url("fuzz-regressions/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    @Test func ingestionInputsReadOrFailWithATypedError() throws {
        let reader = try DocumentReader()
        let inputs = try Self.inputs("ingestion")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            for kind in IngestionProperties.kinds {
                for encoding in IngestionProperties.encodings {
                    let problems = IngestionProperties.problems(reading: .init(bytes: bytes, kind: kind, encoding: encoding), reader: reader)
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
            let problems = SpanInvariants.problems(in: document) + (try OutputChecks.problems(in: document, validator: validator))
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
    }
}
