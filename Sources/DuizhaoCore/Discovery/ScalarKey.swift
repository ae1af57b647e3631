/// A text of up to eight scalars packed into three words, 21 bits a scalar: a hash key for
/// the short sequences new-term discovery counts by the million, without a `String` (whose
/// hashing and comparison of non-ASCII text go through normalization) or an allocation.
struct ScalarKey: Hashable, Sendable {
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

    /// The longest text a key holds.
    static let capacity = 8

    /// The key of `scalars`; nil when they are empty or more than eight.
    init?(_ scalars: ArraySlice<Unicode.Scalar>) {
        guard !scalars.isEmpty, scalars.count <= Self.capacity else { return nil }
        for (offset, scalar) in scalars.enumerated() {
            // Plus one, so that an empty slot (zero) never reads as U+0000.
            let value = UInt64(scalar.value + 1) << UInt64(21 * (offset % 3))
            switch offset / 3 {
            case 0: words.0 |= value
            case 1: words.1 |= value
            default: words.2 |= value
            }
        }
    }

    /// The key's scalars, in order.
    var scalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(Self.capacity)
        for word in [words.0, words.1, words.2] {
            for slot in 0..<3 {
                let value = (word >> UInt64(21 * slot)) & 0x1F_FFFF
                guard value != 0, let scalar = Unicode.Scalar(UInt32(value - 1)) else { return result }
                result.append(scalar)
            }
        }
        return result
    }

    static func == (a: ScalarKey, b: ScalarKey) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}
