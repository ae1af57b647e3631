/// Pinyin with tone marks for Chinese text: ICU's `Han-Latin` readings, taken from the
/// table generated from ICU (``HanPinyin``), with its context rules.
///
/// Running `Han-Latin` itself is slow (about 0.3 MB/s, and 90 ms just to open), so the
/// readings come from the table and each distinct word is transcribed once and cached; a
/// document's vocabulary is small next to its length. Not thread-safe: give each thread its
/// own transcriber.
public final class PinyinTranscriber {
    private var cache: [String: String] = [:]

    /// Creates a transcriber.
    public init() throws {}

    /// The pinyin of `word`, syllables separated by spaces (`kǒng què jì huà`); nil when the
    /// word has no Han characters.
    public func pinyin(_ word: String) -> String? {
        if let cached = cache[word] { return cached.isEmpty ? nil : cached }
        guard word.unicodeScalars.contains(where: \.isHan) else {
            cache[word] = ""
            return nil
        }
        let result = HanPinyin.pinyin(word) ?? ""
        cache[word] = result
        return result.isEmpty ? nil : result
    }

    /// The pinyin of `word` without tone marks or spaces, lowercased (`kongquejihua`), for
    /// pinyin lookups.
    public func plainPinyin(_ word: String) -> String? {
        guard let marked = pinyin(word) else { return nil }
        return Self.stripTones(marked).filter { !$0.isWhitespace }.lowercased()
    }

    /// Removes tone marks: `kǒng què` → `kong que`, `lǜ` → `lü`.
    public static func stripTones(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let plain = toneless[scalar] {
                result.append(contentsOf: plain.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static let toneless: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("āáǎà", "a"), ("ēéěè", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"), ("ǖǘǚǜ", "ü"),
            ("ĀÁǍÀ", "A"), ("ĒÉĚÈ", "E"), ("ĪÍǏÌ", "I"), ("ŌÓǑÒ", "O"), ("ŪÚǓÙ", "U"), ("ǕǗǙǛ", "Ü"),
            ("ńňǹ", "n"), ("ḿ", "m"),
        ]
        for (marked, plain) in groups {
            for scalar in marked.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
