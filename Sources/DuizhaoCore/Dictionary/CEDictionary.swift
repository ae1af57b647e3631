import DuizhaoText
import Foundation

/// A CC-CEDICT-format Chinese–English dictionary, indexed by Simplified and by Traditional
/// headword.
///
/// Loading keeps the file's bytes as they are and builds two sorted arrays of entry numbers
/// (one per script), so a 120,000-entry file loads in tens of milliseconds without creating
/// a string per entry; entries are decoded when they are looked up. A value type, safe to
/// share between threads.
public struct CEDictionary: Sendable {
    /// The file the dictionary was read from (`<memory>` for text given directly).
    public let path: String
    /// Lines that were skipped because they do not fit the format.
    public let diagnostics: [Diagnostic]
    /// The longest headword, in Unicode scalars.
    public let maxWordLength: Int

    let bytes: [UInt8]
    /// Per entry, in file order: where the line's Traditional headword starts.
    let entryStart: [Int32]
    /// Per entry: where the Simplified headword starts (the Traditional one ends one byte before).
    let simplifiedStart: [Int32]
    /// Per entry: where the Simplified headword ends.
    let simplifiedEnd: [Int32]
    /// Per entry: where the line ends (before any CR).
    let entryEnd: [Int32]
    /// Per entry: the 1-based line number.
    let lineNumber: [Int32]
    /// Entry numbers sorted by Simplified headword bytes, then by file order.
    let bySimplified: [Int32]
    /// Entry numbers sorted by Traditional headword bytes, then by file order.
    let byTraditional: [Int32]
    /// For each first scalar of a Simplified headword, the positions in `bySimplified` of the
    /// headwords that start with it (the first step of every prefix search).
    let simplifiedFirstScalar: [UInt32: Range<Int>]
    /// The same for `byTraditional`.
    let traditionalFirstScalar: [UInt32: Range<Int>]

    /// The number of entries.
    public var count: Int { entryStart.count }

