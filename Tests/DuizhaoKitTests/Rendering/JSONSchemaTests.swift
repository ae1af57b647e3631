import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoFormats
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct JSONSchemaTests {
    static func json(_ document: AnnotatedDocument) throws -> JSONValue {
        try JSONValue.parse(Data(try AnnotatedJSONRenderer().render(document).utf8))
    }

    @Test func annotatedDocumentsValidateAgainstTheSchema() throws {
        let validator = JSONSchemaValidator(schema: try RepositoryFiles.annotatedSchema())
        for document in [try AnnotationFixtures.annotated(), try HostileInputTests.document()] {
            let errors = validator.validate(try Self.json(document))
            #expect(errors.isEmpty, "\(errors.prefix(5))")
        }
    }

    @Test func aDocumentWithoutTermsOrDictionaryValidates() throws {
        let document = try Annotator().annotate(try AnnotationFixtures.document())
        let errors = JSONSchemaValidator(schema: try RepositoryFiles.annotatedSchema()).validate(
            try Self.json(document))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    @Test func theJSONStatesItsSchemaAndOffsetUnit() throws {
        let json = try Self.json(try AnnotationFixtures.annotated())
        #expect(json["schema"] == .string("duizhao.annotated/1"))
        #expect(json["offsetUnit"] == .string("unicode-scalar"))
    }

    @Test func spansIndexTheTextInUnicodeScalars() throws {
        let document = try AnnotationFixtures.annotated()
        let scalars = Array(document.text.unicodeScalars)
        func text(_ span: TextSpan) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        for sentence in document.sentences {
            #expect(text(sentence.span) == sentence.text)
            for token in sentence.tokens { #expect(text(token.span) == token.text) }
            for term in sentence.terms { #expect(text(term.span) == term.surface) }
            for quantity in sentence.quantities { #expect(text(quantity.span) == quantity.surface) }
        }
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let validator = JSONSchemaValidator(schema: try RepositoryFiles.annotatedSchema())
        guard case .object(var members) = try Self.json(try AnnotationFixtures.annotated()) else {
            Issue.record("not an object")
            return
        }
        var missing = members
        missing["sentences"] = nil
        #expect(validator.validate(.object(missing)).contains { $0.contains("missing required property sentences") })
        var extra = members
        extra["timestamp"] = .string("2024-01-01")
        #expect(validator.validate(.object(extra)).contains { $0.contains("timestamp") })
        members["schema"] = .string("duizhao.annotated/2")
        #expect(!validator.validate(.object(members)).isEmpty)
        guard case .array(var sentences)? = members["sentences"], case .object(var sentence) = sentences[0],
            case .object(var english)? = sentence["english"]
        else {
            Issue.record("unexpected shape")
            return
        }
        members["schema"] = .string("duizhao.annotated/1")
        english["origin"] = .string("official")
        sentence["english"] = .object(english)
        sentences[0] = .object(sentence)
        members["sentences"] = .array(sentences)
        #expect(validator.validate(.object(members)).contains { $0.contains("/sentences/0/english/origin") })
    }

    @Test func theValidatorChecksTypesIntegersAndPatterns() throws {
        let schema = try JSONValue.parse(
            Data(
                """
                {"type":"object","required":["n"],"properties":{"n":{"type":"integer","minimum":0},"h":{"type":"string","pattern":"^[0-9a-f]+$"},"b":{"type":"boolean"}},"additionalProperties":false}
                """.utf8))
        let validator = JSONSchemaValidator(schema: schema)
        #expect(validator.validate(try JSONValue.parse(Data(#"{"n":3,"h":"ab12","b":true}"#.utf8))).isEmpty)
        #expect(!validator.validate(try JSONValue.parse(Data(#"{"n":3.5}"#.utf8))).isEmpty)
        #expect(!validator.validate(try JSONValue.parse(Data(#"{"n":-1}"#.utf8))).isEmpty)
        #expect(!validator.validate(try JSONValue.parse(Data(#"{"n":1,"h":"XYZ"}"#.utf8))).isEmpty)
        #expect(!validator.validate(try JSONValue.parse(Data(#"{"n":1,"b":1}"#.utf8))).isEmpty)
        let unsupported = JSONSchemaValidator(schema: try JSONValue.parse(Data(#"{"oneOf":[]}"#.utf8)))
        #expect(unsupported.validate(.null).contains { $0.contains("unsupported schema keyword oneOf") })
    }

    static var pythonJSONSchema: Bool {
        guard let python = RepositoryFiles.tool("python3"),
            let (status, _) = try? RepositoryFiles.run(python, ["-c", "import jsonschema"])
        else { return false }
        return status == 0
    }

    @Test(.enabled(if: pythonJSONSchema, "python3 with jsonschema is not installed"))
    func pythonJSONSchemaAgrees() throws {
        let document = try AnnotationFixtures.annotated()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let instance = folder.appendingPathComponent("document.json")
        try AtomicFile.write(try AnnotatedJSONRenderer().render(document), to: instance.path)
        let schema = RepositoryFiles.root.appendingPathComponent("docs/annotated-document.schema.json").path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2], encoding="utf-8")))
            """
        let (status, output) = try RepositoryFiles.run(
            RepositoryFiles.tool("python3")!, ["-c", script, schema, instance.path])
        #expect(status == 0, "\(output)")
    }
}
