import DuizhaoText
import Foundation

/// The phrases a glossary already has (headwords and variants), for telling new-term
/// candidates from known ones. Quotation marks are ignored on both sides.
public struct KnownTerms: Sendable {
    /// An error reading a list of known terms.
    public enum ReadError: Error, CustomStringConvertible {
        /// The file could not be read.
        case unreadable(path: String, reason: String)
        /// A TSV file has no `zh` column.
        case noHeadwordColumn(path: String, line: Int)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "\(path): cannot read the known-terms list: \(reason)"
            case .noHeadwordColumn(let path, let line):
                return "\(path):\(line): the header row has no `zh` column (a glossary TSV needs `id`, `zh` and `en`)"
            }
        }
    }

    /// The phrases, without quotation marks.
    public let phrases: Set<String>

    /// Creates a list from phrases.
    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        self.phrases = Set(phrases.map(Self.normalize).filter { !$0.isEmpty })
    }

    /// Reads a file: a glossary TSV (a header row with a `zh` column, and optionally a
    /// `variants` column separated by `|`), or a plain list with one phrase a line.
    /// Blank lines and lines starting with `#` are skipped.
    public init(contentsOf path: String) throws {
        self.init(try Self.phrases(inFile: path))
    }

    /// The phrases of a file in either format (see ``init(contentsOf:)``).
    public static func phrases(inFile path: String) throws -> [String] {
        let text: String
        do {
            text = try TextDecoder().decode(InputFile.read(path), path: path).text
        } catch {
            throw ReadError.unreadable(path: path, reason: "\(error)")
        }
        var phrases: [String] = []
        var header: [String]?
        for (number, text) in TextLines.split(text) {
            let line = String(text)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil, fields.count > 1 || fields.first == "zh" {
                header = fields
                guard fields.contains("zh") else { throw ReadError.noHeadwordColumn(path: path, line: number) }
                continue
            }
            if let header {
                for (name, value) in zip(header, fields) {
                    if name == "zh" { phrases.append(value) }
                    if name == "variants" { phrases += value.split(separator: "|").map(String.init) }
                }
            } else {
                phrases.append(line)
            }
        }
        return phrases
    }

    /// True when the glossary has `phrase`.
    public func contains(_ phrase: String) -> Bool { phrases.contains(Self.normalize(phrase)) }

    /// The number of phrases.
    public var count: Int { phrases.count }

    static func normalize(_ phrase: String) -> String {
        String(phrase.unicodeScalars.filter { !"“”「」『』‘’\"".unicodeScalars.contains($0) }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
    }
}
