extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (each byte that is not a
    /// continuation byte starts one); `unicodeScalars.count` decodes every scalar, several
    /// times slower on long lines.
    package var scalarCount: Int {
        var text = self
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The string of `scalars`, encoded straight into the new string's storage. Text stages
    /// cut words out of scalar arrays at every token; the standard library's generic path
    /// (`String(String.UnicodeScalarView(slice))`) is not specialized across modules and cost
    /// several times more.
    package init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { output in
            var written = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    output[written] = UInt8(value)
                    written += 1
                case ..<0x800:
                    output[written] = UInt8(0xC0 | (value >> 6))
                    output[written + 1] = UInt8(0x80 | (value & 0x3F))
                    written += 2
                case ..<0x10000:
                    output[written] = UInt8(0xE0 | (value >> 12))
                    output[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    output[written + 2] = UInt8(0x80 | (value & 0x3F))
                    written += 3
                default:
                    output[written] = UInt8(0xF0 | (value >> 18))
                    output[written + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    output[written + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    output[written + 3] = UInt8(0x80 | (value & 0x3F))
                    written += 4
                }
            }
            return written
        }
    }

    /// The string of `scalars`.
    package init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars[...])
    }
}
