import DuizhaoText

/// The built-in English line: an interlinear gloss in Chinese word order. Standard headings,
/// their numbers, dates, document numbers, ordinals and the formula table's phrases give their
/// official English as whole phrases; terms give their glossary rendering, quantities their
/// English (`RMB 1 billion`), personal names their pinyin, other words the team's sense
/// table (``SenseTable``), then the dictionary's first sense, then their pinyin; structural
/// particles, classifiers after numbers and sentence-final particles are left out, and
/// punctuation is mapped to English (`，` → `,`, `。` → `.`, `“”` → `"`). Lines are labelled
/// `gloss`: they help a reader follow the Chinese and are never a translation. A line made
/// only of formula English (一、总体要求 → I. General Requirements) is labelled `formula`.
public struct GlossTranslator: Translator, Sendable {
    /// The sense and formula tables.
    public var lexicon: EnglishLexicon

    /// Creates a gloss translator over `lexicon` (none: the dictionary's senses only).
    public init(lexicon: EnglishLexicon = .empty) { self.lexicon = lexicon }

    public func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        english(for: sentence, words: nil)
    }

    /// ``english(for:)``, remembering each word's English in `words` (one memo per worker).
    func english(for sentence: AnnotatedSentence, words: WordFacts?) -> EnglishLine {
        let (text, formulaOnly) = line(sentence, words: words)
        return EnglishLine(text: text, origin: formulaOnly ? .formula : .gloss)
    }

    /// A piece of the gloss line and how it joins its neighbours.
    struct Piece {
        var text: String
        /// No space before it (closing punctuation).
        var attachLeft = false
        /// No space after it (opening punctuation).
        var attachRight = false
    }

    /// The gloss line of `sentence`.
    public func gloss(_ sentence: AnnotatedSentence) -> String { line(sentence).text }

    /// The line of `sentence`, and whether formula English (with punctuation) makes all of it.
    func line(_ sentence: AnnotatedSentence, words: WordFacts? = nil) -> (text: String, formulaOnly: Bool) {
        var pieces: [Piece] = []
        let phrases = LinePhraseFinder(formulas: lexicon.formulas).phrases(in: sentence)
        var pending = phrases[...]
        var quantities = sentence.quantities.filter { quantity in !phrases.contains { $0.span.overlaps(quantity.span) }
        }[...]
        var straightQuoteOpen = false
        var emittedQuantity: TextSpan?
        var formulaOnly = !phrases.isEmpty
        var previous: AnnotatedToken?
        for token in sentence.tokens {
            defer { if token.kind != .whitespace { previous = token } }
            while let first = pending.first, first.span.end <= token.span.start {
                pieces.append(Piece(text: first.english))
                pending = pending.dropFirst()
            }
            if let phrase = pending.first, phrase.span.overlaps(token.span) { continue }
            while let first = quantities.first, first.span.end <= token.span.start {
                quantities = quantities.dropFirst()
            }
            if token.kind != .term, let quantity = quantities.first, quantity.span.overlaps(token.span) {
                // The first token a quantity covers gives its English; the others add nothing.
                if emittedQuantity != quantity.span {
                    pieces.append(Piece(text: glossEnglish(quantity)))
                    emittedQuantity = quantity.span
                    formulaOnly = false
                }
                if token.span.end >= quantity.span.end { quantities = quantities.dropFirst() }
                continue
            }
            switch token.kind {
            case .term:
                var text = token.gloss ?? token.pinyin.map(Self.joinedPinyin) ?? token.text
                // A term matched with its quotation marks (“孔雀计划”) keeps them.
                if let first = token.text.first, let last = token.text.last, token.text.count > 2,
                    let open = Self.punctuationMap[first], let close = Self.punctuationMap[last], open.attachRight,
                    close.attachLeft
                {
                    text = open.text + text + close.text
                }
                pieces.append(Piece(text: text))
                formulaOnly = false
            case .punctuation, .symbol:
                for piece in punctuation(token.text, straightQuoteOpen: &straightQuoteOpen)
                where !(piece.text == "—" && pieces.last?.text == "—") {
                    pieces.append(piece)
                }
            case .whitespace:
                continue
            case .number, .letter:
                pieces.append(Piece(text: Self.halfWidth(token.text)))
                formulaOnly = false
            case .ideographic, .kana:
                formulaOnly = false
                if let word = self.word(token, afterNumber: previous.map(Self.isNumber) ?? false, words: words) {
                    if !word.isEmpty { pieces.append(Piece(text: word)) }
                } else if let pinyin = token.pinyin {
                    pieces.append(Piece(text: Self.joinedPinyin(pinyin)))
                } else {
                    pieces.append(Piece(text: token.text))
                }
            }
        }
        for phrase in pending { pieces.append(Piece(text: phrase.english)) }
        return (Self.join(pieces), formulaOnly)
    }

    /// The English of a word token: a name's pinyin, the sense table's sense, the function-word
    /// gloss, the dictionary's sense; "" for words the line leaves out; nil when none knows it.
    /// `words`, when given, remembers each word's own English (one memo per worker).
    func word(_ token: AnnotatedToken, afterNumber: Bool, words: WordFacts?) -> String? {
        switch token.glossLayer {
        case .glossary, .transliteration:
            return token.gloss
        case .lexicon, .dictionary, .none:
            let own =
                words?.lineEnglish(of: token.text, afterNumber: afterNumber)
                ?? Self.ownEnglish(of: token.text, afterNumber: afterNumber, senses: lexicon.senses)
            return own ?? token.gloss
        }
    }

    /// The English the line gives a word of its own: the sense table's, "" for a classifier
    /// after a number, a counted number's, a function word's; nil when the token's gloss
    /// stands. A function of the word, its number context and the sense table only.
    static func ownEnglish(of text: String, afterNumber: Bool, senses: SenseTable) -> String? {
        if let sense = senses.sense(of: text, afterNumber: afterNumber) { return sense.english ?? "" }
        if afterNumber, Self.classifiers.contains(text) { return "" }
        if let number = Self.countedNumber(text) { return number }
        return FunctionWords.glosses[text]
    }

    /// Measure words a translation leaves out after a number (三项 → three).
    static let classifiers: Set<String> = [
        "个", "项", "条", "件", "位", "名", "家", "批", "种", "类", "次", "座", "所", "只", "张", "份", "套", "台", "辆", "株", "篇", "部",
        "册", "届", "轮", "期",
    ]

    /// A Chinese number with its measure word in one token (一项, 三个, 两批) as the English
    /// number alone (one, three, two); nil for other words.
    static func countedNumber(_ text: String) -> String? {
        guard text.count >= 2, let last = text.last, classifiers.contains(String(last)) else { return nil }
        let digits = text.dropLast()
        guard digits.allSatisfy(ChineseNumeral.isNumeralCharacter), let value = ChineseNumeral.value(of: digits),
            value > 0
        else { return nil }
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return value <= words.count ? words[value - 1] : String(value)
    }

    /// True for a token that is a number (Arabic or Chinese numerals).
    static func isNumber(_ token: AnnotatedToken) -> Bool {
        token.kind == .number || (!token.text.isEmpty && token.text.allSatisfy(ChineseNumeral.isNumeralCharacter))
    }

    /// A quantity's English inside a gloss: a per-year rate that the text states apart
    /// (每年安排10亿元) is left to the gloss of 每年.
    func glossEnglish(_ quantity: Quantity) -> String {
        if quantity.perYear, !quantity.surface.contains("每年"), !quantity.surface.contains("/年"),
            quantity.english.hasSuffix(" a year")
        {
            return String(quantity.english.dropLast(" a year".count))
        }
        return quantity.english
    }

    /// Pinyin syllables joined into one word (`kǒng què` → `kǒngquè`).
    static func joinedPinyin(_ pinyin: String) -> String {
        pinyin.filter { $0 != " " }
    }

    /// Full-width ASCII forms mapped to ASCII (`２０２５` → `2025`).
    static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(ascii)
            } else if scalar.value == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// English punctuation for Chinese: the mark and how it attaches.
    static let punctuationMap: [Character: Piece] = [
        "，": Piece(text: ",", attachLeft: true), "、": Piece(text: ",", attachLeft: true),
        "。": Piece(text: ".", attachLeft: true),
        "．": Piece(text: ".", attachLeft: true), "；": Piece(text: ";", attachLeft: true),
        "：": Piece(text: ":", attachLeft: true),
        "！": Piece(text: "!", attachLeft: true), "？": Piece(text: "?", attachLeft: true),
        ",": Piece(text: ",", attachLeft: true),
        ".": Piece(text: ".", attachLeft: true), ";": Piece(text: ";", attachLeft: true),
        ":": Piece(text: ":", attachLeft: true),
        "!": Piece(text: "!", attachLeft: true), "?": Piece(text: "?", attachLeft: true),
        "“": Piece(text: "\"", attachRight: true), "”": Piece(text: "\"", attachLeft: true),
        "‘": Piece(text: "'", attachRight: true), "’": Piece(text: "'", attachLeft: true),
        "「": Piece(text: "\"", attachRight: true), "」": Piece(text: "\"", attachLeft: true),
        "『": Piece(text: "'", attachRight: true), "』": Piece(text: "'", attachLeft: true),
        "《": Piece(text: "\"", attachRight: true), "》": Piece(text: "\"", attachLeft: true),
        "〈": Piece(text: "\"", attachRight: true), "〉": Piece(text: "\"", attachLeft: true),
        "（": Piece(text: "(", attachRight: true), "）": Piece(text: ")", attachLeft: true),
        "(": Piece(text: "(", attachRight: true), ")": Piece(text: ")", attachLeft: true),
        "【": Piece(text: "[", attachRight: true), "】": Piece(text: "]", attachLeft: true),
        "〔": Piece(text: "[", attachRight: true), "〕": Piece(text: "]", attachLeft: true),
        "[": Piece(text: "[", attachRight: true), "]": Piece(text: "]", attachLeft: true),
        "…": Piece(text: "...", attachLeft: true), "—": Piece(text: "—"),
        "－": Piece(text: "-", attachLeft: true, attachRight: true),
        "-": Piece(text: "-", attachLeft: true, attachRight: true),
        "～": Piece(text: "~", attachLeft: true, attachRight: true),
        "~": Piece(text: "~", attachLeft: true, attachRight: true),
        "·": Piece(text: "·", attachLeft: true, attachRight: true),
        "・": Piece(text: "·", attachLeft: true, attachRight: true),
        "/": Piece(text: "/", attachLeft: true, attachRight: true),
        "／": Piece(text: "/", attachLeft: true, attachRight: true), "%": Piece(text: "%", attachLeft: true),
        "％": Piece(text: "%", attachLeft: true),
        "‰": Piece(text: "‰", attachLeft: true), "℃": Piece(text: "°C", attachLeft: true),
    ]

    func punctuation(_ text: String, straightQuoteOpen: inout Bool) -> [Piece] {
        // A run of one mark (……, ——) reads as one.
        if let first = text.first, text.allSatisfy({ $0 == first }), text.count > 1 {
            if first == "…" { return [Piece(text: "...", attachLeft: true)] }
            if first == "—" { return [Piece(text: "—")] }
        }
        var pieces: [Piece] = []
        for character in text {
            if character == "\"" || character == "＂" {
                pieces.append(
                    straightQuoteOpen ? Piece(text: "\"", attachLeft: true) : Piece(text: "\"", attachRight: true))
                straightQuoteOpen.toggle()
            } else if let piece = Self.punctuationMap[character] {
                pieces.append(piece)
            } else {
                pieces.append(Piece(text: Self.halfWidth(String(character))))
            }
        }
        return pieces
    }

    static func join(_ pieces: [Piece]) -> String {
        var line = ""
        var previousAttachesRight = true
        for piece in pieces where !piece.text.isEmpty {
            if !line.isEmpty && !previousAttachesRight && !piece.attachLeft { line += " " }
            line += piece.text
            previousAttachesRight = piece.attachRight
        }
        return line
    }
}
