/// A trie over folded scalars for leftmost-longest matching of many keys.
///
/// Transitions live in one open-addressing hash table keyed by (node, scalar), so a step is
/// one multiply and usually one probe whatever the alphabet size (glossary keys use
/// thousands of distinct Han characters, which rules out per-node arrays). A slot holds the
/// key, the child, the child's value and the child's own child mask together, so with a large
/// glossary (where the table outgrows the caches) a walk (``Cursor``) costs one memory access
/// a step, and its last step, to a child that is not there, mostly none. Building is linear
/// in the total length of the keys. Immutable once built: share it across threads.
package struct TermAutomaton: Sendable {
    /// The root node.
    package static let root: Int32 = 0

    /// A transition: the (node, scalar) key, the child it leads to, the value of the key
    /// ending at the child (-1 for none) and the child's child mask.
    private struct Slot {
        var key: UInt64 = 0
        var node: Int32 = 0
        var value: Int32 = -1
        var mask: UInt64 = 0
    }

    /// A position in a walk down the trie: a node, the value of the key ending there (-1 for
    /// none) and the node's child mask, so that the next step needs no other read.
    package struct Cursor {
        /// The node.
        package var node: Int32
        /// The value of the key ending at the node, or -1.
        package var value: Int32
        fileprivate var mask: UInt64
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var mask: Int
    /// The root's child mask: bit `scalar % 64` set when it has a child along some scalar
    /// with those low bits (every other node's mask is in the slot leading to it).
    private var rootMask: UInt64 = 0
    /// The root's children along BMP scalars (node -1 for none), with their values and masks.
    private var rootChildren: [Cursor] = []
    /// Bit `scalar` set when the root has a child along that BMP scalar: most text positions
    /// start no key, and this 8 KB table answers them from the nearest cache, where the 1 MB
    /// of ``rootChildren`` would miss.
    private var rootBits: [UInt64] = []

    /// Builds the trie of `keys`; the value of a key is its index in `keys` (when a key
    /// repeats, its first index). Empty keys are ignored.
    package init(keys: [[UInt32]]) {
        // Sized for the keys' scalars and doubled whenever it is 40% full (fuller, a miss
        // probes long runs). Prefixes are shared: CC-CEDICT's trie has about 40% as many nodes
        // as scalars, so it is built without growing (growing from half the size rehashed
        // half a million slots); a table twice the scalar count was mostly empty, and its size
        // cost page faults.
        let total = keys.reduce(0) { $0 + $1.count }
        var bits: UInt64 = 4
        while (1 << bits) < total + 16 { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = 64 - bits
        mask = (1 << bits) - 1
        // Each node's value and child mask, needed while building only: the slots keep them.
        var values: [Int32] = [-1]
        values.reserveCapacity(total + 1)
        var childMasks: [UInt64] = [0]
        childMasks.reserveCapacity(total + 1)
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var node = Self.root
            for scalar in key { node = childOrInsert(node, scalar, values: &values, childMasks: &childMasks) }
            if values[Int(node)] < 0 { values[Int(node)] = Int32(index) }
        }
        for index in slots.indices where slots[index].key != 0 {
            let child = Int(slots[index].node)
            slots[index].value = values[child]
            slots[index].mask = childMasks[child]
        }
        rootMask = childMasks[0]
        var rootChildren = [Cursor](repeating: Cursor(node: -1, value: -1, mask: 0), count: 0x10000)
        var rootBits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for key in keys where !key.isEmpty && key[0] < 0x10000 {
            if let child = lookup(Self.root, key[0]) {
                rootChildren[Int(key[0])] = child
                rootBits[Int(key[0] >> 6)] |= Self.maskBit(key[0])
            }
        }
        self.rootChildren = rootChildren
        self.rootBits = rootBits
    }

    @inline(__always)
    private static func slotKey(_ node: Int32, _ scalar: UInt32) -> UInt64 {
        // +1 keeps 0 free to mark empty slots.
        (UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar)) &+ 1
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func childOrInsert(
        _ node: Int32, _ scalar: UInt32, values: inout [Int32], childMasks: inout [UInt64]
    ) -> Int32 {
        let key = Self.slotKey(node, scalar)
        var index = slot(of: key)
        while true {
            let found = slots[index].key
            if found == key { return slots[index].node }
            if found == 0 {
                let child = Int32(values.count)
                values.append(-1)
                childMasks.append(0)
                childMasks[Int(node)] |= Self.maskBit(scalar)
                slots[index] = Slot(key: key, node: child, value: -1)
                // Every node but the root is one edge, one slot.
                if (values.count - 1) * 5 > slots.count * 2 { grow() }
                return child
            }
            index = (index + 1) & mask
        }
    }

    /// Doubles the table and places every edge again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        mask = slots.count - 1
        for entry in old where entry.key != 0 {
            var index = slot(of: entry.key)
            while slots[index].key != 0 { index = (index + 1) & mask }
            slots[index] = entry
        }
    }

    /// The start of a walk: the root.
    package var rootCursor: Cursor { Cursor(node: Self.root, value: -1, mask: rootMask) }

    /// The cursor one step down from `cursor` along `scalar`, or nil when there is no such
    /// child (answered from the cursor's mask alone, mostly). From the root along a BMP scalar
    /// (where every walk starts, and most end), a read of a bit table and, when set, of a
    /// direct table.
    @inline(__always)
    package func advance(_ cursor: Cursor, _ scalar: UInt32) -> Cursor? {
        if cursor.node == Self.root, scalar < 0x10000 {
            if rootBits[Int(scalar >> 6)] & Self.maskBit(scalar) == 0 { return nil }
            return rootChildren[Int(scalar)]
        }
        if cursor.mask & Self.maskBit(scalar) == 0 { return nil }
        return lookup(cursor.node, scalar)
    }

    @inline(__always)
    private static func maskBit(_ scalar: UInt32) -> UInt64 { 1 << UInt64(scalar & 63) }

    /// The child of `node` along `scalar` as a cursor, or nil: a probe of the hash table.
    @inline(__always)
    private func lookup(_ node: Int32, _ scalar: UInt32) -> Cursor? {
        let key = Self.slotKey(node, scalar)
        var index = slot(of: key)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let found = slots[index]
                if found.key == key { return Cursor(node: found.node, value: found.value, mask: found.mask) }
                if found.key == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }

    /// The value of exactly `key`, or -1.
    package func exactValue(_ key: [UInt32]) -> Int32 {
        var cursor = rootCursor
        for scalar in key {
            guard let next = advance(cursor, scalar) else { return -1 }
            cursor = next
        }
        return cursor.value
    }

    /// Calls `body(end, value)` for every key that starts at `start` in `text`, shortest first.
    @inline(__always)
    package func forEachKey(in text: UnsafeBufferPointer<UInt32>, startingAt start: Int, _ body: (Int, Int32) -> Void) {
        var current = rootCursor
        var index = start
        while index < text.count {
            guard let next = advance(current, text[index]) else { return }
            current = next
            index += 1
            if current.value >= 0 { body(index, current.value) }
        }
    }

    /// The longest key starting at `start` in `text`: its end and value.
    package func longestKey(in text: [UInt32], startingAt start: Int = 0) -> (end: Int, value: Int32)? {
        var best: (end: Int, value: Int32)?
        text.withUnsafeBufferPointer { buffer in
            forEachKey(in: buffer, startingAt: start) { best = ($0, $1) }
        }
        return best
    }

    /// Leftmost-longest, non-overlapping occurrences of the keys in `text`.
    package func leftmostLongest(in text: [UInt32]) -> [(range: Range<Int>, value: Int32)] {
        var result: [(range: Range<Int>, value: Int32)] = []
        text.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var best: (end: Int, value: Int32)?
                forEachKey(in: buffer, startingAt: start) { best = ($0, $1) }
                if let best {
                    result.append((start..<best.end, best.value))
                    start = best.end
                } else {
                    start += 1
                }
            }
        }
        return result
    }
}
