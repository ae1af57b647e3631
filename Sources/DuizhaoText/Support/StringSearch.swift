/// Fast exact substring tests on UTF-8 bytes, for hot paths where Foundation's
/// locale-aware `contains` costs too much. Exact byte equality is what these callers need.
extension String {
    /// True when `needle`'s UTF-8 bytes occur in this string's UTF-8 bytes.
    package func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern in ByteSearch.firstIndex(of: pattern, in: hay, from: 0) != nil }
        }
    }

    /// True when this string's UTF-8 bytes start with those of one of `prefixes` (`hasPrefix`
    /// compares characters, through grapheme breaking and normalization). The string's bytes
    /// are reached once for all the prefixes.
    package func hasPrefixBytes(anyOf prefixes: [String]) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            prefixes.contains { prefix in
                var prefix = prefix
                return prefix.withUTF8 { pattern in
                    pattern.count <= bytes.count
                        && pattern.elementsEqual(UnsafeBufferPointer(rebasing: bytes[..<pattern.count]))
                }
            }
        }
    }
}

/// Exact search of a byte pattern in bytes.
package enum ByteSearch {
    /// The first position at or after `start` where `pattern` occurs in `bytes`; an empty
    /// pattern occurs at `start`.
    package static func firstIndex<Pattern: RandomAccessCollection, Bytes: RandomAccessCollection>(
        of pattern: Pattern, in bytes: Bytes, from start: Int
    ) -> Int? where Pattern.Element == UInt8, Bytes.Element == UInt8, Pattern.Index == Int, Bytes.Index == Int {
        guard !pattern.isEmpty else { return start <= bytes.count ? start : nil }
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        let first = pattern[pattern.startIndex]
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[bytes.startIndex + index] == first {
                var matched = true
                for offset in 1..<pattern.count
                where bytes[bytes.startIndex + index + offset] != pattern[pattern.startIndex + offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
