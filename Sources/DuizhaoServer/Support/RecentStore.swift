import Synchronization

/// The last few results (annotated documents, check reports) by an unguessable id, in memory
/// only: the oldest is dropped when the store is full. Nothing is written to disk.
final class RecentStore<Value: Sendable>: Sendable {
    private struct State {
        var order: [String] = []
        var values: [String: Value] = [:]
    }

    private let capacity: Int
    private let state = Mutex(State())

    /// A store that keeps `capacity` values.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Keeps `value`; returns its new id.
    func add(_ value: Value) -> String {
        let id = Self.newID()
        state.withLock { state in
            state.order.append(id)
            state.values[id] = value
            while state.order.count > capacity { state.values[state.order.removeFirst()] = nil }
        }
        return id
    }

    /// The value kept under `id`.
    func value(_ id: String) -> Value? { state.withLock { $0.values[id] } }

    /// The values kept, newest first, with their ids.
    func recent() -> [(id: String, value: Value)] {
        state.withLock { state in state.order.reversed().compactMap { id in state.values[id].map { (id, $0) } } }
    }

    /// How many values are kept.
    var count: Int { state.withLock { $0.values.count } }

    /// 128 random bits in hex.
    private static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return [generator.next(), generator.next()].map { (value: UInt64) in
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
