/// Counts non-overlapping occurrences of phrases in a text, scalar by scalar.
struct ScalarSearch {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The occurrences of `phrase`.
    func occurrences(of phrase: String) -> Int { occurrences(of: Array(phrase.unicodeScalars)) }

    /// The occurrences of `needle`, left to right, not overlapping.
    func occurrences(of needle: [Unicode.Scalar]) -> Int {
        guard let first = needle.first, needle.count <= scalars.count else { return 0 }
        var count = 0, index = 0
        while index <= scalars.count - needle.count {
            if scalars[index] == first, scalars[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }

    /// The offset of the first occurrence of `needle` at or after `from`, nil when there is none.
    func first(of needle: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard let first = needle.first, from >= 0, needle.count <= scalars.count - min(from, scalars.count) else {
            return nil
        }
        for index in from...(scalars.count - needle.count) where scalars[index] == first {
            if scalars[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
