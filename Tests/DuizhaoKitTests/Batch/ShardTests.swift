import Testing

@testable import DuizhaoKit

@Suite struct ShardTests {
    @Test func shardsTogetherCoverEveryKeyExactlyOnce() throws {
        let keys = (0..<300).map { "corpus/\($0 % 7)/文件-\($0).txt" }
        for count in 1...6 {
            var owners: [String: Int] = [:]
            for index in 1...count {
                let shard = try #require(Shard(index: index, count: count))
                for key in keys where shard.contains(key: key) {
                    #expect(owners[key] == nil, "\(key) in shards \(owners[key] ?? 0) and \(index)")
                    owners[key] = index
                }
            }
            #expect(owners.count == keys.count)
        }
    }

    @Test func assignmentIsTheDocumentedHash() {
        // 1 + (first 8 bytes of SHA-256 of the key, big-endian) mod N; checked with Python's
        // hashlib: int(sha256(b"docs/a.txt").hexdigest()[:16], 16) % 7 + 1.
        #expect(Shard.number(of: "docs/a.txt", count: 7) == 6)
        #expect(Shard.number(of: "docs/a.txt", count: 1) == 1)
    }

    @Test func parsesKOfN() throws {
        let shard = try Shard(parsing: "3/8")
        #expect(shard.index == 3 && shard.count == 8)
        #expect(shard.fileSuffix == "shard-3-of-8")
        for bad in ["0/4", "5/4", "1/0", "a/b", "1", "1/2/3", "-1/2", ""] {
            #expect(throws: Shard.ParseError.self) { try Shard(parsing: bad) }
        }
    }
}
