/// Text as UTF-16 code units (what ICU iterates) with a map to Unicode scalar offsets (the
/// unit of every span duizhao reports).
public struct UTF16Text: Sendable {
    /// The code units.
    public let units: [UInt16]
    /// For each code unit offset, its scalar offset; nil when the text has no surrogate
    /// pairs and the two agree.
    private let scalarOffsets: [Int32]?

    /// Wraps a string.
    public init(_ text: String) {
        let units = Array(text.utf16)
        self.units = units
        if units.contains(where: { UTF16.isLeadSurrogate($0) }) {
            var offsets = [Int32](repeating: 0, count: units.count + 1)
            var scalar: Int32 = 0
            for index in 0..<units.count {
                offsets[index] = scalar
                if !UTF16.isLeadSurrogate(units[index]) { scalar += 1 }
            }
            offsets[units.count] = scalar
            scalarOffsets = offsets
        } else {
            scalarOffsets = nil
        }
    }

    /// The scalar offset of a code unit offset.
    @inline(__always)
    public func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let scalarOffsets else { return utf16Offset }
        return Int(scalarOffsets[utf16Offset])
    }

    /// The span, in scalars, of a code unit range.
    public func span(_ start: Int, _ end: Int) -> Span { Span(start: scalarOffset(start), end: scalarOffset(end)) }

    /// The string of a code unit range.
    public func string(_ start: Int, _ end: Int) -> String {
        String(decoding: units[start..<end], as: UTF16.self)
    }

    /// The scalar at a code unit offset (combining a surrogate pair).
    public func scalar(at offset: Int) -> Unicode.Scalar {
        let unit = units[offset]
        if UTF16.isLeadSurrogate(unit), offset + 1 < units.count {
            return Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[offset + 1] - 0xDC00)) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }
}
