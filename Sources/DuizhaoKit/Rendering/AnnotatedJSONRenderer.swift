/// The `json` format: the annotated document as deterministic JSON (sorted keys, no
/// timestamps), schema `duizhao.annotated/1`.
public struct AnnotatedJSONRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public var fileSuffix: String { ".json" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        String(decoding: JSONWriter.encode(document), as: UTF8.self) + "\n"
    }
}
