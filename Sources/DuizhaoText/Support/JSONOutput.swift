import Foundation

/// Deterministic JSON: sorted keys, pretty printed, no escaped slashes; the same value
/// always gives the same bytes.
package enum JSONOutput {
    /// The encoder every JSON output uses.
    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` as UTF-8 JSON bytes.
    package static func data<T: Encodable>(_ value: T) throws -> Data {
        try encoder().encode(value)
    }

    /// Encodes `value` as a JSON string.
    package static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }
}
