import CICU

/// An ICU collator; `Collator.pinyin()` sorts Chinese in pinyin order.
public final class Collator {
    private let handle: OpaquePointer

    /// Opens a collator for `locale`, such as `zh@collation=pinyin`.
    public init(locale: String) throws {
        var status: Int32 = 0
        guard let handle = cicu_collator_open(locale, &status) else {
            throw ICUError.openFailed(service: "collator \(locale)", code: status)
        }
        self.handle = handle
    }

    /// A collator in Chinese pinyin order.
    public static func pinyin() throws -> Collator { try Collator(locale: "zh@collation=pinyin") }

    deinit { cicu_collator_close(handle) }

    /// Compares two strings in this collator's order.
    public func compare(_ a: String, _ b: String) -> Int {
        let left = Array(a.utf16), right = Array(b.utf16)
        return Int(cicu_collator_compare(handle, left, Int32(left.count), right, Int32(right.count)))
    }

    /// Returns true when `a` sorts before `b`.
    func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// The binary sort key of `text`: comparing keys bytewise orders like `compare`.
    public func sortKey(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        var key = [UInt8](repeating: 0, count: units.count * 4 + 16)
        var length = Int(cicu_collator_sort_key(handle, units, Int32(units.count), &key, Int32(key.count)))
        if length > key.count {
            key = [UInt8](repeating: 0, count: length)
            length = Int(cicu_collator_sort_key(handle, units, Int32(units.count), &key, Int32(key.count)))
        }
        return Array(key.prefix(length))
    }

    /// Sorts `items` by the string `key` returns, in this collator's order.
    public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
        let keyed = items.map { (sortKey(key($0)), $0) }
        return keyed.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }
}
