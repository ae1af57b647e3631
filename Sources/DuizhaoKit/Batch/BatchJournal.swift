import Foundation

/// The append-only journal of a run (`batch-journal.jsonl`): one JSON record a line,
/// written and flushed to disk (fsync) as each document's outputs are complete. A killed run
/// leaves at most a partial last line, which recovery drops; the next run folds the
/// journal into the manifest.
final class BatchJournal {
    private let handle: FileHandle
    private let encoder: JSONEncoder

    /// Opens `url` for appending, creating it.
    init(url: URL) throws {
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw BatchError.cannotWrite(path: url.path, reason: "cannot create the journal")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
            throw BatchError.cannotWrite(path: url.path, reason: "cannot open the journal")
        }
        self.handle = handle
        try handle.seekToEnd()
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit { try? handle.close() }

    /// Closes the file.
    func close() { try? handle.close() }

    /// Appends `record` and flushes it to disk.
    func append(_ record: DocumentRecord) throws {
        var data = try encoder.encode(record)
        data.append(0x0A)
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// Indexes the complete records of the journal at `url` by key (a later record of the
    /// same key wins); a partial or unreadable line — the one a kill interrupted — is dropped.
    /// Only offsets are kept; records are read back one at a time.
    static func index(_ url: URL) -> JournalIndex {
        var index = JournalIndex(url: url)
        guard let reader = LineReader(url: url) else { return index }
        let decoder = JSONDecoder()
        var offset: UInt64 = 0
        while let line = reader.next() {
            defer { offset += UInt64(line.count) + 1 }
            guard !line.isEmpty, let record = try? decoder.decode(KeyOnly.self, from: line) else { continue }
            index.entries[record.key] = (offset, line.count)
        }
        return index
    }

    private struct KeyOnly: Decodable {
        var key: String
    }
}

/// Where each document's record lies in a journal.
struct JournalIndex {
    let url: URL
    var entries: [String: (offset: UInt64, length: Int)] = [:]

    init(url: URL) { self.url = url }

    /// The keys, in manifest order.
    var sortedKeys: [String] { entries.keys.sorted(by: BatchManifest.precedes) }

    /// Reads the record of `key`.
    func record(_ key: String) throws -> DocumentRecord? {
        guard let entry = entries[key] else { return nil }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        try handle.seek(toOffset: entry.offset)
        let data = try handle.read(upToCount: entry.length) ?? Data()
        return try JSONDecoder().decode(DocumentRecord.self, from: data)
    }
}
