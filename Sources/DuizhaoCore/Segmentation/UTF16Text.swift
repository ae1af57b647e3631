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
        self.init(units: Self.units(of: text))
    }

    /// The string's UTF-16 code units, transcoded from its UTF-8 in one pass (copying the
    /// `utf16` view goes a scalar at a time, several times slower on Han text).
    static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { utf8 in
            // Each lead byte gives one unit, a four-byte lead two: counted first, so the array
            // holds the text (a document's stays in memory while it is segmented) and no more.
            var units = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
            return [UInt16](unsafeUninitializedCapacity: units) { output, count in
                var index = 0
                var written = 0
                while index < utf8.count {
                    let lead = utf8[index]
                    if lead < 0x80 {
                        output[written] = UInt16(lead)
                        index += 1
                    } else if lead < 0xE0 {
                        output[written] = UInt16(lead & 0x1F) << 6 | UInt16(utf8[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        output[written] =
                            UInt16(lead & 0x0F) << 12 | UInt16(utf8[index + 1] & 0x3F) << 6
                            | UInt16(utf8[index + 2] & 0x3F)
                        index += 3
                    } else {
                        let scalar =
                            (UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                                | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)) - 0x10000
                        output[written] = UInt16(0xD800 + (scalar >> 10))
                        written += 1
                        output[written] = UInt16(0xDC00 + (scalar & 0x3FF))
                        index += 4
                    }
                    written += 1
                }
                count = written
            }
        }
    }

    /// Wraps UTF-16 code units.
    public init(units: [UInt16]) {
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
    func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let scalarOffsets else { return utf16Offset }
        return Int(scalarOffsets[utf16Offset])
    }

    /// The span, in scalars, of a code unit range.
    public func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(start: scalarOffset(start), end: scalarOffset(end))
    }

    /// The string of a code unit range.
    public func string(_ start: Int, _ end: Int) -> String {
        // Transcodes directly into the new string's storage: this runs once per token, and the
        // generic `String(decoding:as:)` path over an array slice is several times slower.
        units.withUnsafeBufferPointer { buffer in
            String(unsafeUninitializedCapacity: (end - start) * 3) { output in
                var written = 0
                var index = start
                while index < end {
                    let unit = buffer[index]
                    if unit < 0x80 {
                        output[written] = UInt8(unit)
                        written += 1
                    } else if unit < 0x800 {
                        output[written] = UInt8(0xC0 | (unit >> 6))
                        output[written + 1] = UInt8(0x80 | (unit & 0x3F))
                        written += 2
                    } else if UTF16.isLeadSurrogate(unit), index + 1 < end, UTF16.isTrailSurrogate(buffer[index + 1]) {
                        let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(buffer[index + 1] - 0xDC00)
                        output[written] = UInt8(0xF0 | (scalar >> 18))
                        output[written + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                        output[written + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                        output[written + 3] = UInt8(0x80 | (scalar & 0x3F))
                        written += 4
                        index += 1
                    } else if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) {
                        // A lone surrogate: U+FFFD, as String(decoding:) would give.
                        output[written] = 0xEF
                        output[written + 1] = 0xBF
                        output[written + 2] = 0xBD
                        written += 3
                    } else {
                        output[written] = UInt8(0xE0 | (unit >> 12))
                        output[written + 1] = UInt8(0x80 | ((unit >> 6) & 0x3F))
                        output[written + 2] = UInt8(0x80 | (unit & 0x3F))
                        written += 3
                    }
                    index += 1
                }
                return written
            }
        }
    }

    /// The scalar at a code unit offset (combining a surrogate pair).
    public func scalar(at offset: Int) -> Unicode.Scalar {
        let unit = units[offset]
        if UTF16.isLeadSurrogate(unit), offset + 1 < units.count {
            return Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[offset + 1] - 0xDC00))
                ?? "\u{FFFD}"
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }
}
