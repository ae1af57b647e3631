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

    /// The complete records of the journal at `url` (none when there is no journal); a
    /// partial or unreadable line — the one a kill interrupted — is dropped.
    static func recover(_ url: URL) -> [DocumentRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        var records: [DocumentRecord] = []
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            if let record = try? decoder.decode(DocumentRecord.self, from: Data(line)) { records.append(record) }
        }
        return records
    }
}
