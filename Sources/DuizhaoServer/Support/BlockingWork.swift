import Dispatch

/// Runs CPU-bound work (annotation, checking, rendering) on a Dispatch queue, off the server's
/// event loops and the Swift concurrency pool, and resumes the request when it is done.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "duizhao.serve.work", attributes: .concurrent)

    /// `body`'s result, computed on the work queue.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
