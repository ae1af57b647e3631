import Foundation
import DuizhaoCore
import DuizhaoText

/// Reads the aligned pairs of a bilingual file: TMX (`tu`/`tuv`/`seg`), XLIFF 1.2
/// (`trans-unit` with `source` and `target`), XLIFF 2.x (`unit`/`segment`) or TSV (Chinese
/// tab English, one pair a line; a first line naming the columns, such as `zh	en` or
/// `source	target`, is skipped).
///
/// Inline markup is read as its text (term marks), except TMX's native codes (`ph`, `bpt`,
/// `ept`, `it`), which are dropped. TMX units that duizhao
/// flags `x-origin: gloss` are word-by-word glosses, not translations: they are skipped
/// (``EnglishLine/Origin/marksNonTranslation(_:)``).
public struct BilingualReader: Sendable {
    /// The formats read.
    public enum Format: String, Sendable, CaseIterable {
        case tmx, xliff, tsv

        /// The format a file name implies, nil for others.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "tmx": self = .tmx
            case "xlf", "xliff": self = .xliff
            case "tsv", "tab": self = .tsv
            default: return nil
            }
        }
    }

    /// The largest file read, in bytes.
    public var maxSize: Int

    /// Creates a reader.
    public init(maxSize: Int = InputFile.defaultMaxSize) {
        self.maxSize = maxSize
    }

    /// The pairs of the file at `path`.
    public func read(path: String) throws -> [BilingualPair] {
        guard let format = Format(path: path) else { throw CheckError.unknownBilingualFormat(file: path) }
        let bytes = try InputFile.read(path, maxSize: maxSize)
        return try read(bytes: bytes, path: path, format: format)
    }

    /// The pairs of a file's bytes.
    public func read(bytes: [UInt8], path: String, format: Format) throws -> [BilingualPair] {
        let pairs: [BilingualPair]
        switch format {
        case .tsv:
            pairs = try tsv(try TextDecoder().decode(bytes, path: path, encoding: nil).text, path: path)
        case .tmx:
            pairs = try tmx(try XMLNode.parse(Data(bytes), file: path), path: path)
        case .xliff:
            pairs = try xliff(try XMLNode.parse(Data(bytes), file: path), path: path)
        }
        guard pairs.contains(where: { !$0.source.isEmpty }) else { throw CheckError.noPairs(file: path) }
        return pairs
    }

    func tsv(_ text: String, path: String) throws -> [BilingualPair] {
        var pairs: [BilingualPair] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 2 else { throw CheckError.wrongColumnCount(file: path, line: offset + 1, count: columns.count) }
            if pairs.isEmpty, Self.headerNames.contains(columns[0].lowercased()), Self.headerNames.contains(columns[1].lowercased()) { continue }
            pairs.append(BilingualPair(source: columns[0], target: columns[1], line: offset + 1))
        }
        return pairs
    }

    static let headerNames: Set<String> = ["zh", "en", "source", "target", "chinese", "english", "zh-cn", "en-us", "zh-hans", "en-gb"]

    func tmx(_ root: XMLNode, path: String) throws -> [BilingualPair] {
        guard root.name == "tmx" else { throw CheckError.unexpectedRoot(file: path, root: root.name, expected: "tmx") }
        let header = root.children.first { $0.name == "header" }
        let sourceLanguage = header?.attributes["srclang"].flatMap { $0 == "*all*" ? nil : $0 }
        var pairs: [BilingualPair] = []
        for tu in root.children.first(where: { $0.name == "body" })?.children ?? [] where tu.name == "tu" {
            if tu.children.contains(where: { $0.name == "prop" && $0.type == "x-origin" && EnglishLine.Origin.marksNonTranslation($0.text) }) { continue }
            let variants = tu.children.filter { $0.name == "tuv" }.map { tuv in
                (language: (tuv.attributes["xml:lang"] ?? tuv.attributes["lang"] ?? "").lowercased(),
                 text: tuv.children.first { $0.name == "seg" }.map(Self.segmentText) ?? "")
            }
            let chinese = variants.first { $0.language.hasPrefix("zh") } ?? variants.first { sourceLanguage != nil && $0.language == sourceLanguage!.lowercased() }
            let english = variants.first { $0.language.hasPrefix("en") }
            guard let chinese else {
                throw CheckError.unknownLanguages(file: path, line: tu.line, languages: variants.map(\.language))
            }
            pairs.append(BilingualPair(source: chinese.text, target: english?.text ?? "", line: tu.line))
        }
        return pairs
    }

    /// The text of a TMX `seg` without the native codes its inline elements carry.
    static func segmentText(_ seg: XMLNode) -> String {
        var text = seg.text
        for child in seg.children where ["bpt", "ept", "ph", "it"].contains(child.name) && !child.text.isEmpty {
            if let range = text.range(of: child.text) { text.removeSubrange(range) }
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func xliff(_ root: XMLNode, path: String) throws -> [BilingualPair] {
        guard root.name == "xliff" else { throw CheckError.unexpectedRoot(file: path, root: root.name, expected: "xliff") }
        var pairs: [BilingualPair] = []
        func visit(_ node: XMLNode) {
            if node.name == "trans-unit" || node.name == "segment" {
                let source = node.children.first { $0.name == "source" }?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let targetNode = node.children.first { $0.name == "target" }
                let target = targetNode?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let state = (node.name == "segment" ? node.attributes["state"] : targetNode?.attributes["state"]) ?? ""
                let isDraft = state == "initial" || state == "new" || state.hasPrefix("needs-")
                if !source.isEmpty { pairs.append(BilingualPair(source: source, target: target, line: node.line, isDraft: isDraft)) }
                return
            }
            for child in node.children { visit(child) }
        }
        visit(root)
        return pairs
    }
}
