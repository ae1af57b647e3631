import DuizhaoText

/// The fixed phrases of official documents with the English of official translations, as
/// whole phrases: standard headings (总体要求 → General Requirements), addressee and closing
/// formulas, document types and issuers. Read from `lexicon/formulas.tsv`; every row names
/// its source.
struct FormulaTable: Sendable, Equatable {
    /// What a formula is.
    enum Kind: String, Sendable, CaseIterable {
        /// A standard heading (指导思想).
        case heading
        /// The addressees of a document (各省、自治区、直辖市人民政府…).
        case addressee
        /// A closing formula (此件公开发布).
        case closing
        /// A document type (意见, 通知, 实施方案).
        case documentType = "doctype"
        /// An issuing body (国务院, 国务院办公厅).
        case issuer
        /// Another fixed phrase of official prose.
        case phrase
    }

    /// One formula.
    struct Formula: Sendable, Equatable {
        /// The Chinese phrase.
        var chinese: String
        /// Its English.
        var english: String
        /// What it is.
        var kind: Kind
        /// Where the English comes from.
        var source: String
        /// The 1-based line of the table.
        var line: Int
    }

    /// The file the table was read from.
    let path: String
    /// The table's `# source:` line.
    let source: String
    /// The formulas by Chinese phrase.
    let formulas: [String: Formula]
    /// The phrases in a trie, valued by their index in `phrases`: a lookup walks the
    /// sentence once instead of building a string per candidate length.
    private let automaton: TermAutomaton
    private let phrases: [Formula]

    /// An empty table.
    static let empty = FormulaTable(path: "<none>", source: "", formulas: [:])

    private init(path: String, source: String, formulas: [String: Formula]) {
        self.path = path
        self.source = source
        self.formulas = formulas
        phrases = Array(formulas.values)
        automaton = TermAutomaton(keys: phrases.map { $0.chinese.unicodeScalars.map(\.value) })
    }

    static func == (left: FormulaTable, right: FormulaTable) -> Bool {
        left.path == right.path && left.source == right.source && left.formulas == right.formulas
    }

    /// Parses a table; every problem is reported, each with `file:line:column`.
    init(text: String, path: String = "<memory>") throws {
        try self.init(LexiconTSV(text: text, path: path))
    }

    /// Reads and checks the table at `path`.
    static func load(path: String) throws -> FormulaTable {
        try FormulaTable(try LexiconTSV.read(path: path))
    }

    init(_ table: LexiconTSV) throws {
        var problems: [Diagnostic] = []
        if table.source == nil { problems.append(table.missingSource) }
        var formulas: [String: Formula] = [:]
        for row in table.rows {
            guard row.fields.count == 4 else {
                problems.append(
                    table.problem(
                        row, field: min(row.fields.count, 4),
                        "expected 4 tab-separated fields (Chinese, English, kind, source), found \(row.fields.count)"))
                continue
            }
            let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            guard !fields[0].isEmpty, fields[0].unicodeScalars.contains(where: \.isHan) else {
                problems.append(
                    table.problem(row, field: 0, "the Chinese phrase is empty or has no Chinese characters"))
                continue
            }
            guard !fields[1].isEmpty, !fields[1].unicodeScalars.contains(where: \.isHan) else {
                problems.append(table.problem(row, field: 1, "the English is empty or has Chinese characters in it"))
                continue
            }
            guard let kind = Kind(rawValue: fields[2]) else {
                problems.append(
                    table.problem(
                        row, field: 2,
                        "unknown kind '\(fields[2])' (use one of \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
                    ))
                continue
            }
            guard !fields[3].isEmpty else {
                problems.append(
                    table.problem(row, field: 3, "no source: name the official translation the English comes from"))
                continue
            }
            if let earlier = formulas[fields[0]] {
                problems.append(table.problem(row, field: 0, "'\(fields[0])' is already on line \(earlier.line)"))
                continue
            }
            formulas[fields[0]] = Formula(
                chinese: fields[0], english: fields[1], kind: kind, source: fields[3], line: row.line)
        }
        if !problems.isEmpty { throw EnglishLexiconError(problems: problems) }
        self.init(path: table.path, source: table.source ?? "", formulas: formulas)
    }

    /// The longest formula that `scalars` starts with at `start`, ending at an offset where
    /// `ends` is true (a token boundary), or nil.
    func longestMatch(in scalars: [Unicode.Scalar], at start: Int, ends: [Bool]) -> Formula? {
        var current = automaton.rootCursor
        var best: Formula?
        var index = start
        while index < scalars.count {
            guard let next = automaton.advance(current, scalars[index].value) else { break }
            current = next
            index += 1
            if current.value >= 0, ends[index] { best = phrases[Int(current.value)] }
        }
        return best
    }
}