    /// Calls `body` with every entry's Simplified headword, in file order.
    public func forEachSimplifiedHeadword(_ body: (String) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for entry in 0..<count {
                body(
                    String(
                        decoding: UnsafeBufferPointer(
                            rebasing: buffer[Int(simplifiedStart[entry])..<Int(simplifiedEnd[entry])]), as: UTF8.self))
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of every headword: each entry's Traditional form,
    /// then its Simplified form when that differs.
    func forEachHeadword(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for entry in 0..<count {
                let traditional = UnsafeBufferPointer(
                    rebasing: buffer[Int(entryStart[entry])..<Int(simplifiedStart[entry] - 1)])
                let simplified = UnsafeBufferPointer(
                    rebasing: buffer[Int(simplifiedStart[entry])..<Int(simplifiedEnd[entry])])
                body(traditional)
                if !traditional.elementsEqual(simplified) { body(simplified) }
            }
        }
    }

    /// Reads and indexes the dictionary file at `path`.
    public static func load(path: String) throws -> CEDictionary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DictionaryError.notFound(path: path, origin: "the caller")
        }
        if isDirectory.boolValue { throw DictionaryError.unreadable(path: path, reason: "is a directory") }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            throw DictionaryError.unreadable(path: path, reason: "\(error)")
        }
        return try CEDictionary(bytes: bytes, path: path)
    }

    /// Indexes dictionary text given directly (tests, embedded word lists).
    public init(text: String, path: String = "<memory>") throws {
        try self.init(bytes: Array(text.utf8), path: path)
    }

    /// Indexes the UTF-8 bytes of a CC-CEDICT-format file.
    public init(bytes: [UInt8], path: String) throws {
        self.path = path
        self.bytes = bytes
        var entryStart: [Int32] = [], simplifiedStart: [Int32] = [], simplifiedEnd: [Int32] = [],
            entryEnd: [Int32] = [], lineNumber: [Int32] = []
        let estimate = bytes.count / 70
        entryStart.reserveCapacity(estimate); simplifiedStart.reserveCapacity(estimate);
        simplifiedEnd.reserveCapacity(estimate)
        entryEnd.reserveCapacity(estimate); lineNumber.reserveCapacity(estimate)
        var diagnostics: [Diagnostic] = []
        var maxWordLength = 0
        var invalidLine: Int?

        bytes.withUnsafeBufferPointer { buffer in
            for (number, range) in TextLines.ranges(of: buffer) {
                let line = Int32(number)
                let lineStart = range.lowerBound
                let slice = UnsafeBufferPointer(rebasing: buffer[range])
                switch CEDICTParser.layout(of: slice) {
                case nil:
                    break
                case .success(let layout)?:
                    if invalidLine == nil,
                        !Self.isValidUTF8(
                            UnsafeBufferPointer(
                                rebasing: slice[layout.traditional.lowerBound..<layout.pinyin.lowerBound]))
                    {
                        invalidLine = Int(line)
                    }
                    entryStart.append(Int32(lineStart + layout.traditional.lowerBound))
                    simplifiedStart.append(Int32(lineStart + layout.simplified.lowerBound))
                    simplifiedEnd.append(Int32(lineStart + layout.simplified.upperBound))
                    entryEnd.append(Int32(lineStart + layout.senses.upperBound + 1))
                    lineNumber.append(line)
                    let simplifiedLength = Self.scalarCount(UnsafeBufferPointer(rebasing: slice[layout.simplified]))
                    let traditionalLength = Self.scalarCount(UnsafeBufferPointer(rebasing: slice[layout.traditional]))
                    maxWordLength = max(maxWordLength, simplifiedLength, traditionalLength)
                case .failure(let problem)?:
                    let text = String(decoding: UnsafeBufferPointer(rebasing: slice.prefix(120)), as: UTF8.self)
                    diagnostics.append(
                        Diagnostic(.warning, file: path, line: Int(line), "skipped: \(problem.description): \(text)"))
                }
            }
        }
        if let invalidLine { throw DictionaryError.notUTF8(path: path, line: invalidLine) }
        if entryStart.isEmpty, !diagnostics.isEmpty {
            throw DictionaryError.noEntries(path: path, skippedLines: diagnostics.count)
        }

        self.entryStart = entryStart
        self.simplifiedStart = simplifiedStart
        self.simplifiedEnd = simplifiedEnd
        self.entryEnd = entryEnd
        self.lineNumber = lineNumber
        self.diagnostics = diagnostics
        self.maxWordLength = maxWordLength
        let traditionalEnd = simplifiedStart.map { $0 - 1 }
        bySimplified = Self.sortedIndex(bytes: bytes, starts: simplifiedStart, ends: simplifiedEnd)
        byTraditional = Self.sortedIndex(bytes: bytes, starts: entryStart, ends: traditionalEnd)
        simplifiedFirstScalar = Self.firstScalarRanges(bytes: bytes, index: bySimplified, starts: simplifiedStart)
        traditionalFirstScalar = Self.firstScalarRanges(bytes: bytes, index: byTraditional, starts: entryStart)
    }

    // MARK: Lookup

    /// The entries whose Simplified or Traditional headword is `word`, in file order.
    public func lookup(_ word: String) -> [DictionaryEntry] {
        entryNumbers(of: word).map(entry(at:))
    }

    /// True when `word` is a headword, in either script.
    public func contains(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first?.value else { return false }
        let simplifiedRange = simplifiedFirstScalar[first] ?? 0..<0
        let traditionalRange = traditionalFirstScalar[first] ?? 0..<0
        if simplifiedRange.isEmpty && traditionalRange.isEmpty { return false }
        var key = word
        return key.withUTF8 { key in
            bytes.withUnsafeBufferPointer { buffer in
                Self.equalRange(
                    of: key, in: bySimplified, within: simplifiedRange, buffer: buffer, starts: simplifiedStart,
                    ends: simplifiedEnd, traditional: false
                ).isEmpty == false
                    || Self.equalRange(
                        of: key, in: byTraditional, within: traditionalRange, buffer: buffer, starts: entryStart,
                        ends: simplifiedStart, traditional: true
                    ).isEmpty == false
            }
        }
    }

    /// The best gloss of `word`: the first plain sense of its most suitable entry, skipping
    /// `surname …`, `variant of …`, `see also …` and the like whenever a better sense exists,
    /// and preferring common-noun entries (lowercase pinyin) to proper-noun ones. When a
    /// Simplified word stands for several Traditional ones (后: 后 empress, 後 after), the
    /// Traditional form with the most senses wins, a stand-in for the most used one; readings
    /// of one Traditional form keep the dictionary's order.
    public func gloss(_ word: String) -> DictionaryGloss? {
        let entries = lookup(word)
        var sensesByForm: [String: Int] = [:]
        for entry in entries where !entry.isProperNoun {
            sensesByForm[entry.traditional, default: 0] += entry.senses.count
        }
        var best: (rank: (Int, Int, Int, Int), gloss: DictionaryGloss)?
        for (order, entry) in entries.enumerated() {
            guard let sense = entry.preferredSense else { continue }
            let rank = (
                SenseRanking.rank(of: sense), entry.isProperNoun ? 1 : 0, -(sensesByForm[entry.traditional] ?? 0), order
            )
            if best == nil || rank < best!.rank { best = (rank, DictionaryGloss(entry: entry, sense: sense)) }
        }
        return best?.gloss
    }

    /// The sense `gloss(_:)` chooses for `word`, or nil when `word` is not a headword.
    public func firstSense(_ word: String) -> String? { gloss(word)?.sense }

    /// The longest headword that `text` starts with, with its entries; nil when no headword
    /// is a prefix of `text`.
    public func longestPrefix(of text: Substring) -> (word: String, entries: [DictionaryEntry])? {
        let scalars = Array(text.unicodeScalars.prefix(maxWordLength))
        guard let length = wordLengths(in: scalars[...], from: 0, limit: scalars.count).last else { return nil }
        let word = String(scalars: scalars[0..<length])
        return (word, lookup(word))
    }

    /// The entry with number `number` (0-based, in file order).
    public func entry(at number: Int) -> DictionaryEntry {
        bytes.withUnsafeBufferPointer { buffer in
            let start = Int(entryStart[number]), end = Int(entryEnd[number])
            let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
            guard case .success(let layout)? = CEDICTParser.layout(of: line) else {
                preconditionFailure("entry \(number) of \(path) no longer parses")
            }
            return CEDICTParser.entry(from: line, layout: layout, line: Int(lineNumber[number]))
        }
    }

    /// The numbers of the entries whose headword is `word`, ascending.
    func entryNumbers(of word: String) -> [Int] {
        var key = word
        return key.withUTF8 { key in
            bytes.withUnsafeBufferPointer { buffer in
                let simplified = Self.equalRange(
                    of: key, in: bySimplified, within: 0..<bySimplified.count, buffer: buffer, starts: simplifiedStart,
                    ends: simplifiedEnd, traditional: false)
                let traditional = Self.equalRange(
                    of: key, in: byTraditional, within: 0..<byTraditional.count, buffer: buffer, starts: entryStart,
                    ends: simplifiedStart, traditional: true)
                var numbers = Set<Int>()
                for position in simplified { numbers.insert(Int(bySimplified[position])) }
                for position in traditional { numbers.insert(Int(byTraditional[position])) }
                return numbers.sorted()
            }
        }
    }

    // MARK: Prefix search

    /// The lengths, in scalars, of the headwords (either script) that start at `start` in
    /// `scalars`, ascending, none longer than `limit`.
    public func wordLengths(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> [Int] {
        guard limit > 0, start < scalars.endIndex else { return [] }
        let first = scalars[start].value
        var simplifiedRange = simplifiedFirstScalar[first] ?? 0..<0
        var traditionalRange = traditionalFirstScalar[first] ?? 0..<0
        if simplifiedRange.isEmpty && traditionalRange.isEmpty { return [] }
        var lengths: [Int] = []
        var key: [UInt8] = []
        key.reserveCapacity(4 * min(limit, 16))
        bytes.withUnsafeBufferPointer { buffer in
            var length = 0
            var position = start
            while length < limit, position < scalars.endIndex {
                Self.appendUTF8(scalars[position], to: &key)
                length += 1
                position += 1
                var matched = false
                key.withUnsafeBufferPointer { key in
                    if !simplifiedRange.isEmpty {
                        let narrowed = Self.prefixRange(
                            of: key, in: bySimplified, within: simplifiedRange, buffer: buffer, starts: simplifiedStart,
                            ends: simplifiedEnd, traditional: false)
                        simplifiedRange = narrowed.range
                        matched = matched || narrowed.exact
                    }
                    if !traditionalRange.isEmpty {
                        let narrowed = Self.prefixRange(
                            of: key, in: byTraditional, within: traditionalRange, buffer: buffer, starts: entryStart,
                            ends: simplifiedStart, traditional: true)
                        traditionalRange = narrowed.range
                        matched = matched || narrowed.exact
                    }
                }
                if matched { lengths.append(length) }
                if simplifiedRange.isEmpty && traditionalRange.isEmpty { break }
            }
        }
        return lengths
    }

    // MARK: Index internals

    /// The headword bytes of entry `number` in an index: Simplified, or Traditional (whose
    /// end is one byte before the Simplified start).
    @inline(__always)
    static func headword(
        _ number: Int32, buffer: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], traditional: Bool
    ) -> UnsafeBufferPointer<UInt8> {
        let start = Int(starts[Int(number)])
        let end = Int(ends[Int(number)]) - (traditional ? 1 : 0)
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    /// Lexicographic byte comparison: negative, zero or positive.
    @inline(__always)
    static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(lhs.count, rhs.count)
        var index = 0
        while index < common {
            let l = lhs[index], r = rhs[index]
            if l != r { return Int(l) - Int(r) }
            index += 1
        }
        return lhs.count - rhs.count
    }

    /// The ranges of `index` whose headwords share a first scalar, by that scalar.
    static func firstScalarRanges(bytes: [UInt8], index: [Int32], starts: [Int32]) -> [UInt32: Range<Int>] {
        var ranges: [UInt32: Range<Int>] = [:]
        ranges.reserveCapacity(16_384)
        bytes.withUnsafeBufferPointer { buffer in
            var current: UInt32 = .max
            var lower = 0
            for position in 0..<index.count {
                let scalar = firstScalar(buffer, at: Int(starts[Int(index[position])]))
                if scalar != current {
                    if current != .max { ranges[current] = lower..<position }
                    current = scalar
                    lower = position
                }
            }
            if current != .max { ranges[current] = lower..<index.count }
        }
        return ranges
    }

    /// The scalar value of the UTF-8 sequence at `offset` (validated on load).
    @inline(__always)
    static func firstScalar(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        let lead = UInt32(buffer[offset])
        if lead < 0x80 { return lead }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | UInt32(buffer[offset + 1] & 0x3F) }
        if lead < 0xF0 {
            return (lead & 0x0F) << 12 | UInt32(buffer[offset + 1] & 0x3F) << 6 | UInt32(buffer[offset + 2] & 0x3F)
        }
        return (lead & 0x07) << 18 | UInt32(buffer[offset + 1] & 0x3F) << 12 | UInt32(buffer[offset + 2] & 0x3F) << 6
            | UInt32(buffer[offset + 3] & 0x3F)
    }

    /// The entry numbers ordered by headword bytes (`starts[n]..<ends[n]`), ties in file order.
    /// Each entry is sorted by its first eight bytes as one integer (zero-padded: headwords hold
    /// no NUL, so a shorter headword that is a prefix still sorts first); only entries sharing
    /// them compare their bytes. Comparing byte slices throughout cost CC-CEDICT's two indexes
    /// about 18 ms of every start.
    static func sortedIndex(bytes: [UInt8], starts: [Int32], ends: [Int32]) -> [Int32] {
        var keyed: [(prefix: UInt64, entry: Int32)] = []
        keyed.reserveCapacity(starts.count)
        bytes.withUnsafeBufferPointer { buffer in
            for entry in starts.indices {
                let start = Int(starts[entry]), end = Int(ends[entry])
                var prefix: UInt64 = 0
                for offset in 0..<8 {
                    prefix <<= 8
                    if start + offset < end { prefix |= UInt64(buffer[start + offset]) }
                }
                keyed.append((prefix, Int32(entry)))
            }
            starts.withUnsafeBufferPointer { starts in
                ends.withUnsafeBufferPointer { ends in
                    keyed.sort { a, b in
                        if a.prefix != b.prefix { return a.prefix < b.prefix }
                        let lhs = UnsafeBufferPointer(
                            rebasing: buffer[Int(starts[Int(a.entry)])..<Int(ends[Int(a.entry)])])
                        let rhs = UnsafeBufferPointer(
                            rebasing: buffer[Int(starts[Int(b.entry)])..<Int(ends[Int(b.entry)])])
                        let order = compare(lhs, rhs)
                        return order != 0 ? order < 0 : a.entry < b.entry
                    }
                }
            }
        }
        return keyed.map(\.entry)
    }

    /// The positions in `index`, within `range`, whose headword equals `key`.
    static func equalRange(
        of key: UnsafeBufferPointer<UInt8>, in index: [Int32], within range: Range<Int>,
        buffer: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], traditional: Bool
    ) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if compare(
                headword(index[middle], buffer: buffer, starts: starts, ends: ends, traditional: traditional), key) < 0
            {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var end = low
        while end < range.upperBound,
            compare(headword(index[end], buffer: buffer, starts: starts, ends: ends, traditional: traditional), key)
                == 0
        { end += 1 }
        return low..<end
    }

    /// Narrows `range` (positions in `index`, all of whose headwords share `key` minus its
    /// last character as a prefix) to the headwords that start with `key`; `exact` tells
    /// whether one of them is `key` itself.
    static func prefixRange(
        of key: UnsafeBufferPointer<UInt8>, in index: [Int32], within range: Range<Int>,
        buffer: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], traditional: Bool
    ) -> (range: Range<Int>, exact: Bool) {
        // First headword >= key.
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if compare(
                headword(index[middle], buffer: buffer, starts: starts, ends: ends, traditional: traditional), key) < 0
            {
                low = middle + 1
            } else {
                high = middle
            }
        }
        let first = low
        // First headword whose first key.count bytes are > key.
        high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            let word = headword(index[middle], buffer: buffer, starts: starts, ends: ends, traditional: traditional)
            let prefix = UnsafeBufferPointer(rebasing: word.prefix(key.count))
            if compare(prefix, key) <= 0 { low = middle + 1 } else { high = middle }
        }
        let exact =
            first < low
            && headword(index[first], buffer: buffer, starts: starts, ends: ends, traditional: traditional).count
                == key.count
        return (first..<low, exact)
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80: bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6))); bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12))); bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)));
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18))); bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

/// A dictionary gloss of a word: the sense chosen and the entry it comes from (for its
/// reading, its other senses and its line in the dictionary).
public struct DictionaryGloss: Hashable, Sendable {
    /// The entry the sense belongs to.
    public var entry: DictionaryEntry
    /// The sense chosen as the gloss.
    public var sense: String
}
