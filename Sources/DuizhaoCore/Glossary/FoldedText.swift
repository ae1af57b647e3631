/// Text after ``TextFolder`` folding, with a map from each folded scalar back to the
/// original scalar it came from, so matches found in folded text are reported as spans of
/// the original.
public struct FoldedText: Sendable {
    /// The folded scalars' values.
    public var scalars: [UInt32] = []
    /// For each folded scalar, the offset of the original scalar it came from.
    public var origins: [Int32] = []
    /// For each original scalar, what folding did to it.
    public var changes: [TextFolder.Change] = []
    /// The original scalars' values.
    public var originals: [UInt32] = []
    /// The number of original scalars folding changed (0: the folded text is the original).
    public var changedCount = 0

    /// The number of original scalars.
    var originalCount: Int { changes.count }

    /// True when folded offset `index` is the first scalar folded from its original scalar
    /// (a match may start there).
    @inline(__always)
    func isStart(_ index: Int) -> Bool { index == 0 || origins[index] != origins[index - 1] }

    /// True when folded offset `index` follows the last scalar folded from an original scalar
    /// (a match may end there).
    @inline(__always)
    func isEnd(_ index: Int) -> Bool { index == scalars.count || origins[index] != origins[index - 1] }

    /// The original offsets of the folded range `start..<end` (a non-empty range).
    @inline(__always)
    func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        Int(origins[start])..<(Int(origins[end - 1]) + 1)
    }

    /// True when folding changed none of the original scalars in `range`.
    @inline(__always)
    func isUnchanged(_ range: Range<Int>) -> Bool {
        changedCount == 0 || changes[range].allSatisfy { $0 == .none }
    }

    /// The folded text as a string.
    public var string: String {
        var view = String.UnicodeScalarView()
        for value in scalars { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }
}
