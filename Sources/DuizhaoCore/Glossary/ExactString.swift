/// A string compared and hashed by its UTF-8 bytes, as a dictionary key: Swift's `String`
/// hashes non-ASCII text through Unicode normalization, which makes 100,000 headword lookups
/// cost a noticeable fraction of a second; glossary keys are compared as written anyway.
struct ExactString: Hashable {
    var string: String

    init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.string = copy
    }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
