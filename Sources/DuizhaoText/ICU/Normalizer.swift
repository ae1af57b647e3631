import CICU

/// Unicode normalization through ICU.
public enum NormalizationForm: Int32, Sendable {
    case nfc = 0, nfkc = 1, nfkcCasefold = 2

    /// Normalizes UTF-16 units.
    public func normalize(_ units: [UInt16]) -> [UInt16] {
        if units.isEmpty { return units }
        var capacity = units.count + 8
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            let result = units.withUnsafeBufferPointer { source in
                cicu_normalize(rawValue, source.baseAddress, Int32(source.count), &output, Int32(capacity))
            }
            if result >= 0 { return Array(output.prefix(Int(result))) }
            if result == Int32.min { return units }
            capacity = Int(-result - 1) + 1
        }
    }

    /// Normalizes a string.
    public func normalize(_ text: String) -> String {
        String(decoding: normalize(Array(text.utf16)), as: UTF16.self)
    }
}
