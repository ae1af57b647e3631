/// The matches one worker finds, in memory it manages itself, so that the workers' matches
/// are moved into the one array returned: joining arrays copied every match of all but the
/// first, with two retains for its strings and two releases when the part was freed, and
/// growing an array copied them again.
///
/// Sized for the most matches the text can hold (one per scalar: matches do not overlap and
/// none is empty); the pages beyond the matches found are never touched. Owned by one worker
/// at a time.
struct MatchBuffer: @unchecked Sendable {
    private let base: UnsafeMutablePointer<TermMatch>
    private let capacity: Int
    /// The number of matches held.
    private(set) var count = 0

    /// Room for `capacity` matches.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// Adds `match` at the end.
    @inline(__always)
    mutating func append(_ match: TermMatch) {
        precondition(count < capacity, "more matches than scalars")
        (base + count).initialize(to: match)
        count += 1
    }

    /// The end of the last match (document offset).
    var lastEnd: Int { base[count - 1].span.end }

    /// The matches of `buffers`, one after another, moved into one array; the buffers' memory
    /// is freed (use none of them afterwards).
    static func joined(_ buffers: [MatchBuffer]) -> [TermMatch] {
        let total = buffers.reduce(0) { $0 + $1.count }
        return [TermMatch](unsafeUninitializedCapacity: total) { destination, initialized in
            var offset = 0
            for buffer in buffers {
                (destination.baseAddress! + offset).moveInitialize(from: buffer.base, count: buffer.count)
                offset += buffer.count
                buffer.base.deallocate()
            }
            initialized = total
        }
    }
}
