import Foundation

/// Parses duizhao's native glossary format: UTF-8, tab-separated, a header row naming the
/// columns in any order, `#` comment lines and blank lines ignored (`glossaries/README.md`).
///
/// Every problem becomes a ``GlossaryDiagnostic`` with `file:line:column`. A line with the
/// wrong number of columns, an empty `id`, `zh`, `en` or `source`, an invalid `status`, or
/// an `id` or headword already used in the same file is left out; other problems keep the
/// entry (stray whitespace is trimmed, control and invisible format characters removed).
public struct GlossaryTSVParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Reads and parses the file at `path`.
    public func parse(contentsOf path: String) throws -> GlossaryFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw GlossaryError.notFound(path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GlossaryError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return parse(bytes: [UInt8](data), path: path)
    }

    /// Parses UTF-8 bytes; lines that are not valid UTF-8 are reported and read with
    /// replacement characters.
    public func parse(bytes: [UInt8], path: String) -> GlossaryFile {
        var diagnostics: [GlossaryDiagnostic] = []
        var lineNumber = 1
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil {
                diagnostics.append(GlossaryDiagnostic(.error, file: path, line: lineNumber, column: 1, "line is not valid UTF-8; save the file as UTF-8"))
            }
            lineNumber += 1
            lineStart = index + 1
        }
        var file = parse(String(decoding: bytes, as: UTF8.self), path: path)
        file.diagnostics = (diagnostics + file.diagnostics).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return file
    }

    /// Parses the text of a glossary file; `path` names it in origins and diagnostics.
    public func parse(_ text: String, path: String) -> GlossaryFile {
        var state = FileState(path: path)
        var lineNumber = 0
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not split at "\n".
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = Self.fields(of: line)
            if state.header == nil {
                state.readHeader(fields, line: lineNumber)
                if state.header == nil { break }
            } else {
                state.readEntry(fields, line: lineNumber)
            }
        }
        if state.header == nil, state.diagnostics.isEmpty {
            state.report(.error, lineNumber == 0 ? 1 : lineNumber, 1, "no header row: the first line must name the columns (id, zh, en, source, …)")
        }
        return GlossaryFile(path: path, records: state.records, diagnostics: state.diagnostics)
    }

    /// A line's tab-separated fields with the 1-based column each starts at.
    static func fields(of line: Substring) -> [(text: Substring, column: Int)] {
        var result: [(text: Substring, column: Int)] = []
        var column = 1
        for scalars in line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false) {
            let field = Substring(scalars)
            result.append((field, column))
            column += field.unicodeScalars.count + 1
        }
        return result
    }

    static let quotationMarks: Set<Character> = ["“", "”", "「", "」", "『", "』", "‘", "’", "\""]

    /// True for identifiers made of lowercase ASCII letters, digits and single inner hyphens.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, let last = id.last, first != "-", last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The parser's state while it reads one file.
    struct FileState {
        let path: String
        var header: [GlossaryColumn?]?
        var headerLine = 0
        var records: [GlossaryFile.Record] = []
        var diagnostics: [GlossaryDiagnostic] = []
        var lineOfID: [String: Int] = [:]
        var headwords: [String: (line: Int, en: String)] = [:]

        init(path: String) { self.path = path }

        mutating func report(_ severity: GlossaryDiagnostic.Severity, _ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(GlossaryDiagnostic(severity, file: path, line: line, column: column, message))
        }

        mutating func readHeader(_ fields: [(text: Substring, column: Int)], line: Int) {
            var columns: [GlossaryColumn?] = []
            var seen = Set<GlossaryColumn>()
            for field in fields {
                let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
                if let column = GlossaryColumn(rawValue: name) {
                    if seen.insert(column).inserted {
                        columns.append(column)
                    } else {
                        report(.error, line, field.column, "column \(name) appears twice in the header; the second is ignored")
                        columns.append(nil)
                    }
                } else {
                    let known = GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", ")
                    report(.warning, line, field.column, "unknown column \"\(name)\" is ignored (known columns: \(known))")
                    columns.append(nil)
                }
            }
            let missing = GlossaryColumn.required.filter { !seen.contains($0) }
            if !missing.isEmpty {
                let names = missing.map(\.rawValue).joined(separator: ", ")
                report(.error, line, 1, "the header lacks the required column\(missing.count > 1 ? "s" : "") \(names); no entry of this file is loaded"
                    + (missing.contains(.source) ? " (every rendering must say where it comes from)" : ""))
                return
            }
            header = columns
            headerLine = line
        }

        /// Trims and cleans one field, reporting stray whitespace and control characters.
        mutating func clean(_ field: (text: Substring, column: Int), _ name: GlossaryColumn, line: Int) -> String {
            let scalars = Array(field.text.unicodeScalars)
            var kept = String.UnicodeScalarView()
            for (offset, scalar) in scalars.enumerated() {
                switch scalar.properties.generalCategory {
                case .control:
                    report(.error, line, field.column + offset, "control character U+\(hex(scalar)) in \(name.rawValue); remove it")
                case .format:
                    report(.warning, line, field.column + offset, "invisible character U+\(hex(scalar)) in \(name.rawValue) is removed")
                default:
                    kept.append(scalar)
                }
            }
            let value = String(kept)
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed != value {
                let leading = value.unicodeScalars.prefix { $0.properties.isWhitespace }.count
                let offset = leading > 0 ? 0 : trimmed.unicodeScalars.count
                report(.warning, line, field.column + offset, "stray whitespace around the \(name.rawValue) value is trimmed")
            }
            return trimmed
        }

        private func hex(_ scalar: Unicode.Scalar) -> String {
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }

        /// Splits a `|`-separated list, reporting empty items.
        mutating func list(_ value: String, _ name: GlossaryColumn, line: Int, column: Int) -> [String] {
            guard !value.isEmpty else { return [] }
            var items: [String] = []
            for item in value.split(separator: "|", omittingEmptySubsequences: false) {
                let trimmed = item.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    report(.warning, line, column, "empty item in \(name.rawValue) (two | in a row, or one at an end)")
                } else {
                    items.append(trimmed)
                }
            }
            return items
        }

        mutating func readEntry(_ fields: [(text: Substring, column: Int)], line: Int) {
            guard let header else { return }
            guard fields.count == header.count else {
                report(.error, line, 1, "expected \(header.count) tab-separated columns as in the header on line \(headerLine), found \(fields.count); the line is left out")
                return
            }
            var values: [GlossaryColumn: String] = [:]
            var columns: [GlossaryColumn: Int] = [:]
            for (field, column) in zip(fields, header) {
                guard let column else { continue }
                values[column] = clean(field, column, line: line)
                columns[column] = field.column
            }
            func column(_ name: GlossaryColumn) -> Int { columns[name] ?? 1 }
            var usable = true
            for name in [GlossaryColumn.id, .zh, .en, .source] where values[name, default: ""].isEmpty {
                let why = name == .source ? "missing source: every rendering must say where it comes from" : "empty \(name.rawValue)"
                report(.error, line, column(name), "\(why); the entry is left out")
                usable = false
            }
            let id = values[.id, default: ""], zh = values[.zh, default: ""], en = values[.en, default: ""]
            if !id.isEmpty, !GlossaryTSVParser.isValidID(id) {
                report(.error, line, column(.id), "id \"\(id)\" must be lowercase ASCII letters, digits and single hyphens (peacock-plan)")
            }
            if zh.contains(where: GlossaryTSVParser.quotationMarks.contains) {
                report(.warning, line, column(.zh), "headword \(zh) should be written without quotation marks (list the quoted form in variants)")
            }
            var status = GlossaryEntry.Status.proposed
            if let text = values[.status] {
                if let parsed = GlossaryEntry.Status(rawValue: text.lowercased()) {
                    status = parsed
                } else {
                    let valid = GlossaryEntry.Status.allCases.map(\.rawValue).joined(separator: ", ")
                    report(.error, line, column(.status), "invalid status \"\(text)\" (use \(valid)); the entry is left out")
                    usable = false
                }
            }
            var category = values[.category] ?? "general"
            if category.isEmpty {
                report(.warning, line, column(.category), "empty category; general is used")
                category = "general"
            } else if !GlossaryColumn.categories.contains(category) {
                report(.warning, line, column(.category), "unknown category \"\(category)\" (known: \(GlossaryColumn.categories.joined(separator: ", ")))")
            }
            var alternatives: [GlossaryEntry.Alternative] = []
            for item in list(values[.enAlt] ?? "", .enAlt, line: line, column: column(.enAlt)) {
                var text = item
                var itemStatus: GlossaryEntry.Status?
                if item.hasSuffix("]"), let open = item.range(of: " [", options: .backwards) {
                    let tag = String(item[open.upperBound..<item.index(before: item.endIndex)])
                    if let parsed = GlossaryEntry.Status(rawValue: tag.lowercased()) {
                        itemStatus = parsed
                        text = item[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
                    } else {
                        report(.error, line, column(.enAlt), "unknown status [\(tag)] after alternative \"\(item[..<open.lowerBound])\" (use official, established, proposed or deprecated)")
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
                    report(.error, line, column(.en), "headword \(zh) has conflicting renderings: \"\(en)\" here, \"\(first.en)\" on line \(first.line); the entry is left out")
                } else {
                    report(.warning, line, column(.zh), "headword \(zh) repeats line \(first.line); the entry is left out")
                }
                usable = false
            }
            guard usable else { return }
            lineOfID[id] = line
            headwords[zh] = (line, en)
            let note = values[.note].flatMap { $0.isEmpty ? nil : $0 }
            let entry = GlossaryEntry(
                id: id, zh: zh, en: en, alternatives: alternatives, variants: variants, fullForm: fullForm, category: category,
                status: status, source: values[.source]!, note: note, match: match, origin: GlossaryEntry.Origin(file: path, line: line))
            records.append(GlossaryFile.Record(entry: entry, columns: columns))
        }
    }
}
