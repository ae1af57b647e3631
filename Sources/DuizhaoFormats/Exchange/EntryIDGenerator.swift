import DuizhaoText
import Foundation

/// Makes native entry ids (lowercase ASCII letters, digits and `-`) for imported entries:
/// from the file's own id when it has one, otherwise from the English rendering, otherwise
/// from the pinyin of the headword; unique within one import.
///
/// Holds an ICU transliterator: not thread-safe, make one per import.
final class EntryIDGenerator {
    private var used: Set<String> = []
    private var transcriber: PinyinTranscriber?
    private var triedTranscriber = false

    /// The longest id generated from a rendering, in characters.
    static let maxLength = 48

    /// `text` as an id: diacritics folded, lowercased, runs of other characters as one `-`,
    /// no `-` at either end; empty when nothing usable is left. Long text is cut at a `-`.
    static func slug(_ text: String, limit: Int? = nil) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        if let limit, slug.count > limit {
            let cut = slug.prefix(limit)
            if let dash = cut.lastIndex(of: "-"), dash > cut.startIndex {
                slug = String(cut[..<dash])
            } else {
                slug = String(cut)
            }
        }
        return slug
    }

    /// True when `id` is already a valid native id.
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && slug(id) == id
    }

    /// Marks `id` as taken.
    func reserve(_ id: String) {
        used.insert(id)
    }

    /// A free id based on `base`: `base`, else `base-2`, `base-3`…
    func unique(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// A base id made from the entry's English rendering, else the pinyin of its headword.
    func base(en: String, zh: String) -> String {
        let fromEnglish = Self.slug(en, limit: Self.maxLength)
        if !fromEnglish.isEmpty { return fromEnglish }
        if !triedTranscriber {
            triedTranscriber = true
            transcriber = try? PinyinTranscriber()
        }
        if let pinyin = transcriber?.pinyin(zh) {
            let fromPinyin = Self.slug(PinyinTranscriber.stripTones(pinyin), limit: Self.maxLength)
            if !fromPinyin.isEmpty { return fromPinyin }
        }
        return "term"
    }
}
