import Foundation

/// Deterministic JSON: sorted keys, pretty printed, no escaped slashes; the same value
/// always gives the same bytes.
public enum JSONOutput {
    /// The encoder every JSON output uses.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` as UTF-8 JSON bytes.
    public static func data<T: Encodable>(_ value: T) throws -> Data {
        try encoder().encode(value)
    }

    /// Encodes `value` as a JSON string.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }
}
