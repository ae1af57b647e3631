import DuizhaoText
import Foundation

/// Where a batch writes: each document's outputs in its own folder under `documents/`,
/// mirroring the document's key (`documents/docs/a/index.html/`), so two `index.html` from
/// different folders stay apart; the batch's own files (manifest, journal, reports) at the
/// top.
///
/// Every key component is sanitized, and the mapping is one-to-one, so no two documents
/// share a folder and no name leaves the output folder: `..`, `.`, separators, control
/// characters and `%` are percent-encoded, a leading `.` too (no hidden files), and an
/// over-long component is cut and given a hash.
public struct OutputLayout: Sendable {
    /// The output folder.
    public let root: URL
    /// The shard this run writes, which names its state files.
    public let shard: Shard?

    /// Creates a layout under `root`.
    public init(root: URL, shard: Shard? = nil) {
        self.root = root.standardizedFileURL
        self.shard = shard
    }

    /// The folder that holds the documents' folders.
    public var documentsFolder: URL { root.appendingPathComponent("documents", isDirectory: true) }

    /// The folder for the document with `key`.
    public func folder(for key: String) -> URL {
        var url = documentsFolder
        for component in key.split(separator: "/", omittingEmptySubsequences: false) {
            url.appendPathComponent(Self.sanitize(String(component)), isDirectory: true)
        }
        return url
    }

    /// The folder for `key`, relative to the root (`documents/docs/a/index.html`).
    public func relativeFolder(for key: String) -> String {
        (["documents"] + key.split(separator: "/", omittingEmptySubsequences: false).map { Self.sanitize(String($0)) })
            .joined(separator: "/")
    }

    private func stateName(_ base: String, _ suffix: String) -> String {
        shard.map { "\(base).\($0.fileSuffix).\(suffix)" } ?? "\(base).\(suffix)"
    }

    /// The manifest: what each input's outputs were made from.
    public var manifest: URL { root.appendingPathComponent(stateName("batch-manifest", "jsonl")) }
    /// The journal of documents finished since the manifest was written.
    public var journal: URL { root.appendingPathComponent(stateName("batch-journal", "jsonl")) }
    /// The lock that keeps two runs from writing the same state.
    public var lock: URL { root.appendingPathComponent("." + stateName("batch", "lock")) }
    /// The report in `format` (`json`, `md`, `html`).
    public func report(_ format: String) -> URL { root.appendingPathComponent(stateName("batch-report", format)) }

    /// The longest component kept as it is, in UTF-8 bytes (file systems allow 255).
    static let maxComponentBytes = 200

    /// A path component safe to create: letters and digits of any script, `-`, `_`, `.`,
    /// `+`, `,`, `=`, `@`, `(`, `)` and space stay; everything else becomes `%XX` per UTF-8
    /// byte; a leading `.` becomes `%2E`; an empty component becomes `%`.
    public static func sanitize(_ component: String) -> String {
        if component.isEmpty { return "%" }
        var result = ""
        for (offset, scalar) in component.unicodeScalars.enumerated() {
            let properties = scalar.properties
            let safe: Bool
            if scalar == "." {
                safe = offset > 0
            } else if scalar.isASCII {
                safe =
                    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_+,=@() ".unicodeScalars.contains(scalar)
            } else {
                switch properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber,
                    .letterNumber, .otherNumber, .nonspacingMark, .spacingMark:
                    safe = true
                default:
                    safe = false
                }
            }
            if safe {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += String(format: "%%%02X", byte) }
            }
        }
        if result.utf8.count > maxComponentBytes {
            var cut = ""
            for character in result {
                if cut.utf8.count + character.utf8.count > maxComponentBytes - 20 { break }
                cut.append(character)
            }
            // `~` is always encoded above, so a cut name never equals an uncut one.
            result = cut + "~" + String(SHA256.hex(component).prefix(16))
        }
        return result
    }

    /// True for a temporary file `AtomicFile` leaves when a run is killed mid-write.
    public static func isTemporary(_ name: String) -> Bool { name.hasPrefix(".") && name.hasSuffix(".tmp") }
}
