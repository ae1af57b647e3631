/// The matches one worker finds, in memory it manages itself, so that the workers' matches
/// are moved into the one array returned: joining arrays copied every match of all but the
/// first, with two retains for its strings and two releases when the part was freed, and
/// growing an array copied them again.
///
/// Sized for the most matches the text can hold (one per scalar: matches do not overlap and
/// none is empty), allocated at the first match (most sentences hold none); the pages beyond
/// the matches found are never touched. Owned by one worker at a time.
struct MatchBuffer: @unchecked Sendable {
    private var base: UnsafeMutablePointer<TermMatch>?
    private let capacity: Int
    /// The number of matches held.
    private(set) var count = 0

    /// Room for `capacity` matches.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds `match` at the end.
    @inline(__always)
    mutating func append(_ match: TermMatch) {
        precondition(count < capacity, "more matches than scalars")
        if base == nil { base = .allocate(capacity: capacity) }
        (base.unsafelyUnwrapped + count).initialize(to: match)
        count += 1
    }

    /// The end of the last match (document offset); only when there is one.
    var lastEnd: Int { base.unsafelyUnwrapped[count - 1].span.end }

    /// The matches of `buffers`, one after another, moved into one array; the buffers' memory
    /// is freed (use none of them afterwards).
    static func joined(_ buffers: [MatchBuffer]) -> [TermMatch] {
        let total = buffers.reduce(0) { $0 + $1.count }
        guard total > 0 else { return [] }
        return [TermMatch](unsafeUninitializedCapacity: total) { destination, initialized in
            var offset = 0
            for buffer in buffers {
                guard let base = buffer.base else { continue }
                (destination.baseAddress! + offset).moveInitialize(from: base, count: buffer.count)
                offset += buffer.count
                base.deallocate()
            }
            initialized = total
        }
    }
}
