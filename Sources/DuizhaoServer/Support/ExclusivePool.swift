import Foundation
import Synchronization

/// A fixed set of objects that are not thread-safe (ICU-backed lookups, pipelines and
/// checkers), each used by one request at a time: a request takes a free one, or waits its
/// turn for one.
final class ExclusivePool<Resource>: @unchecked Sendable {
    // Unchecked: each resource is only touched while its slot's lock is held.
    private final class Slot {
        let lock = NSLock()
        var resource: Resource
        init(_ resource: Resource) { self.resource = resource }
    }

    private let slots: [Slot]
    private let next = Atomic<Int>(0)

    /// A pool of `count` resources made by `make` (at least one).
    init(count: Int, make: () throws -> Resource) rethrows {
        var slots: [Slot] = []
        for _ in 0..<max(1, count) { slots.append(Slot(try make())) }
        self.slots = slots
    }

    /// How many resources the pool holds.
    var count: Int { slots.count }

    /// Runs `body` with exclusive use of one resource.
    func withResource<T>(_ body: (Resource) throws -> T) rethrows -> T {
        var chosen = slots.first { $0.lock.try() }
        if chosen == nil {
            let slot = slots[next.wrappingAdd(1, ordering: .relaxed).oldValue % slots.count]
            slot.lock.lock()
            chosen = slot
        }
        let slot = chosen!
        defer { slot.lock.unlock() }
        return try body(slot.resource)
    }
}
