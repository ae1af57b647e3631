import DuizhaoCore

/// The form a translation memory compares sentences in: folded as glossary keys are
/// (``TextFolder``: Simplified, half-width, lowercase, without quotation marks) and without
/// whitespace, with each folded scalar's offset in the original text (to show differences
/// in the original's characters).
struct MemoryKey: Hashable {
    /// The folded scalars.
    var scalars: [UInt32]
    /// For each folded scalar, the offset of the original scalar it came from.
    var origins: [Int32]

    /// The key of `text`, folded with `folder`.
    init(_ text: String, folder: TextFolder) {
        let folded = folder.fold(text)
        scalars = []
        origins = []
        scalars.reserveCapacity(folded.scalars.count)
        origins.reserveCapacity(folded.scalars.count)
        for (scalar, origin) in zip(folded.scalars, folded.origins) {
            if let value = Unicode.Scalar(scalar), value.properties.isWhitespace { continue }
            scalars.append(scalar)
            origins.append(origin)
        }
    }

    /// The number of folded scalars.
    var count: Int { scalars.count }

    /// The key as a string (what the store indexes).
    var string: String {
        var view = String.UnicodeScalarView()
        for value in scalars { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }
}
