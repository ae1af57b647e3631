import DuizhaoText

/// Parses the CC-CEDICT line format:
///
///     Traditional Simplified [pin1 yin1] /sense 1/sense 2/
///
/// Lines starting with `#` are comments; blank lines are skipped; a line ending in CR LF is
/// accepted. A line that does not fit the format is reported as a diagnostic with its line
/// number and skipped, so one bad line never stops a dictionary from loading.
enum CEDICTParser {
    /// Where the fields of one entry line lie, as byte offsets into the line's UTF-8.
    struct Layout: Equatable {
        var traditional: Range<Int>
        var simplified: Range<Int>
        var pinyin: Range<Int>
        /// From just after the opening `/` to just before the closing `/`.
        var senses: Range<Int>
    }

    /// Why a line is not an entry.
    enum LineProblem: Error, Equatable, CustomStringConvertible {
        case missingHeadwords
        case missingReading
        case unclosedReading
        case missingSenses
        case unclosedSenses
        case emptySenses

        var description: String {
            switch self {
            case .missingHeadwords:
                return "expected `Traditional Simplified [pinyin] /senses/`: fewer than two headwords"
            case .missingReading: return "expected a reading in brackets, such as [ren2 cai2], after the headwords"
            case .unclosedReading: return "the reading's `[` has no closing `]`"
            case .missingSenses: return "expected senses between slashes, such as /talent/, after the reading"
            case .unclosedSenses: return "the senses do not end with `/`"
            case .emptySenses: return "the entry has no senses"
            }
        }
    }

    /// Parses a whole CC-CEDICT-format text into its entries and diagnostics for the lines
    /// that are not entries. `path` names the source in diagnostics.
    static func parse(
        _ text: String, path: String = "<dictionary>"
    ) -> (entries: [DictionaryEntry], diagnostics: [Diagnostic]) {
        var entries: [DictionaryEntry] = []
        var diagnostics: [Diagnostic] = []
        for (lineNumber, line) in TextLines.split(text) {
            switch parseLine(line, lineNumber: lineNumber) {
            case .none: continue
            case .success(let entry)?: entries.append(entry)
            case .failure(let problem)?:
                diagnostics.append(
                    Diagnostic(
                        .warning, file: path, line: lineNumber,
                        "skipped: \(problem.description): \(String(line.prefix(80)))"))
            }
        }
        return (entries, diagnostics)
    }

    /// Parses one line: nil for a comment or blank line, else the entry or the reason it is
    /// malformed.
    static func parseLine(_ line: Substring, lineNumber: Int) -> Result<DictionaryEntry, LineProblem>? {
        var bytes = Array(line.utf8)
        if bytes.last == 0x0D { bytes.removeLast() }
        return bytes.withUnsafeBufferPointer { buffer -> Result<DictionaryEntry, LineProblem>? in
            guard let result = layout(of: buffer) else { return nil }
            return result.map { entry(from: buffer, layout: $0, line: lineNumber) }
        }
    }

    /// Finds the fields of a line (without its line break): nil for a comment or blank line.
    static func layout(of line: UnsafeBufferPointer<UInt8>) -> Result<Layout, LineProblem>? {
        let space: UInt8 = 0x20, tab: UInt8 = 0x09, slash: UInt8 = 0x2F
        var start = 0
        while start < line.count, line[start] == space || line[start] == tab { start += 1 }
        if start == line.count || line[start] == 0x23 /* # */ { return nil }
        var end = line.count
        while end > start, line[end - 1] == space || line[end - 1] == tab || line[end - 1] == 0x0D { end -= 1 }

        // Traditional, then Simplified, each ended by a space.
        var index = start
        while index < end, line[index] != space { index += 1 }
        let traditional = start..<index
        guard index < end, !traditional.isEmpty else { return .failure(.missingHeadwords) }
        index += 1
        let simplifiedStart = index
        while index < end, line[index] != space { index += 1 }
        let simplified = simplifiedStart..<index
        guard !simplified.isEmpty, line[simplifiedStart] != 0x5B /* [ */ else { return .failure(.missingHeadwords) }
        while index < end, line[index] == space { index += 1 }

        // [reading]
        guard index < end, line[index] == 0x5B else { return .failure(.missingReading) }
        let pinyinStart = index + 1
        index = pinyinStart
        while index < end, line[index] != 0x5D /* ] */ { index += 1 }
        guard index < end else { return .failure(.unclosedReading) }
        let pinyin = pinyinStart..<index
        index += 1
        while index < end, line[index] == space { index += 1 }

        // /sense/sense/
        guard index < end, line[index] == slash else { return .failure(.missingSenses) }
        guard end - index >= 2, line[end - 1] == slash else { return .failure(.unclosedSenses) }
        let senses = (index + 1)..<(end - 1)
        var hasText = false
        for position in senses where line[position] != slash && line[position] != space { hasText = true; break }
        guard hasText else { return .failure(.emptySenses) }
        return .success(Layout(traditional: traditional, simplified: simplified, pinyin: pinyin, senses: senses))
    }

    /// Builds the entry a layout describes.
    static func entry(from line: UnsafeBufferPointer<UInt8>, layout: Layout, line number: Int) -> DictionaryEntry {
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
        }
        let senses = string(layout.senses).split(separator: "/").map { $0.trimmingCharacters(in: " ") }.filter {
            !$0.isEmpty
        }
        return DictionaryEntry(
            traditional: string(layout.traditional),
            simplified: string(layout.simplified),
            pinyinNumbered: string(layout.pinyin).trimmingCharacters(in: " "),
            senses: senses,
            line: number
        )
    }
}

extension StringProtocol {
    /// The text without leading and trailing `character`s.
    func trimmingCharacters(in character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice = slice.dropFirst() }
        while slice.last == character { slice = slice.dropLast() }
        return String(slice)
    }
}
