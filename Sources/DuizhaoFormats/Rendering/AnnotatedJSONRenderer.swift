import DuizhaoCore
import DuizhaoText

/// The `json` format: the annotated document as deterministic JSON (sorted keys, no
/// timestamps), schema `duizhao.annotated/1`.
public struct AnnotatedJSONRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public var fileSuffix: String { ".json" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        String(decoding: JSONWriter.encode(document), as: UTF8.self) + "\n"
    }

    /// Streams the JSON in chunks of about a megabyte: the JSON of a large document is many
    /// times its text (a token-level record per word) and need not be held whole.
    public func write(_ document: AnnotatedDocument, to sink: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var failure: Error?
            var writer = JSONWriter(flushingEvery: 1 << 20) { chunk in
                guard failure == nil else { return }
                do { try sink(chunk) } catch { failure = error }
            }
            document.write(to: &writer)
            writer.finish()
            if let failure { throw failure }
            try sink([0x0A])
        }
    }
}
