import DuizhaoText

/// Splits text into sentences with ICU's sentence break, corrected for Chinese policy
/// prose: breaks inside quotations are dropped, a numbering such as `1.` stays with its
/// text, and `；` ends a sentence when the next clause is the next item of an enumeration.
public struct SentenceSplitter {
    private let iterator: BreakIterator

    /// Opens ICU's sentence iterator for `locale`.
    public init(locale: String = "zh") throws {
        iterator = try BreakIterator(.sentence, locale: locale)
    }

    /// Sentence ranges (UTF-16 offsets) of `text`, trimmed of surrounding whitespace, never
    /// crossing a line feed.
    public func sentences(in text: UTF16Text) throws -> [Range<Int>] {
        let units = text.units
        guard !units.isEmpty else { return [] }
        // breaks[i] is true when a sentence may end before unit i.
        var breaks = [Bool](repeating: false, count: units.count + 1)
        try units.withUnsafeBufferPointer { buffer in
            try iterator.forEachBoundary(in: buffer) { offset, _ in breaks[offset] = true }
        }
        // Line feeds are hard breaks; semicolons before an enumeration item are breaks.
        for index in 0..<units.count {
            let unit = units[index]
            if unit == 0x0A { breaks[index] = true; breaks[index + 1] = true }
            if unit == 0xFF1B || unit == 0x3B, startsEnumerationItem(units, at: index + 1) { breaks[index + 1] = true }
        }
        removeBreaksInsideQuotes(units, &breaks)
        var ranges: [Range<Int>] = []
        var start = 0
        for boundary in 1...units.count where breaks[boundary] && boundary > start {
            var lower = start, upper = boundary
            while lower < upper, isSpace(units[lower]) { lower += 1 }
            while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
            start = boundary
        }
        return mergeNumberings(units, ranges)
    }

    private func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x0A || unit == 0x09 || unit == 0x0D || unit == 0x3000 || unit == 0xA0
    }

    private func isNumeral(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return ChineseNumeral.isNumeralCharacter(Character(scalar))
    }

    private func startsEnumerationItem(_ units: [UInt16], at start: Int) -> Bool {
        var index = start
        while index < units.count, isSpace(units[index]), units[index] != 0x0A { index += 1 }
        guard index < units.count else { return false }
        if units[index] == 0x5176, index + 1 < units.count, isNumeral(units[index + 1]) { return true }  // 其一
        if units[index] == 0xFF08 || units[index] == 0x28 {
            return index + 1 < units.count && (isNumeral(units[index + 1]) || (0x30...0x39).contains(units[index + 1]))
        }
        var end = index
        while end < units.count, end - index < 3, isNumeral(units[end]) { end += 1 }
        return end > index && end < units.count && units[end] == 0x662F  // 是
    }

    /// Drops breaks inside a quotation whose closing mark appears in the same paragraph.
    private func removeBreaksInsideQuotes(_ units: [UInt16], _ breaks: inout [Bool]) {
        let closers = Self.matchingClosers(units)
        guard !closers.isEmpty else { return }
        // Outermost quotations first; a quotation inside one already cleared is skipped.
        var cleared = -1
        for start in closers.keys.sorted() where start > cleared {
            let end = closers[start]!
            for position in (start + 1)...end { breaks[position] = false }
            cleared = end
        }
    }

    /// For each opening quotation mark, the closing mark that balances it in the same
    /// paragraph (inner marks of the same kind nest), found for all marks in one pass with a
    /// stack per kind; unbalanced marks have none. (Scanning ahead from each mark instead was
    /// quadratic on a paragraph of thousands of unclosed marks.)
    static func matchingClosers(_ units: [UInt16]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        // One stack of open positions per kind of mark (“ ‘ 「 『 《); most lines have none.
        var open: [[Int]] = Array(repeating: [], count: 5)
        var anyOpen = false
        units.withUnsafeBufferPointer { units in
            for index in 0..<units.count {
                let unit = units[index]
                // Every mark and the line feed are above U+2000 or exactly U+000A.
                guard unit >= 0x2018 || unit == 0x0A else { continue }
                if unit == 0x0A {
                    if anyOpen {
                        for kind in open.indices where !open[kind].isEmpty {
                            open[kind].removeAll(keepingCapacity: true)
                        }
                        anyOpen = false
                    }
                } else if let kind = kind(opening: unit) {
                    open[kind].append(index)
                    anyOpen = true
                } else if let kind = kind(closing: unit), let position = open[kind].popLast() {
                    result[position] = index
                }
            }
        }
        return result
    }

    /// The kind (0–4) of an opening quotation mark, or nil.
    @inline(__always)
    static func kind(opening unit: UInt16) -> Int? {
        switch unit {
        case 0x201C: return 0
        case 0x2018: return 1
        case 0x300C: return 2
        case 0x300E: return 3
        case 0x300A: return 4
        default: return nil
        }
    }

    /// The kind (0–4) of a closing quotation mark, or nil.
    @inline(__always)
    static func kind(closing unit: UInt16) -> Int? {
        switch unit {
        case 0x201D: return 0
        case 0x2019: return 1
        case 0x300D: return 2
        case 0x300F: return 3
        case 0x300B: return 4
        default: return nil
        }
    }

    /// Joins a sentence that is only a numbering (`1.`, `（一）`, `一、`) to the next one on
    /// the same line.
    private func mergeNumberings(_ units: [UInt16], _ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var pending: Range<Int>?
        for range in ranges {
            if let numbering = pending {
                pending = nil
                if !units[numbering.upperBound..<range.lowerBound].contains(0x0A) {
                    result.append(numbering.lowerBound..<range.upperBound)
                    continue
                }
                result.append(numbering)
            }
            if range.count <= 6, isNumberingOnly(units[range]) {
                pending = range
            } else {
                result.append(range)
            }
        }
        if let numbering = pending { result.append(numbering) }
        return result
    }

    private func isNumberingOnly(_ units: ArraySlice<UInt16>) -> Bool {
        let text = String(decoding: units, as: UTF16.self).trimmingSpaces()
        guard let last = text.last, let first = text.first else { return false }
        let body = text.dropLast()
        if last == "." || last == "．" || last == "、" {
            return !body.isEmpty
                && (body.allSatisfy { $0.isASCII && $0.isNumber } || body.allSatisfy(ChineseNumeral.isNumeralCharacter))
        }
        if (first == "(" || first == "（") && (last == ")" || last == "）") {
            let inner = text.dropFirst().dropLast()
            return !inner.isEmpty
                && (inner.allSatisfy { $0.isASCII && $0.isNumber }
                    || inner.allSatisfy(ChineseNumeral.isNumeralCharacter))
        }
        return false
    }
}
