import DuizhaoCore
import DuizhaoText
import Foundation

/// What a batch remembers of the glossary to decide which documents a glossary change
/// affects:
/// - `matchHash` covers every entry's id, headword, variants, full form and match policy: if
///   it changes (an entry added, removed, or matched differently), any document could match
///   differently, and every document is redone;
/// - `entryHashes` hold each entry's whole content: a document is redone when an entry it
///   matched changed (a new rendering, source or note).
public struct GlossaryFingerprint: Sendable, Equatable {
    /// The glossary's hash as the caller computes it (recorded in the manifest).
    public var hash: String
    /// The hash of what decides where entries match.
    public var matchHash: String
    /// Each entry's content hash, by id.
    public var entryHashes: [String: String]

    /// No glossary.
    public static let none = GlossaryFingerprint(hash: "none")

    /// A glossary known only by its hash: any change redoes every document.
    public init(hash: String) {
        self.hash = hash
        matchHash = hash
        entryHashes = [:]
    }

    /// A glossary known entry by entry; `hash` defaults to a hash of all entries.
    public init(entries: [GlossaryEntry], hash: String? = nil) {
        var match = SHA256()
        var entryHashes: [String: String] = [:]
        for entry in entries.sorted(by: { $0.id < $1.id }) {
            let key =
                [
                    entry.id, entry.zh, entry.variants.joined(separator: "\u{1E}"), entry.fullForm ?? "",
                    entry.match.rawValue,
                ]
                .joined(separator: "\u{1F}") + "\n"
            match.update(Array(key.utf8))
            var content = entry
            content.origin = nil
            let data = (try? JSONOutput.data(content)) ?? Data(key.utf8)
            entryHashes[entry.id] = SHA256.hex([UInt8](data))
        }
        matchHash = match.hexDigest()
        self.entryHashes = entryHashes
        self.hash =
            hash ?? SHA256.hex(entryHashes.keys.sorted().map { "\($0)=\(entryHashes[$0]!)" }.joined(separator: "\n"))
    }

    /// A hash of the current content of the entries `ids` (a document's matched entries).
    public func entriesHash(_ ids: [String]) -> String {
        SHA256.hex(Set(ids).sorted().map { "\($0)=\(entryHashes[$0] ?? "?")" }.joined(separator: "\n"))
    }
}
