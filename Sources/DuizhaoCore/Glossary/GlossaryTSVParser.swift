import DuizhaoText
import Foundation

/// Parses duizhao's native glossary format: UTF-8, tab-separated, a header row naming the
/// columns in any order, `#` comment lines and blank lines ignored (`glossaries/README.md`).
///
/// Every problem becomes a ``Diagnostic`` with `file:line:column`. A line with the
/// wrong number of columns, an empty `id`, `zh`, `en` or `source`, an invalid `status`, or
/// an `id` or headword already used in the same file is left out; other problems keep the
/// entry (stray whitespace is trimmed, control and invisible format characters removed).
public struct GlossaryTSVParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Reads and parses the file at `path`; `name` (the path when nil) is how entries'
    /// origins and diagnostics name the file.
    public func parse(contentsOf path: String, name: String? = nil) throws -> GlossaryFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw GlossaryError.notFound(path: path)
        }
        // Read with the size limit every input has (a file over it is an IngestionError).
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch IngestionError.unreadable(_, let reason) {
            throw GlossaryError.unreadable(path: path, reason: reason)
        }
        return parse(bytes: bytes, path: name ?? path)
    }

    /// Parses UTF-8 bytes; lines that are not valid UTF-8 are reported and read with
    /// replacement characters. `path` names the file in origins and diagnostics.
    public func parse(bytes: [UInt8], path: String) -> GlossaryFile {
        var state = FileState(path: path)
        if let problem = Self.notATSVFile(bytes) {
            state.report(.error, problem.line, problem.column, problem.message + "; no entry of this file is loaded")
            return GlossaryFile(
                path: path, records: [], diagnostics: state.diagnostics, skippedRows: 0, isRejected: true)
        }
        var lineNumber = 0
        // Work on bytes: splitting and checking fields as Swift Strings costs several times more.
        for (number, range) in TextLines.ranges(of: bytes) {
            lineNumber = number
            let line = bytes[range]
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if String(validating: line, as: UTF8.self) == nil {
                let (column, byte) = Self.firstInvalidUTF8(line)
                state.report(
                    .error, lineNumber, column,
                    "not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8; the line is left out"
                )
                state.skippedRows += 1
                continue
            }
            let fields = Self.fields(of: line)
            if state.header == nil {
                state.readHeader(fields, line: lineNumber)
                if state.header == nil { break }
            } else {
                state.readEntry(fields, line: lineNumber)
            }
        }
        if state.header == nil, state.diagnostics.allSatisfy({ $0.severity == .warning }) {
            state.report(
                .error, max(1, lineNumber), 1,
                "no header row: the first line must name the columns (id, zh, en, source, …)")
        }
        return GlossaryFile(
            path: path, records: state.records, diagnostics: state.diagnostics, skippedRows: state.skippedRows,
            isRejected: state.header == nil)
    }

    /// Why `bytes` cannot be a TSV glossary at all (an image, binary data, UTF-16, JSON, a
    /// file in a legacy Chinese encoding), with where it shows; nil when it may be one.
    static func notATSVFile(_ bytes: [UInt8]) -> (line: Int, column: Int, message: String)? {
        let signatures: [(bytes: [UInt8], name: String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
            ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (an .xlsx or .ods spreadsheet?)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.xls?)"), ([0x1F, 0x8B], "a gzip archive"),
        ]
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return (1, 1, "the file is \(signature.name), not a tab-separated glossary")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let order = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            return (1, 1, "the file is \(order) (byte order mark); save it as UTF-8")
        }
        if let nul = bytes.prefix(65536).firstIndex(of: 0) {
            let position = position(ofByte: nul, in: bytes)
            let utf16 = nul % 2 == 1 ? " (UTF-16 without a byte order mark?); save it as UTF-8" : ""
            return (
                position.line, position.column,
                "the file holds binary data (a NUL byte at byte \(nul)), not a tab-separated glossary\(utf16)"
            )
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let first = body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        {
            let firstLine = body.prefix { $0 != 0x0A && $0 != 0x0D }
            if !firstLine.contains(0x09) {
                return (
                    1, 1,
                    "the file looks like JSON, not a tab-separated glossary (a header row such as id<TAB>zh<TAB>en<TAB>source, then one entry per line)"
                )
            }
        }
        // A legacy encoding shows as no line being UTF-8 with non-ASCII text; a UTF-8 file with a
        // damaged line is reported line by line instead.
        if String(validating: body, as: UTF8.self) == nil,
            !body.split(separator: 0x0A).contains(where: { line in
                line.contains { $0 >= 0x80 } && String(validating: line, as: UTF8.self) != nil
            }),
            let decoded = try? TextDecoder().decode(bytes, path: ""),
            decoded.encoding == "GB18030" || decoded.encoding == "Big5"
        {
            let bad = firstInvalidUTF8Offset(body) ?? body.startIndex
            let position = position(ofByte: bad, in: bytes)
            return (
                position.line, position.column,
                "the file is not UTF-8 (it reads as \(decoded.encoding)); save it as UTF-8"
            )
        }
        return nil
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length =
                byte < 0x80
                ? 1
                : byte >= 0xC2 && byte <= 0xDF
                    ? 2 : byte >= 0xE0 && byte <= 0xEF ? 3 : byte >= 0xF0 && byte <= 0xF4 ? 4 : 0
            guard length > 0, index + length <= bytes.endIndex,
                String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
            else { return index }
            index += length
        }
        return nil
    }

    /// The 1-based column (in scalars) and the value of the first invalid byte of a line.
    static func firstInvalidUTF8(_ line: ArraySlice<UInt8>) -> (column: Int, byte: UInt8) {
        let offset = firstInvalidUTF8Offset(line) ?? line.startIndex
        let column = line[line.startIndex..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (column, offset < line.endIndex ? line[offset] : 0)
    }

    /// The 1-based line and column (in bytes from the line start, plus one) of `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        TextLines.position(ofByte: offset, in: bytes)
    }

    /// Parses the text of a glossary file; `path` names it in origins and diagnostics.
    public func parse(_ text: String, path: String) -> GlossaryFile {
        parse(bytes: Array(text.utf8), path: path)
    }

    /// A line's tab-separated fields with the 1-based column (in scalars) each starts at.
    static func fields(of line: ArraySlice<UInt8>) -> [(bytes: ArraySlice<UInt8>, column: Int)] {
        var result: [(bytes: ArraySlice<UInt8>, column: Int)] = []
        var column = 1
        var fieldStart = line.startIndex
        var scalars = 0
        for index in line.indices {
            let byte = line[index]
            if byte == 0x09 {
                result.append((line[fieldStart..<index], column))
                column += scalars + 1
                scalars = 0
                fieldStart = index + 1
            } else if byte & 0xC0 != 0x80 {
                scalars += 1
            }
        }
        result.append((line[fieldStart..<line.endIndex], column))
        return result
    }

    static let quotationMarks: Set<Character> = ["“", "”", "「", "」", "『", "』", "‘", "’", "\""]

    /// The scalars of ``quotationMarks``.
    static let quotationScalars = Set(quotationMarks.flatMap(\.unicodeScalars))

    /// Whether `text` holds a quotation mark (one of ``quotationMarks``); its scalars are
    /// tested first, so a headword without one is not walked character by character.
    static func hasQuotationMark(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: quotationScalars.contains) && text.contains(where: quotationMarks.contains)
    }

    /// The range of the last ` [` in `item` (where an alternative's status tag opens), found
    /// on its bytes.
    static func lastStatusTag(in item: String) -> Range<String.Index>? {
        let bytes = item.utf8
        var index = bytes.endIndex
        while index > bytes.startIndex {
            index = bytes.index(before: index)
            if bytes[index] == UInt8(ascii: " "), bytes.index(after: index) < bytes.endIndex,
                bytes[bytes.index(after: index)] == UInt8(ascii: "[")
            {
                return index..<bytes.index(index, offsetBy: 2)
            }
        }
        return nil
    }

    /// Whether a field needs no cleaning: no control or invisible format character, and no
    /// whitespace at either end (nearly every field of a glossary file).
    static func isClean(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        if let first = scalars.first, first.properties.isWhitespace { return false }
        if let last = scalars.last, last.properties.isWhitespace { return false }
        for scalar in scalars {
            let value = scalar.value
            // Printable ASCII, CJK ideographs and CJK punctuation need no property lookup.
            if (value >= 0x20 && value < 0x7F) || (value >= 0x4E00 && value <= 0x9FFF)
                || (value >= 0x3001 && value <= 0x303F)
            {
                continue
            }
            switch scalar.properties.generalCategory {
            case .control, .format: return false
            default: continue
            }
        }
        return true
    }

    /// True for identifiers made of lowercase ASCII letters, digits and single inner hyphens.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, let last = id.last, first != "-", last != "-", !id.contains("--") else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A line's field values by column.
    struct ColumnValues {
        var values: [String?]
        subscript(_ column: GlossaryColumn) -> String? { values[column.ordinal] }
        subscript(_ column: GlossaryColumn, default fallback: String) -> String { values[column.ordinal] ?? fallback }
    }

    /// The parser's state while it reads one file.
    struct FileState {
        let path: String
        var header: [GlossaryColumn?]?
        var headerLine = 0
        var records: [GlossaryFile.Record] = []
        var diagnostics: [Diagnostic] = []
        var lineOfID: [String: Int] = [:]
        var headwords: [String: (line: Int, en: String)] = [:]
        var skippedRows = 0

        init(path: String) { self.path = path }

        mutating func report(_ severity: Diagnostic.Severity, _ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(severity, file: path, line: line, column: column, message))
        }

        mutating func readHeader(_ fields: [(bytes: ArraySlice<UInt8>, column: Int)], line: Int) {
            let read = GlossaryHeader(fields.map { trimmed(Substring(String(decoding: $0.bytes, as: UTF8.self))) })
            for (index, name, problem) in read.problems {
                switch problem {
                case .repeated:
                    report(
                        .error, line, fields[index].column,
                        "column \(name.lowercased()) appears twice in the header; the second is ignored")
                case .unknown:
                    let known = GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", ")
                    report(
                        .warning, line, fields[index].column,
                        "unknown column \"\(name.lowercased())\" is ignored (known columns: \(known))")
                }
            }
            let columns = read.columns
            let missing = read.missing(GlossaryColumn.required)
            if !missing.isEmpty {
                let names = missing.map(\.rawValue).joined(separator: ", ")
                report(
                    .error, line, 1,
                    "the header lacks the required column\(missing.count > 1 ? "s" : "") \(names); no entry of this file is loaded"
                        + (missing.contains(.source) ? " (every rendering must say where it comes from)" : ""))
                return
            }
            header = columns
            headerLine = line
        }

        /// Trims and cleans one field, reporting stray whitespace and control characters.
        mutating func clean(
            _ field: (bytes: ArraySlice<UInt8>, column: Int), _ name: GlossaryColumn, line: Int
        ) -> String {
            let bytes = field.bytes
            // Fast path: printable ASCII without surrounding spaces.
            if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                if bytes.first != 0x20 && bytes.last != 0x20 { return String(decoding: bytes, as: UTF8.self) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if GlossaryTSVParser.isClean(text) { return text }
            var kept = String.UnicodeScalarView()
            var changed = false
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                let value = scalar.value
                // Printable ASCII and CJK ideographs need no property lookup.
                if (value >= 0x20 && value < 0x7F) || (value >= 0x4E00 && value <= 0x9FFF) {
                    kept.append(scalar)
                    continue
                }
                switch scalar.properties.generalCategory {
                case .control:
                    report(
                        .error, line, field.column + offset,
                        "control character U+\(hex(scalar)) in \(name.rawValue); remove it")
                    changed = true
                case .format:
                    report(
                        .warning, line, field.column + offset,
                        "invisible character U+\(hex(scalar)) in \(name.rawValue) is removed")
                    changed = true
                default:
                    kept.append(scalar)
                }
            }
            let leading = kept.prefix { $0.properties.isWhitespace }.count
            let trailing = leading == kept.count ? 0 : kept.reversed().prefix { $0.properties.isWhitespace }.count
            if leading > 0 || trailing > 0 {
                report(
                    .warning, line, field.column + (leading > 0 ? 0 : kept.count - trailing),
                    "stray whitespace around the \(name.rawValue) value is trimmed")
                return String(scalars: kept.dropFirst(leading).dropLast(trailing))
            }
            return changed ? String(kept) : text
        }

        /// `text` without leading and trailing whitespace.
        func trimmed(_ text: Substring) -> String {
            let scalars = text.unicodeScalars
            guard let first = scalars.first, let last = scalars.last else { return "" }
            if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(text) }
            let leading = scalars.prefix { $0.properties.isWhitespace }.count
            let trailing = leading == scalars.count ? 0 : scalars.reversed().prefix { $0.properties.isWhitespace }.count
            return String(scalars: scalars.dropFirst(leading).dropLast(trailing))
        }

        private func hex(_ scalar: Unicode.Scalar) -> String {
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }

        /// Splits a `|`-separated list, reporting empty items.
        mutating func list(_ value: String, _ name: GlossaryColumn, line: Int, column: Int) -> [String] {
            guard !value.isEmpty else { return [] }
            // One item (most lists): no split.
            if !value.utf8.contains(UInt8(ascii: "|")) {
                let item = trimmed(Substring(value))
                if item.isEmpty {
                    report(.warning, line, column, "empty item in \(name.rawValue) (two | in a row, or one at an end)")
                    return []
                }
                return [item]
            }
            var items: [String] = []
            // Split on the byte: `|` is ASCII, and a split by characters walks grapheme clusters.
            for item in value.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
                let trimmed = trimmed(Substring(item))
                if trimmed.isEmpty {
                    report(.warning, line, column, "empty item in \(name.rawValue) (two | in a row, or one at an end)")
                } else {
                    items.append(trimmed)
                }
            }
            return items
        }

        mutating func readEntry(_ fields: [(bytes: ArraySlice<UInt8>, column: Int)], line: Int) {
            guard let header else { return }
            guard fields.count == header.count else {
                let column =
                    fields.count > header.count
                    ? fields[header.count].column
                    : (fields.last.map { $0.column + $0.bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } } ?? 1)
                report(
                    .error, line, column,
                    "expected \(header.count) tab-separated columns as in the header on line \(headerLine), found \(fields.count); the line is left out"
                )
                skippedRows += 1
                return
            }
            var cleaned = [String?](repeating: nil, count: GlossaryColumn.allCases.count)
            var columns = [Int](repeating: 0, count: GlossaryColumn.allCases.count)
            for (field, column) in zip(fields, header) {
                guard let column else { continue }
                cleaned[column.ordinal] = clean(field, column, line: line)
                columns[column.ordinal] = field.column
            }
            let values = ColumnValues(values: cleaned)
            func column(_ name: GlossaryColumn) -> Int { max(1, columns[name.ordinal]) }
            var usable = true
            for name in [GlossaryColumn.id, .zh, .en, .source] where values[name, default: ""].isEmpty {
                let why =
                    name == .source
                    ? "missing source: every rendering must say where it comes from" : "empty \(name.rawValue)"
                report(.error, line, column(name), "\(why); the entry is left out")
                usable = false
            }
            let id = values[.id, default: ""], zh = values[.zh, default: ""], en = values[.en, default: ""]
            if !id.isEmpty, !GlossaryTSVParser.isValidID(id) {
                report(
                    .error, line, column(.id),
                    "id \"\(id)\" must be lowercase ASCII letters, digits and single hyphens (peacock-plan)")
            }
            if GlossaryTSVParser.hasQuotationMark(zh) {
                report(
                    .warning, line, column(.zh),
                    "headword \(zh) should be written without quotation marks (list the quoted form in variants)")
            }
            var status = GlossaryEntry.Status.proposed
            if let text = values[.status] {
                if let parsed = GlossaryEntry.Status.inGlossaryFile(text) {
                    status = parsed
                } else if text.lowercased() == GlossaryEntry.Status.documentDefined.rawValue {
                    report(
                        .error, line, column(.status),
                        "status \"\(text)\" is given by duizhao to terms a document defines itself, not to glossary entries (use official, established, proposed or deprecated); the entry is left out"
                    )
                    usable = false
                } else {
                    let valid = GlossaryEntry.Status.inGlossaryFiles.map(\.rawValue).joined(separator: ", ")
                    report(
                        .error, line, column(.status),
                        "invalid status \"\(text)\" (use \(valid)); the entry is left out")
                    usable = false
                }
            }
            var category = values[.category] ?? "general"
            if category.isEmpty {
                report(.warning, line, column(.category), "empty category; general is used")
                category = "general"
            } else if !GlossaryColumn.categories.contains(category) {
                report(
                    .warning, line, column(.category),
                    "unknown category \"\(category)\" (known: \(GlossaryColumn.categories.joined(separator: ", ")))")
            }
            var alternatives: [GlossaryEntry.Alternative] = []
            for item in list(values[.enAlt] ?? "", .enAlt, line: line, column: column(.enAlt)) {
                var text = item
                var itemStatus: GlossaryEntry.Status?
                if item.hasSuffix("]"), let open = GlossaryTSVParser.lastStatusTag(in: item) {
                    let tag = String(item[open.upperBound..<item.index(before: item.endIndex)])
                    if let parsed = GlossaryEntry.Status.inGlossaryFile(tag) {
                        itemStatus = parsed
                        text = trimmed(item[..<open.lowerBound])
                    } else {
                        report(
                            .error, line, column(.enAlt),
                            "unknown status [\(tag)] after alternative \"\(item[..<open.lowerBound])\" (use official, established, proposed or deprecated)"
                        )
                    }
                }
                if text == en {
                    report(.warning, line, column(.enAlt), "alternative \"\(text)\" repeats the preferred rendering")
                } else {
                    alternatives.append(GlossaryEntry.Alternative(text, status: itemStatus))
                }
            }
            var variants: [String] = []
            for variant in list(values[.variants] ?? "", .variants, line: line, column: column(.variants)) {
                if variant == zh {
                    report(.warning, line, column(.variants), "variant \(variant) repeats the headword")
                } else if !variants.contains(variant) {
                    variants.append(variant)
                }
            }
            let fullForm = values[.fullForm].flatMap { $0.isEmpty ? nil : $0 }
            if let fullForm, fullForm == zh {
                report(.warning, line, column(.fullForm), "full_form repeats the headword")
            }
            var match = GlossaryEntry.MatchPolicy.normal
            if let text = values[.match], !text.isEmpty {
                if let parsed = GlossaryEntry.MatchPolicy(rawValue: text.lowercased()) {
                    match = parsed
                } else {
                    report(.error, line, column(.match), "invalid match \"\(text)\" (use strict, or leave it empty)")
                }
            }
            if usable, let first = lineOfID[id] {
                report(.error, line, column(.id), "duplicate id \(id) (first on line \(first)); the entry is left out")
                usable = false
            }
            if usable, let first = headwords[zh] {
                if first.en != en {
                    report(
                        .error, line, column(.en),
                        "headword \(zh) has conflicting renderings: \"\(en)\" here, \"\(first.en)\" on line \(first.line); the entry is left out"
                    )
                } else {
                    report(
                        .warning, line, column(.zh), "headword \(zh) repeats line \(first.line); the entry is left out")
                }
                usable = false
            }
            guard usable else {
                skippedRows += 1
                return
            }
            lineOfID[id] = line
            headwords[zh] = (line, en)
            let note = values[.note].flatMap { $0.isEmpty ? nil : $0 }
            let entry = GlossaryEntry(
                id: id, zh: zh, en: en, alternatives: alternatives, variants: variants, fullForm: fullForm,
                category: category,
                status: status, source: values[.source]!, note: note, match: match,
                origin: GlossaryEntry.Origin(file: path, line: line))
            records.append(GlossaryFile.Record(entry: entry, ordinalColumns: columns))
        }
    }
}
