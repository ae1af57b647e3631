/// Gives a glossary entry by its id: what the annotator needs from a loaded glossary.
public protocol TermLookup {
    /// The entry with `id`, or nil.
    func entry(id: String) -> GlossaryEntry?
}

extension Dictionary: TermLookup where Key == String, Value == GlossaryEntry {
    /// The entry stored under `id`.
    public func entry(id: String) -> GlossaryEntry? { self[id] }
}

extension Array: TermLookup where Element == GlossaryEntry {
    /// The first entry with `id` (linear search: for small fixtures; use a dictionary for
    /// real glossaries).
    public func entry(id: String) -> GlossaryEntry? { first { $0.id == id } }
}
