import Foundation

/// The manifest of an output folder (`batch-manifest.json`): one record per input, sorted
/// by key, with the run settings. Written atomically at the start of a run (after
/// recovering the journal of a killed run) and at its end; in between, finished
/// documents go to the journal.
public struct BatchManifest: Codable, Sendable, Equatable {
    /// The manifest format.
    public var format = 1
    /// The duizhao version that wrote it.
    public var toolVersion: String
    /// The shard it covers.
    public var shard: Shard?
    /// The glossary hash of the last run.
    public var glossaryHash: String
    /// The run context of the last run.
    public var context: String
    /// The documents, sorted by key.
    public var documents: [DocumentRecord]

    /// Creates a manifest.
    public init(toolVersion: String, shard: Shard?, glossaryHash: String, context: String, documents: [DocumentRecord]) {
        self.toolVersion = toolVersion
        self.shard = shard
        self.glossaryHash = glossaryHash
        self.context = context
        self.documents = documents.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
    }

    /// Reads a manifest; nil when there is none.
    public static func read(_ url: URL) throws -> BatchManifest? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(BatchManifest.self, from: data)
    }

    /// Writes the manifest atomically.
    public func write(to url: URL) throws {
        try AtomicFile.write(try JSONOutput.data(self), to: url.path)
    }
}
