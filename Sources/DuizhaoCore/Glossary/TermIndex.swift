import DuizhaoText

/// The matching index of a glossary: the folded headwords and variants of all entries in a
/// ``TermAutomaton``, each folded key with the entry forms it stands for.
///
/// Building it folds every key once; the index is immutable afterwards: share it across
/// threads and give each thread its own ``TermMatcher``.
public struct TermIndex: Sendable {
    /// One written form of an entry that folds to a key.
    public struct Form: Sendable {
        /// The entry's position in ``TermIndex/glossary``.
        public var entry: Int
        /// True for the headword, false for a variant.
        var isHeadword: Bool
        /// The form as written in the glossary.
        public var text: String
    }

    /// Different entries whose forms fold to the same key; the first form listed wins.
    struct Collision: Sendable, CustomStringConvertible {
        /// The folded key.
        public var key: String
        /// The colliding forms, the winner first (one per entry).
        public var forms: [Form]
        /// The entries' ids, the winner first.
        public var entryIDs: [String]

        public var description: String {
            "\(entryIDs.joined(separator: ", ")) all match \(key) after folding; \(entryIDs[0]) wins"
        }
    }

    /// What matching reads of a key, together in one record (one cache line, where the
    /// forms, lengths and ids of a large glossary, in arrays of their own, cost a cache miss
    /// each): its first form in precedence order, that form's entry and the key's length.
    struct Key: Sendable {
        /// The first form as written.
        var text: String
        /// The first form's entry id.
        var entryID: String
        /// The first form's entry, by position.
        var entry: Int32
        /// The key's length in folded scalars.
        var foldedLength: Int32
        /// True when the first form is the headword.
        var isHeadword: Bool
        /// True when the first form's entry needs both edges on word boundaries.
        var isStrict: Bool
        /// True when the first form is written exactly as its folded key, so text that
        /// folding left unchanged and that matches the key is that form as written.
        var isWrittenAsKey: Bool
    }

    /// The glossary indexed.
    public let glossary: Glossary
    let automaton: TermAutomaton
    /// For a key's value in the automaton, the forms folding to it, in precedence order:
    /// headwords before variants, later entries before earlier ones.
    let forms: [[Form]]
    /// Each key's record, by automaton value (values no key ends with hold an empty record).
    let keys: [Key]
    /// Keys shared by different entries.
    let collisions: [Collision]
    /// Each entry's id, by position (read without copying entries while matching).
    let entryIDs: [String]
    /// Whether each entry needs both edges on word boundaries, by position.
    let isStrict: [Bool]

    /// Indexes `glossary`, folding keys with `folder`.
    public init(glossary: Glossary, folder: TextFolder) {
        self.glossary = glossary
        var keys: [[UInt32]] = []
        var keyForms: [Form] = []
        keys.reserveCapacity(glossary.entries.count * 2)
        for (position, entry) in glossary.entries.enumerated() {
            let headword = folder.foldedScalars(entry.zh)
            keys.append(headword)
            keyForms.append(Form(entry: position, isHeadword: true, text: entry.zh))
            for variant in entry.variants {
                let folded = folder.foldedScalars(variant)
                // A variant that folds like the headword (a Traditional or quoted form) still
                // counts, so that it is reported as the variant when written that way.
                keys.append(folded)
                keyForms.append(Form(entry: position, isHeadword: false, text: variant))
            }
        }
        let automaton = TermAutomaton(keys: keys)
        var forms = [[Form]](repeating: [], count: keys.count)
        for (index, key) in keys.enumerated() where !key.isEmpty {
            forms[Int(automaton.exactValue(key))].append(keyForms[index])
        }
        var collisions: [Collision] = []
        for index in forms.indices where forms[index].count > 1 {
            forms[index].sort { ($0.isHeadword ? 1 : 0, $0.entry) > ($1.isHeadword ? 1 : 0, $1.entry) }
            var ids: [String] = []
            var distinct: [Form] = []
            for form in forms[index] where !ids.contains(glossary.entries[form.entry].id) {
                ids.append(glossary.entries[form.entry].id)
                distinct.append(form)
            }
            if ids.count > 1 {
                var view = String.UnicodeScalarView()
                for value in keys[index] { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
                collisions.append(Collision(key: String(view), forms: distinct, entryIDs: ids))
            }
        }
        let entryIDs = glossary.entries.map(\.id)
        let isStrict = glossary.entries.map { $0.match == .strict }
        self.keys = forms.indices.map { value in
            guard let first = forms[value].first else {
                return Key(
                    text: "", entryID: "", entry: 0, foldedLength: 0, isHeadword: false, isStrict: false,
                    isWrittenAsKey: false)
            }
            return Key(
                text: first.text, entryID: entryIDs[first.entry], entry: Int32(first.entry),
                foldedLength: Int32(keys[value].count), isHeadword: first.isHeadword, isStrict: isStrict[first.entry],
                isWrittenAsKey: first.text.unicodeScalars.map(\.value) == keys[value])
        }
        self.entryIDs = entryIDs
        self.isStrict = isStrict
        self.automaton = automaton
        self.forms = forms
        self.collisions = collisions
    }

    /// Indexes `glossary` with a folder of its own.
    public init(glossary: Glossary) throws {
        self.init(glossary: glossary, folder: try TextFolder())
    }

    /// The number of distinct folded keys.
    var keyCount: Int { forms.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }
}
