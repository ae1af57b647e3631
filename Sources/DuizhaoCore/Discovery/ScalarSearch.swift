import DuizhaoText

/// Counts non-overlapping occurrences of phrases in a text, scalar by scalar.
struct ScalarSearch {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The occurrences of each of `needles`, each counted left to right, not overlapping
    /// (as if searched for alone), in one pass over the text: a document's candidate phrases
    /// are counted together, not with one scan of the text each.
    func occurrences(ofEach needles: [[Unicode.Scalar]]) -> [Int] {
        gather(needles, from: 0) { count, _ in count += 1 }
    }

    /// The start offsets of each of `needles`' occurrences, counted as
    /// ``occurrences(ofEach:)`` counts them, in text order.
    func starts(ofEach needles: [[Unicode.Scalar]]) -> [[Int]] {
        gather(needles, from: []) { starts, start in starts.append(start) }
    }

    /// One pass over the text for all of `needles`: each needle's result starts as `initial`
    /// and `add` takes each of its occurrences' start (left to right, not overlapping); a
    /// repeated needle gets the result of its first copy.
    private func gather<Result>(
        _ needles: [[Unicode.Scalar]], from initial: Result, _ add: (inout Result, Int) -> Void
    ) -> [Result] {
        let automaton = TermAutomaton(keys: needles.map { $0.map(\.value) })
        var results = [Result](repeating: initial, count: needles.count)
        // The first offset where each needle may occur again (after its last occurrence).
        var free = [Int](repeating: 0, count: needles.count)
        let values = scalars.map(\.value)
        values.withUnsafeBufferPointer { text in
            for start in 0..<text.count {
                automaton.forEachKey(in: text, startingAt: start) { end, value in
                    let needle = Int(value)
                    guard start >= free[needle] else { return }
                    add(&results[needle], start)
                    free[needle] = end
                }
            }
        }
        var first: [[Unicode.Scalar]: Int] = [:]
        for (index, needle) in needles.enumerated() {
            if let earlier = first[needle] { results[index] = results[earlier] } else { first[needle] = index }
        }
        return results
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
