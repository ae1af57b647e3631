import DuizhaoCore
import Foundation
import GRDB

/// A translation memory: approved Chinese–English sentence pairs in an SQLite file, with
/// where each came from, when, and with which glossary version; a trigram index (FTS5) finds
/// similar sentences without scanning the memory. The same file also caches machine
/// translation responses (``cachedMachineTranslation(key:)``).
///
/// Thread-safe: one store can serve every worker of a batch (a GRDB `DatabasePool`: readers
/// run in parallel, writes are serialized).
public final class TranslationMemory: Sendable {
    /// The store's file.
    public let path: String
    private let database: DatabasePool

    /// Candidates examined per fuzzy lookup, best trigram overlap first.
    static let candidateLimit = 20
    /// Trigrams used per fuzzy query at most (spread over the sentence).
    static let trigramLimit = 16

    /// Opens the store at `path`, creating it (and its tables) when `create` is true;
    /// otherwise a missing file is ``TranslationMemoryError/missingStore(path:)``.
    public init(path: String, create: Bool = false) throws {
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw TranslationMemoryError.missingStore(path: path)
        }
        if ["tmx", "tsv", "txt"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            throw TranslationMemoryError.notAStore(path: path)
        }
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            database = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch let error as DatabaseError {
            throw TranslationMemoryError.database(path: path, reason: error.message ?? "\(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE unit (
                        id INTEGER PRIMARY KEY,
                        source TEXT NOT NULL,
                        source_key TEXT NOT NULL,
                        key_length INTEGER NOT NULL,
                        target TEXT NOT NULL,
                        source_lang TEXT NOT NULL,
                        target_lang TEXT NOT NULL,
                        origin TEXT,
                        creation_id TEXT,
                        created REAL NOT NULL,
                        imported REAL NOT NULL,
                        glossary_version TEXT,
                        UNIQUE (source_key, target)
                    );
                    CREATE INDEX unit_length ON unit (key_length);
                    CREATE VIRTUAL TABLE unit_fts USING fts5 (source_key, content = 'unit', content_rowid = 'id', tokenize = 'trigram');
                    CREATE TRIGGER unit_inserted AFTER INSERT ON unit BEGIN
                        INSERT INTO unit_fts (rowid, source_key) VALUES (new.id, new.source_key);
                    END;
                    CREATE TRIGGER unit_deleted AFTER DELETE ON unit BEGIN
                        INSERT INTO unit_fts (unit_fts, rowid, source_key) VALUES ('delete', old.id, old.source_key);
                    END;
                    CREATE TABLE mt_cache (
                        key TEXT PRIMARY KEY,
                        model TEXT NOT NULL,
                        endpoint TEXT NOT NULL,
                        response TEXT NOT NULL,
                        created REAL NOT NULL
                    );
                    """)
        }
        return migrator
    }

    /// Runs `body`, turning SQLite errors into ``TranslationMemoryError/database(path:reason:)``.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw TranslationMemoryError.database(path: path, reason: error.message ?? "\(error)")
        }
    }

    // MARK: Import

    /// Reads a `.tmx`, `.tsv` (`.txt`) or finished XLIFF file and adds its translations in
    /// one transaction: a bad file adds nothing. Pairs already stored (same folded source,
    /// same target) are skipped; so are units that are no translations, counted in
    /// ``MemoryImportResult/skipped``.
    func importFile(_ file: String, glossaryVersion: String?, date: Date = Date()) throws -> MemoryImportResult {
        let contents = try MemoryFileReader.contents(path: file)
        var result = try add(contents.units, glossaryVersion: glossaryVersion, date: date)
        result.skipped = contents.skipped
        return result
    }

    /// Adds `units` in one transaction; a unit's own glossary version and date win over
    /// `glossaryVersion` and `date` (the import's). Pairs already stored are skipped.
    /// Dates are kept to the second, as TMX writes them.
    public func add(_ units: [MemoryUnit], glossaryVersion: String?, date: Date = Date()) throws -> MemoryImportResult {
        let date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        let folder = try TextFolder()
        let rows = units.map { unit in (unit, MemoryKey(unit.source, folder: folder)) }
        return try guarded {
            try database.write { db in
                var result = MemoryImportResult()
                let statement = try db.makeStatement(
                    sql: """
                        INSERT OR IGNORE INTO unit (source, source_key, key_length, target, source_lang, target_lang, origin, creation_id, created, imported, glossary_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for (unit, key) in rows {
                    try statement.execute(arguments: [
                        unit.source, key.string, key.count, unit.target, unit.sourceLanguage, unit.targetLanguage,
                        unit.origin, unit.creationID,
                        (unit.created ?? date).timeIntervalSince1970.rounded(.down), date.timeIntervalSince1970,
                        unit.glossaryVersion ?? glossaryVersion,
                    ])
                    if db.changesCount > 0 { result.added += 1 } else { result.duplicates += 1 }
                }
                return result
            }
        }
    }

    // MARK: Reading

    private static let columns =
        "source, source_key, target, source_lang, target_lang, origin, creation_id, created, glossary_version"

    private static func unit(_ row: Row) -> StoredUnit {
        let unit = MemoryUnit(
            source: row["source"], target: row["target"], sourceLanguage: row["source_lang"],
            targetLanguage: row["target_lang"],
            origin: row["origin"], creationID: row["creation_id"], created: Date(timeIntervalSince1970: row["created"]),
            glossaryVersion: row["glossary_version"])
        return StoredUnit(unit: unit, key: row["source_key"])
    }

    /// Every pair, oldest first.
    public func units() throws -> [MemoryUnit] {
        try guarded {
            try database.read { db in
                try Row.fetchAll(db, sql: "SELECT \(Self.columns) FROM unit ORDER BY id").map { Self.unit($0).unit }
            }
        }
    }

    /// The number of pairs.
    public func count() throws -> Int {
        try guarded { try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0 } }
    }

    /// Changes whenever pairs are added or removed (for batch invalidation).
    public func version() throws -> String {
        try guarded {
            try database.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM unit")
                return "\(row?["n"] as Int? ?? 0)/\(row?["last"] as Int? ?? 0)"
            }
        }
    }

    /// The pairs whose folded source is one of `keys`, by key; of several pairs with the same
    /// source, the newest.
    func exactUnits(keys: [String]) throws -> [String: StoredUnit] {
        let distinct = Array(Set(keys.filter { !$0.isEmpty }))
        var found: [String: StoredUnit] = [:]
        try guarded {
            try database.read { db in
                var start = 0
                while start < distinct.count {
                    let chunk = Array(distinct[start..<min(start + 500, distinct.count)])
                    start += 500
                    let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT \(Self.columns) FROM unit WHERE source_key IN (\(marks)) ORDER BY created, id",
                        arguments: StatementArguments(chunk))
                    for row in rows {
                        let stored = Self.unit(row)
                        found[stored.key] = stored  // later rows are newer
                    }
                }
            }
        }
        return found
    }

    /// Pairs that may be at least `threshold` similar to `key`: those whose key length allows
    /// it and that share trigrams with it (best overlap first), or for keys under three
    /// characters (too short for trigrams) those sharing a character.
    func fuzzyCandidates(key: MemoryKey, threshold: Double) throws -> [StoredUnit] {
        guard key.count > 0 else { return [] }
        let shortest = Int((Double(key.count) * threshold).rounded(.up))
        let longest = Int((Double(key.count) / threshold).rounded(.down))
        return try guarded {
            try database.read { db in
                if key.count < 3 {
                    let characters = Array(Set(key.scalars)).compactMap(Unicode.Scalar.init).map { String($0) }
                    let condition = characters.map { _ in "instr(source_key, ?) > 0" }.joined(separator: " OR ")
                    let arguments: [any DatabaseValueConvertible] = [shortest, longest] + characters
                    return try Row.fetchAll(
                        db,
                        sql:
                            "SELECT \(Self.columns) FROM unit WHERE key_length BETWEEN ? AND ? AND (\(condition)) LIMIT 200",
                        arguments: StatementArguments(arguments)
                    ).map(Self.unit)
                }
                let query = Self.trigramQuery(key.scalars)
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(Self.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                        FROM unit_fts JOIN unit u ON u.id = unit_fts.rowid
                        WHERE unit_fts MATCH ? AND u.key_length BETWEEN ? AND ?
                        ORDER BY unit_fts.rank LIMIT ?
                        """,
                    arguments: [query, shortest, longest, Self.candidateLimit]
                ).map(Self.unit)
            }
        }
    }

    /// An FTS5 query matching any of the key's distinct trigrams (at most ``trigramLimit``,
    /// spread evenly), each quoted as a phrase.
    static func trigramQuery(_ scalars: [UInt32]) -> String {
        var seen = Set<[UInt32]>()
        var trigrams: [String] = []
        for start in 0...(scalars.count - 3) {
            let piece = Array(scalars[start..<(start + 3)])
            guard seen.insert(piece).inserted else { continue }
            var text = String.UnicodeScalarView()
            for value in piece { if let scalar = Unicode.Scalar(value) { text.append(scalar) } }
            trigrams.append("\"" + String(text).replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        }
        if trigrams.count > trigramLimit {
            let step = Double(trigrams.count) / Double(trigramLimit)
            trigrams = (0..<trigramLimit).map { trigrams[Int(Double($0) * step)] }
        }
        return trigrams.joined(separator: " OR ")
    }

    // MARK: Statistics

    /// Counts by language pair and origin, the date range and the glossary versions.
    public func stats() throws -> MemoryStats {
        try guarded {
            try database.read { db in
                var stats = MemoryStats(path: path)
                stats.units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
                for row in try Row.fetchAll(
                    db,
                    sql:
                        "SELECT source_lang || ' → ' || target_lang AS pair, count(*) AS n FROM unit GROUP BY pair ORDER BY n DESC, pair"
                ) {
                    stats.languages.append(.init(name: row["pair"], count: row["n"]))
                }
                for row in try Row.fetchAll(
                    db,
                    sql:
                        "SELECT coalesce(origin, '(unknown)') AS o, count(*) AS n FROM unit GROUP BY o ORDER BY n DESC, o"
                ) {
                    stats.origins.append(.init(name: row["o"], count: row["n"]))
                }
                if let row = try Row.fetchOne(
                    db,
                    sql: "SELECT min(created) AS a, max(created) AS b, min(imported) AS c, max(imported) AS d FROM unit"
                ),
                    let a = row["a"] as Double?, let b = row["b"] as Double?, let c = row["c"] as Double?,
                    let d = row["d"] as Double?
                {
                    stats.created = Date(timeIntervalSince1970: a)...Date(timeIntervalSince1970: b)
                    stats.imported = Date(timeIntervalSince1970: c)...Date(timeIntervalSince1970: d)
                }
                stats.glossaryVersions = try String.fetchAll(
                    db,
                    sql:
                        "SELECT DISTINCT glossary_version FROM unit WHERE glossary_version IS NOT NULL ORDER BY glossary_version"
                )
                stats.machineTranslations = try Int.fetchOne(db, sql: "SELECT count(*) FROM mt_cache") ?? 0
                return stats
            }
        }
    }

    // MARK: Machine translation cache

    /// The cached machine translation response stored under `key`, or nil. The key is the
    /// caller's (e.g. a hash of model, endpoint and request); the store does not interpret it.
    func cachedMachineTranslation(key: String) throws -> String? {
        try guarded {
            try database.read { db in
                try String.fetchOne(db, sql: "SELECT response FROM mt_cache WHERE key = ?", arguments: [key])
            }
        }
    }

    /// Stores (or replaces) a machine translation response under `key` (the request's hash,
    /// see ``MachineTranslationCacheKey``), with the model and endpoint that answered and the
    /// time.
    func storeMachineTranslation(
        key: String, model: String, endpoint: String, response: String, date: Date = Date()
    ) throws {
        try guarded {
            try database.write { db in
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO mt_cache (key, model, endpoint, response, created) VALUES (?, ?, ?, ?, ?)",
                    arguments: [key, model, endpoint, response, date.timeIntervalSince1970])
            }
        }
    }
}

/// A stored pair with its folded source.
struct StoredUnit: Sendable {
    /// The pair.
    var unit: MemoryUnit
    /// Its folded source (``MemoryKey/string``).
    var key: String
}

/// What an import did.
public struct MemoryImportResult: Equatable, Sendable {
    /// Pairs added.
    public var added = 0
    /// Pairs skipped because the store already held them.
    public var duplicates = 0
    /// Units of the files left out because they are no translations, by reason.
    public var skipped: [MemoryFileContents.SkipReason: Int] = [:]
}
