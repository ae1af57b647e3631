import Foundation

/// A streaming JSON writer: appends UTF-8 straight into one byte buffer, in the order the
/// caller writes, with deterministic formatting. Large documents (millions of tokens) encode
/// many times faster and in a fraction of the memory of Foundation's `JSONEncoder`, which
/// builds a tree first.
///
/// Callers write object keys in sorted order; pretty output is then byte for byte what
/// `JSONOutput` (Foundation's `JSONEncoder` with sorted keys) writes, which tests check.
package struct JSONWriter {
    /// The JSON written so far.
    package private(set) var bytes: [UInt8] = []
    /// Pretty printing with two-space indentation, as `JSONOutput` does.
    package let pretty: Bool
    private var depth = 0
    /// Whether the innermost open container has an element already (a comma goes before
    /// the next), and the same for the containers around it: the innermost is read and set at
    /// every value, so it is kept apart from the stack.
    private var needsComma = false
    private var outerNeedsComma: [Bool] = []
    private var afterKey = false
    private var flushThreshold = Int.max
    private var flush: (([UInt8]) -> Void)?

    /// Creates a writer that keeps everything in ``bytes``.
    package init(pretty: Bool = true, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Creates a writer that hands its output to `flush` whenever about `threshold` bytes
    /// have gathered, so that a document's JSON never has to fit in memory whole. Call
    /// ``finish()`` at the end for the rest.
    package init(pretty: Bool = true, flushingEvery threshold: Int, to flush: @escaping ([UInt8]) -> Void) {
        self.init(pretty: pretty, capacity: threshold + threshold / 4)
        self.flushThreshold = threshold
        self.flush = flush
    }

    /// Hands what is left to the flush function, when there is one.
    package mutating func finish() {
        guard let flush, !bytes.isEmpty else { return }
        flush(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func beginValue() {
        if bytes.count >= flushThreshold, let flush {
            flush(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        if afterKey { afterKey = false; return }
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        if depth > 0 { newline() }
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        // One append for the indentation: a space at a time checked the buffer at each.
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    /// Starts an object.
    package mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        outerNeedsComma.append(needsComma)
        needsComma = false
    }

    /// Ends an object.
    package mutating func endObject() {
        closeContainer()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Pretty printing closes an empty container as JSONEncoder does: `[`, a blank line, `]`.
    private mutating func closeContainer() {
        let hadElements = needsComma
        needsComma = outerNeedsComma.removeLast()
        depth -= 1
        if pretty && !hadElements { bytes.append(0x0A) }
        newline()
    }

    /// Starts an array.
    package mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        outerNeedsComma.append(needsComma)
        needsComma = false
    }

    /// Ends an array.
    package mutating func endArray() {
        closeContainer()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next value written is its value.
    package mutating func key(_ key: String) {
        beginValue()
        // Keys are the program's own ASCII names: copied without an escaping scan.
        var key = key
        key.withUTF8 { utf8 in
            if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }) {
                bytes.append(0x22)
                bytes.append(contentsOf: utf8)
                bytes.append(0x22)
            } else {
                appendString(String(decoding: utf8, as: UTF8.self))
            }
        }
        if pretty { bytes.append(0x20) }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    /// Writes a string value.
    package mutating func string(_ value: String) {
        beginValue()
        appendString(value)
    }

    /// Writes an integer value.
    package mutating func int(_ value: Int) {
        beginValue()
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // Digits written from the right into a small buffer: no String made for each number.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Writes a floating-point value as JSONEncoder does (`1000000000`, `0.5`, `1e+20`).
    package mutating func double(_ value: Double) {
        beginValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes a Boolean value.
    package mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes null.
    package mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes `key: value` for a string, or nothing when `value` is nil (as JSONEncoder omits nil).
    package mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// Writes `key: value` for an integer, or nothing when nil.
    package mutating func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    /// Writes `key: value` for a floating-point number, or nothing when nil.
    package mutating func field(_ name: String, _ value: Double?) {
        guard let value else { return }
        key(name)
        double(value)
    }

    /// Writes `key: value` for a Boolean.
    package mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                appendFlushing(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [
                        0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                    ])
                }
            }
            appendFlushing(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `run`, handing full buffers to the flush function on the way when there is
    /// one: a document's text is one JSON string, and need not be held whole either.
    private mutating func appendFlushing(_ run: UnsafeBufferPointer<UInt8>) {
        var rest = run[...]
        while let flush, bytes.count + rest.count > flushThreshold {
            let room = max(0, flushThreshold - bytes.count)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: rest.prefix(room)))
            rest = rest.dropFirst(room)
            flush(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: rest))
    }
}

/// A value that writes itself with a ``JSONWriter``.
package protocol JSONWritable {
    /// Writes the value as one JSON value.
    func write(to writer: inout JSONWriter)
}

extension Array: JSONWritable where Element: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.write(to: &writer) }
        writer.endArray()
    }
}

extension JSONWriter {
    /// Writes `key: value` for any writable value, or nothing when nil.
    package mutating func field<T: JSONWritable>(_ name: String, _ value: T?) {
        guard let value else { return }
        field(name, value)
    }

    /// Writes `key: value` for any writable value. (Without an optional, an unspecialized
    /// call from another module needs no `Optional<T>` metadata looked up at every call.)
    package mutating func field<T: JSONWritable>(_ name: String, _ value: T) {
        key(name)
        value.write(to: &self)
    }

    /// Writes a string array field.
    package mutating func field(_ name: String, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes an integer array field.
    package mutating func field(_ name: String, _ values: [Int]) {
        key(name)
        beginArray()
        for value in values { int(value) }
        endArray()
    }

    /// Writes `key: rawValue` for a string-backed enumeration, or nothing when nil.
    package mutating func field<T: RawRepresentable>(_ name: String, _ value: T?) where T.RawValue == String {
        guard let value else { return }
        field(name, value)
    }

    /// Writes `key: rawValue` for a string-backed enumeration.
    package mutating func field<T: RawRepresentable>(_ name: String, _ value: T) where T.RawValue == String {
        key(name)
        string(value.rawValue)
    }

    /// Writes `values` as an array, byte for byte as `values.write(to:)` would, but renders
    /// long arrays in rounds of `round` elements split between the cores, flushing after
    /// each round (so memory holds one round's bytes, not the whole array's).
    package mutating func array<T: JSONWritable & Sendable>(_ values: [T], round: Int = 1_024) {
        let workers = Parallel.workerLimit
        guard workers > 1, values.count >= 2 * round / workers else {
            values.write(to: &self)
            return
        }
        beginArray()
        let placement = elementPlacement
        var start = 0
        while start < values.count {
            let end = min(values.count, start + round)
            let parts = Parallel.map(Parallel.runs(start..<end, parts: workers)) { _, run in
                var part = JSONWriter(elementsAt: placement, first: run.lowerBound == 0)
                for index in run { values[index].write(to: &part) }
                return part
            }
            for part in parts { appendElements(part) }
            start = end
        }
        endArray()
    }

    /// Where the elements of the array being written go: what a writer of some of them,
    /// made elsewhere (on another core), needs to know.
    package struct ElementPlacement: Sendable {
        fileprivate let depth: Int
        fileprivate let pretty: Bool
    }

    /// The placement of the next elements of the array just begun.
    package var elementPlacement: ElementPlacement { ElementPlacement(depth: depth, pretty: pretty) }

    /// A writer of elements of an array begun elsewhere, to be appended to it with
    /// ``appendElements(_:)``: the same depth, and a comma before its first element unless
    /// that is the array's `first`.
    package init(elementsAt placement: ElementPlacement, first: Bool, capacity: Int = 1 << 16) {
        self.init(pretty: placement.pretty, capacity: capacity)
        depth = placement.depth
        needsComma = !first
    }

    /// Appends elements written by a writer made with ``init(elementsAt:first:capacity:)``.
    package mutating func appendElements(_ part: JSONWriter) {
        guard !part.bytes.isEmpty else { return }
        appendRaw(part.bytes)
        needsComma = true
    }

    /// Appends bytes rendered elsewhere, flushing first when the buffer is full.
    private mutating func appendRaw(_ part: [UInt8]) {
        if bytes.count >= flushThreshold, let flush {
            flush(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        bytes.append(contentsOf: part)
    }

    /// The JSON of one value.
    package static func encode<T: JSONWritable>(_ value: T, pretty: Bool = true) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        value.write(to: &writer)
        return writer.bytes
    }
}
