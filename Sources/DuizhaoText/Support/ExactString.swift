import Foundation

/// A string compared and hashed by its exact UTF-8 bytes, as a dictionary key: Swift's `String`
/// compares and hashes non-ASCII text through Unicode normalization, which makes 100,000
/// headword lookups cost a noticeable fraction of a second, and glossary headwords and
/// duplicate sentences are compared as written anyway. The one exact-string key of duizhao.
package struct ExactString: Hashable {
    /// The string, stored as contiguous UTF-8.
    package var string: String

    /// Wraps `string`.
    package init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.string = copy
    }

    /// Equal bytes, compared with `memcmp` (a document's repeated paragraphs are compared in
    /// full; the UTF-8 view's element-by-element comparison was 2% of `segment`'s time on an
    /// input with many).
    package static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        guard lhs.string.utf8.count == rhs.string.utf8.count else { return false }
        var left = lhs.string, right = rhs.string
        return left.withUTF8 { a in
            right.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    package func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
