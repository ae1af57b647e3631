import Foundation

/// The one line splitter for every line-numbered input (documents, glossaries, imports,
/// bilingual TSV, lexicons, dictionaries): `\n`, `\r\n` and a lone `\r` each end one line, a
/// leading byte-order mark is dropped, and a final line break does not start an empty last
/// line. So a file with lone CRs has the same line numbers in every command.
package enum TextLines {
    /// The byte ranges of the lines of UTF-8 `bytes` (any encoding that writes CR and LF as
    /// single ASCII bytes), without their line breaks, with their 1-based numbers. Line ends
    /// are found with `memchr` (a line feed, then a carriage return before it), not a byte at a
    /// time: documents and CC-CEDICT's 9 MB are split here.
    package static func ranges(of bytes: UnsafeBufferPointer<UInt8>) -> [(number: Int, range: Range<Int>)] {
        guard let base = bytes.baseAddress else { return [] }
        let count = bytes.count
        var lines: [(number: Int, range: Range<Int>)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        func offset(of byte: UInt8, from lower: Int, to upper: Int) -> Int? {
            guard upper > lower, let found = memchr(base + lower, Int32(byte), upper - lower) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        while start < count {
            let feed = offset(of: 0x0A, from: start, to: count) ?? count
            let end = offset(of: 0x0D, from: start, to: feed) ?? feed
            lines.append((number, start..<end))
            number += 1
            if end == count { break }
            start = end + (base[end] == 0x0D && end + 1 < count && base[end + 1] == 0x0A ? 2 : 1)
        }
        return lines
    }

    /// The line ranges of `bytes` (see ``ranges(of:)-(UnsafeBufferPointer<UInt8>)``).
    package static func ranges(of bytes: [UInt8]) -> [(number: Int, range: Range<Int>)] {
        bytes.withUnsafeBufferPointer { ranges(of: $0) }
    }

    /// The lines of `text` with their 1-based numbers.
    package static func split(_ text: String) -> [(number: Int, text: Substring)] {
        var text = text
        let lines = text.withUTF8 { ranges(of: $0) }
        // Indices advance from line to line, so the whole walk is linear in the text.
        let utf8 = text.utf8
        var index = utf8.startIndex, offset = 0
        return lines.map { line in
            let lower = utf8.index(index, offsetBy: line.range.lowerBound - offset)
            let upper = utf8.index(lower, offsetBy: line.range.count)
            (index, offset) = (upper, line.range.upperBound)
            return (line.number, Substring(utf8[lower..<upper]))
        }
    }

    /// The 1-based line and column (in bytes from the line's start, plus one) of the byte at
    /// `offset` of `bytes`, counting lines as ``ranges(of:)`` does.
    package static func position<Bytes: RandomAccessCollection>(
        ofByte offset: Bytes.Index, in bytes: Bytes
    ) -> (line: Int, column: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < min(offset, bytes.endIndex) {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A {
                if index == offset { break }
                index += 1
            }
            if byte == 0x0A || byte == 0x0D {
                line += 1
                lineStart = index
            }
        }
        return (line, offset - lineStart + 1)
    }

    /// The tab-separated cells of a line, empty cells kept.
    package static func cells(_ line: Substring) -> [Substring] {
        line.split(separator: "\t", omittingEmptySubsequences: false)
    }
}
