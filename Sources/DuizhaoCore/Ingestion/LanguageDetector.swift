import DuizhaoText

/// Tells which language a document's text is in, from the scripts of its letters and, for
/// Latin script, its commonest words. duizhao annotates Chinese: the point is to notice an
/// English (or other) document before glossing it as if it were Chinese.
public struct LanguageDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// Frequent short words of Latin-script languages, to tell them apart.
    static let stopwords: [(language: String, words: Set<String>)] = [
        (
            "en",
            [
                "the", "and", "of", "to", "in", "is", "for", "that", "on", "with", "by", "as", "be", "are", "this",
                "will",
            ]
        ),
        ("fr", ["le", "la", "les", "et", "des", "du", "est", "une", "pour", "dans", "que", "qui", "sur", "au", "aux"]),
        (
            "de",
            ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "für", "auf", "ein", "eine", "im"]
        ),
        ("es", ["el", "los", "las", "y", "es", "por", "con", "una", "para", "que", "del", "se", "como", "su", "al"]),
    ]

    /// The language of `text` as a BCP 47 code: `zh` when Han characters are at least a
    /// fifth of its letters (Chinese text quotes Latin names and numbers freely), `ja` with
    /// kana, `ko` with Hangul, `ru` for Cyrillic, `en`/`fr`/`de`/`es` by their commonest
    /// words for Latin script, `zxx` with no letters at all (numbers only), else `und`.
    public func language(of text: String) -> String {
        var han = 0, kana = 0, hangul = 0, latin = 0, cyrillic = 0
        for scalar in text.unicodeScalars.prefix(200_000) {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            case 0x400...0x4FF: cyrillic += 1
            default: if scalar.isHan { han += 1 }
            }
        }
        let letters = han + kana + hangul + latin + cyrillic
        guard letters > 0 else { return "zxx" }
        if kana * 10 >= letters && kana > 0 { return "ja" }
        if hangul * 5 >= letters { return "ko" }
        // Latin letters count about five to a word, Han characters one or two.
        if han * 5 >= letters || han >= 200 { return "zh" }
        if cyrillic > latin { return "ru" }
        return latinLanguage(of: text)
    }

    /// The Latin-script language whose commonest words occur most often in `text`.
    func latinLanguage(of text: String) -> String {
        var counts = [Int](repeating: 0, count: Self.stopwords.count)
        var words = 0
        for word in text.prefix(100_000).lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            let key = String(word)
            for (index, entry) in Self.stopwords.enumerated() where entry.words.contains(key) { counts[index] += 1 }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] * 20 >= words,
            counts[best] > 0
        else { return "und" }
        return Self.stopwords[best].language
    }

    /// True when a document in `language` is one duizhao annotates: Chinese, or text
    /// without letters.
    static func isAnnotatable(_ language: String) -> Bool {
        language == "zh" || language == "zxx"
    }

    /// Why a document in `language` is not annotated as Chinese (`the text is in English
    /// (en), not Chinese`), or nil when it is Chinese.
    public static func notChineseReason(_ language: String) -> String? {
        isAnnotatable(language) ? nil : "the text is in \(name(of: language)) (\(language)), not Chinese"
    }

    /// The English name of a language code, for messages.
    public static func name(of code: String) -> String {
        switch code {
        case "zh": "Chinese"
        case "en": "English"
        case "fr": "French"
        case "de": "German"
        case "es": "Spanish"
        case "ja": "Japanese"
        case "ko": "Korean"
        case "ru": "Russian"
        default: "an undetermined language"
        }
    }
}
