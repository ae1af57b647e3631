import CICU

/// An ICU transliterator such as `Han-Latin` (pinyin with tone marks) or `Hant-Hans`
/// (Traditional to Simplified).
///
/// ICU's `Han-Latin` is slow (about 0.3 MB/s): transliterate distinct words, not whole
/// texts, and cache the results (``PinyinTranscriber`` does).
public final class Transliterator {
    private let handle: OpaquePointer
    /// The ICU transform ID.
    public let id: String

    /// Opens the transform `id`.
    public init(_ id: String) throws {
        let units = Array(id.utf16)
        var status: Int32 = 0
        guard
            let handle = units.withUnsafeBufferPointer({ cicu_translit_open($0.baseAddress, Int32($0.count), &status) })
        else {
            throw ICUError.openFailed(service: "transliterator \(id)", code: status)
        }
        self.handle = handle
        self.id = id
    }

    deinit { cicu_translit_close(handle) }

    /// Transliterates UTF-16 units.
    public func transform(_ units: [UInt16]) -> [UInt16] {
        var capacity = max(16, units.count * 4 + 8)
        while true {
            var buffer = units
            buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
            var needed: Int32 = 0
            let length = cicu_translit_apply(handle, &buffer, Int32(units.count), Int32(capacity), &needed)
            if length >= 0 { return Array(buffer.prefix(Int(length))) }
            if length == -1 { capacity = max(Int(needed), capacity * 2); continue }
            return units
        }
    }

    /// Transliterates a string.
    public func transform(_ text: String) -> String {
        String(decoding: transform(Array(text.utf16)), as: UTF16.self)
    }
}
