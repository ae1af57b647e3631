import CICU

/// A boundary found by an ICU break iterator, with the rule status ICU reports for the
/// segment that ends there.
public struct Boundary: Equatable, Sendable {
    /// The boundary's offset in UTF-16 code units.
    public var offset: Int
    /// ICU's rule status for the segment that ends at this boundary (`UBRK_WORD_*` ranges).
    public var ruleStatus: Int32
}

/// An ICU break iterator (word, sentence, character or line) over UTF-16 text.
///
/// Not thread-safe: give each thread its own iterator.
public final class BreakIterator {
    /// The kinds of break ICU offers.
    public enum Kind: Int32, Sendable {
        case word = 0, sentence = 1, character = 2, line = 3
    }

    private let handle: OpaquePointer
    /// The kind of break this iterator finds.
    public let kind: Kind

    /// Opens an iterator of `kind` for `locale` ("zh").
    public init(_ kind: Kind, locale: String = "zh") throws {
        var status: Int32 = 0
        guard let handle = cicu_break_open(kind.rawValue, locale, &status) else {
            throw ICUError.openFailed(service: "\(kind) break iterator for \(locale)", code: status)
        }
        self.handle = handle
        self.kind = kind
    }

    deinit { cicu_break_close(handle) }

    /// Returns every boundary after the start of `text`, in order, with rule statuses.
    public func boundaries(in text: UnsafeBufferPointer<UInt16>) throws -> [Boundary] {
        var result: [Boundary] = []
        result.reserveCapacity(text.count / 2 + 1)
        try forEachBoundary(in: text) { result.append(Boundary(offset: $0, ruleStatus: $1)) }
        return result
    }

    /// Calls `body` with each boundary offset (UTF-16 units) and its rule status, in order.
    public func forEachBoundary(in text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int32) -> Void) throws {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        var status: Int32 = 0
        cicu_break_set_text(handle, base, Int32(text.count), &status)
        guard status <= 0 else { throw ICUError.callFailed(function: "ubrk_setText", code: status) }
        let capacity: Int32 = 512
        var offsets = [Int32](repeating: 0, count: Int(capacity))
        var statuses = [Int32](repeating: 0, count: Int(capacity))
        while true {
            let count = cicu_break_next_batch(handle, &offsets, &statuses, capacity)
            if count == 0 { break }
            for index in 0..<Int(count) { body(Int(offsets[index]), statuses[index]) }
        }
    }

    /// Returns every boundary of `text`, including 0.
    public func boundaries(of text: [UInt16]) throws -> [Boundary] {
        try text.withUnsafeBufferPointer { try boundaries(in: $0) }
    }
}
