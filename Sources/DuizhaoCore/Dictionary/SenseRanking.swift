import DuizhaoText

/// Ranks CC-CEDICT senses for use as a gloss: plain meanings first, then abbreviations and
/// surname notes, then pure cross-references (`variant of …`, `see …`), and classifier notes
/// (`CL:个[ge4]`) last.
enum SenseRanking {
    /// A plain meaning.
    static let meaning = 0
    /// A meaning that is only a pointer to a fuller form (`abbr. for …`), or a `(bound form)`.
    static let weakMeaning = 1
    /// `surname Wang`: a real sense, but rarely the one a policy text means.
    static let surname = 2
    /// A cross-reference with no meaning of its own.
    static let reference = 3
    /// A classifier or usage note.
    static let note = 4

    /// Prefixes of senses that only point elsewhere.
    static let referencePrefixes = [
        "variant of ", "old variant of ", "archaic variant of ", "erroneous variant of ",
        "Japanese variant of ", "unofficial variant of ", "see also ", "also pr. ", "Taiwan pr. ", "(Tw) variant of ",
    ]
    /// Prefixes that point elsewhere only when a Chinese word follows (`see 乾|干[gan1]`,
    /// but `see you` is a meaning).
    static let referencePrefixesBeforeHan = ["see ", "used in ", "also written ", "same as "]
    static let weakPrefixes = [
        "abbr. for ", "abbr. of ", "abbr. to ", "(bound form)", "(literary)", "(archaic)", "(old)", "(classical)",
        "(dialect)",
    ]

    /// The rank of `sense`: smaller is a better gloss.
    static func rank(of sense: String) -> Int {
        if sense.hasPrefix("CL:") || sense.hasPrefix("pr. ") { return note }
        if referencePrefixes.contains(where: { sense.hasPrefix($0) }) { return reference }
        for prefix in referencePrefixesBeforeHan where sense.hasPrefix(prefix) {
            if let next = sense.unicodeScalars.dropFirst(prefix.unicodeScalars.count).first, next.isHan {
                return reference
            }
        }
        if sense.hasPrefix("surname ") || sense == "surname" { return surname }
        if weakPrefixes.contains(where: { sense.hasPrefix($0) }) { return weakMeaning }
        return meaning
    }
}
