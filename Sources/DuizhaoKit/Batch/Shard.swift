import DuizhaoText

/// One of N deterministic shards of a batch's inputs, so that the same command runs on many
/// machines (a Kubernetes Indexed Job, a Slurm array, GNU parallel): an input belongs to
/// shard `1 + (SHA-256 of its key) mod N`, where the key is its relative path. The
/// assignment depends only on the key, so it is the same on every machine.
public struct Shard: Codable, Sendable, Hashable, CustomStringConvertible {
    /// A malformed shard.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        /// Not of the form K/N with 1 ≤ K ≤ N.
        case invalid(String)

        public var description: String {
            switch self {
            case .invalid(let text):
                return
                    "shard '\(text)': expected K/N with 1 ≤ K ≤ N (shards count from 1; a Kubernetes JOB_COMPLETION_INDEX counts from 0: add 1)"
            }
        }
    }

    /// The shard's number, from 1.
    public let index: Int
    /// The number of shards.
    public let count: Int

    /// Creates shard `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            let shard = Shard(index: index, count: count)
        else {
            throw ParseError.invalid(text)
        }
        self = shard
    }

    /// The shard (from 1) that `key` belongs to among `count` shards.
    public static func number(of key: String, count: Int) -> Int {
        let digest = SHA256.hex(key)
        let value = UInt64(digest.prefix(16), radix: 16) ?? 0
        return Int(value % UInt64(count)) + 1
    }

    /// True when the input with `key` belongs to this shard.
    public func contains(key: String) -> Bool { Self.number(of: key, count: count) == index }

    /// `shard-K-of-N`, for file names.
    public var fileSuffix: String { "shard-\(index)-of-\(count)" }

    public var description: String { "\(index)/\(count)" }
}
