import DuizhaoText

/// The team's own table of the senses a policy translator uses for the commonest words of
/// policy text (重点 → priority, 省 → province): looked up before the dictionary, whose first
/// sense is only the fallback. Read from `lexicon/senses.tsv` (see `lexicon/README.md`): one
/// row per word and part of speech, `-` as the sense for words a translation leaves out.
struct SenseTable: Sendable, Equatable {
    /// One row of the table.
    struct Sense: Sendable, Equatable {
        /// The word (Simplified).
        var word: String
        /// The part of speech, where it decides the sense (`cl` for a classifier after a
        /// number); nil when one sense serves.
        var partOfSpeech: String?
        /// The English, or nil for a word the gloss line leaves out.
        var english: String?
        /// The 1-based line of the table.
        var line: Int
    }

    /// The longest sense, in words: a gloss is a word or two, never an explanation.
    static let maxWords = 5
    /// The longest sense, in characters.
    static let maxCharacters = 40
    /// The parts of speech a row may name.
    static let partsOfSpeech: Set<String> = [
        "n", "v", "adj", "adv", "cl", "prep", "conj", "part", "num", "pron", "phrase",
    ]

    /// The file the table was read from.
    let path: String
    /// The table's `# source:` line.
    let source: String
    private var rows: [String: [Sense]] = [:]

    /// An empty table.
    static let empty = SenseTable(path: "<none>", source: "", rows: [:])

    private init(path: String, source: String, rows: [String: [Sense]]) {
        self.path = path
        self.source = source
        self.rows = rows
    }

    /// The number of words in the table.
    var count: Int { rows.count }

    /// Parses a table; every problem is reported, each with `file:line:column`.
    init(text: String, path: String = "<memory>") throws {
        try self.init(LexiconTSV(text: text, path: path))
    }

    /// Reads and checks the table at `path`.
    static func load(path: String) throws -> SenseTable {
        try SenseTable(try LexiconTSV.read(path: path))
    }

    init(_ table: LexiconTSV) throws {
        var problems: [Diagnostic] = []
        if table.source == nil { problems.append(table.missingSource) }
        var rows: [String: [Sense]] = [:]
        for row in table.rows {
            guard row.fields.count == 3 else {
                problems.append(
                    table.problem(
                        row, field: min(row.fields.count, 3),
                        "expected 3 tab-separated fields (word, part of speech, sense), found \(row.fields.count)"))
                continue
            }
            let word = row.fields[0].trimmingCharacters(in: .whitespaces)
            let pos = row.fields[1].trimmingCharacters(in: .whitespaces)
            let sense = row.fields[2].trimmingCharacters(in: .whitespaces)
            if word.isEmpty || !word.unicodeScalars.allSatisfy(\.isHan) {
                problems.append(
                    table.problem(row, field: 0, "the word must be Chinese characters only, found '\(word)'"))
                continue
            }
            if !pos.isEmpty, pos != "-", !Self.partsOfSpeech.contains(pos) {
                problems.append(
                    table.problem(
                        row, field: 1,
                        "unknown part of speech '\(pos)' (use one of \(Self.partsOfSpeech.sorted().joined(separator: ", ")), or - for none)"
                    ))
                continue
            }
            if let reason = Self.problem(ofSense: sense) {
                problems.append(table.problem(row, field: 2, reason))
                continue
            }
            let partOfSpeech = pos.isEmpty || pos == "-" ? nil : pos
            if let earlier = rows[word]?.first(where: { $0.partOfSpeech == partOfSpeech }) {
                problems.append(
                    table.problem(
                        row, field: 0,
                        "'\(word)' (\(partOfSpeech ?? "no part of speech")) is already on line \(earlier.line)"))
                continue
            }
            rows[word, default: []].append(
                Sense(word: word, partOfSpeech: partOfSpeech, english: sense == "-" ? nil : sense, line: row.line))
        }
        if !problems.isEmpty { throw EnglishLexiconError(problems: problems) }
        self.init(path: table.path, source: table.source ?? "", rows: rows)
    }

    /// Why `sense` cannot be a gloss (dictionary markup, an explanation, too long), or nil.
    static func problem(ofSense sense: String) -> String? {
        if sense.isEmpty { return "the sense is empty (write - for a word the gloss leaves out)" }
        if sense == "-" { return nil }
        if sense.unicodeScalars.contains(where: \.isHan) { return "the sense has Chinese characters in it" }
        if let mark = sense.first(where: { "[]|();".contains($0) }) {
            return "the sense has '\(mark)' in it: one short sense, no brackets, alternatives or notes"
        }
        if sense.split(separator: " ").count > maxWords || sense.count > maxCharacters {
            return "the sense is longer than \(maxWords) words or \(maxCharacters) characters"
        }
        return nil
    }

    /// The rows as text in a fixed order, for fingerprints.
    var digestText: String {
        rows.keys.sorted().flatMap { word in
            rows[word]!.map { "\(word)\t\($0.partOfSpeech ?? "-")\t\($0.english ?? "-")" }
        }.joined(separator: "\n")
    }

    /// The row for `word`: the classifier row when `afterNumber` and the word has one, else
    /// the row without that reading (the first one in the table).
    func sense(of word: String, afterNumber: Bool = false) -> Sense? {
        guard let senses = rows[word] else { return nil }
        if afterNumber, let classifier = senses.first(where: { $0.partOfSpeech == "cl" }) { return classifier }
        return senses.first(where: { $0.partOfSpeech != "cl" })
    }
}
