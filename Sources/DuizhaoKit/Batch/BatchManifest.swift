import DuizhaoText
import Foundation

/// The manifest of an output folder (`batch-manifest.jsonl`): JSON Lines — a header object
/// with the run settings, then one ``DocumentRecord`` a line, sorted by key. It is written
/// and read a record at a time (a large batch is never held as one value), atomically, at
/// the start of a run (folding in the journal of a killed run) and at its end; in between,
/// finished documents go to the journal.
public struct BatchManifest: Sendable, Equatable {
    /// The first line.
    public struct Header: Codable, Sendable, Equatable {
        /// The manifest format.
        public var format = 2
        /// The duizhao version that wrote it.
        public var toolVersion: String
        /// The shard it covers.
        public var shard: Shard?
        /// The glossary hash of the last run.
        public var glossaryHash: String
        /// The run context of the last run.
        public var context: String
    }

    /// The settings line.
    public var header: Header
    /// The documents, sorted by key.
    public var documents: [DocumentRecord]

    /// Creates a manifest; the records are sorted by key.
    public init(header: Header, documents: [DocumentRecord]) {
        self.header = header
        self.documents = documents.sorted { BatchManifest.precedes($0.key, $1.key) }
    }

    /// The order of records: by Unicode scalars of their keys.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// An error reading a manifest.
    public struct ReadError: Error, CustomStringConvertible {
        /// The manifest.
        public var path: String
        /// The 1-based line.
        public var line: Int
        /// What is wrong.
        public var reason: String

        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// Reads a whole manifest (for tools and tests; the runner streams it); nil when there is none.
    public static func read(_ url: URL) throws -> BatchManifest? {
        guard let reader = try ManifestReader(url: url) else { return nil }
        var records: [DocumentRecord] = []
        while let record = try reader.next() { records.append(record) }
        return BatchManifest(header: reader.header, documents: records)
    }

    /// Writes the manifest atomically.
    public func write(to url: URL) throws {
        let writer = try ManifestWriter(url: url, header: header)
        do {
            for record in documents { try writer.append(record) }
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
    }
}

/// Reads a manifest a record at a time.
final class ManifestReader {
    let url: URL
    let header: BatchManifest.Header
    private let lines: LineReader
    private let decoder = JSONDecoder()
    private var number = 1

    /// Opens `url`; nil when there is no manifest.
    init?(url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let lines = LineReader(url: url) else {
            throw BatchManifest.ReadError(path: url.path, line: 0, reason: "cannot open")
        }
        guard let first = lines.next() else {
            throw BatchManifest.ReadError(path: url.path, line: 1, reason: "no header line")
        }
        do {
            header = try decoder.decode(BatchManifest.Header.self, from: first)
        } catch {
            throw BatchManifest.ReadError(path: url.path, line: 1, reason: "\(error)")
        }
        self.url = url
        self.lines = lines
    }

    /// The next record; nil at the end.
    func next() throws -> DocumentRecord? {
        guard let line = lines.next() else { return nil }
        number += 1
        do {
            return try decoder.decode(DocumentRecord.self, from: line)
        } catch {
            throw BatchManifest.ReadError(path: url.path, line: number, reason: "\(error)")
        }
    }
}

/// Writes a manifest a record at a time, atomically on `commit`.
final class ManifestWriter {
    private let writer: AtomicStreamWriter
    private let encoder: JSONEncoder

    init(url: URL, header: BatchManifest.Header) throws {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        writer = try AtomicStreamWriter(destination: url)
        try writer.write(try encoder.encode(header) + Data([0x0A]))
    }

    func append(_ record: DocumentRecord) throws {
        try writer.write(try encoder.encode(record) + Data([0x0A]))
    }

    func commit() throws { try writer.commit() }

    func abandon() { writer.abandon() }
}

/// Reads a file a line at a time through a fixed buffer.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var finished = false

    init?(url: URL) {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next line without its line feed; nil at the end.
    func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return Data(line)
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = Data() }
                return buffer
            }
            let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(chunk) } else { finished = true }
        }
    }
}

/// Writes a file through a temporary file in the same folder, named like `AtomicFile`'s, then
/// renames it into place: readers, and runs that are killed, never see a partial file.
final class AtomicStreamWriter {
    private let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer = Data()

    init(destination: URL) throws {
        self.destination = destination
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
            )
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw AtomicFile.WriteError.cannotWrite(
                path: destination.path, reason: "cannot create temporary file \(temporary.path)")
        }
        self.handle = handle
    }

    func write(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func commit() throws {
        try flush()
        try handle.synchronize()
        try handle.close()
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            abandon()
            throw AtomicFile.WriteError.cannotWrite(path: destination.path, reason: reason)
        }
    }

    func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
