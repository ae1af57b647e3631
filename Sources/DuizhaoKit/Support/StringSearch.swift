/// Fast exact substring tests on UTF-8 bytes, for hot paths where Foundation's
/// locale-aware `contains` costs too much. Exact byte equality is what these callers need.
extension String {
    /// True when `needle`'s UTF-8 bytes occur in this string's UTF-8 bytes.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard pattern.count <= hay.count else { return false }
                let first = pattern[0]
                var index = 0
                let last = hay.count - pattern.count
                while index <= last {
                    if hay[index] == first {
                        var matched = true
                        for offset in 1..<pattern.count where hay[index + offset] != pattern[offset] {
                            matched = false
                            break
                        }
                        if matched { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
