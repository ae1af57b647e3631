/// The built-in English line: an interlinear gloss in Chinese word order. Terms give their
/// glossary rendering, quantities their English (`RMB 1 billion`), other words the
/// dictionary's first sense, words neither knows their pinyin, and punctuation is mapped
/// to English (`，` → `,`, `。` → `.`, `“”` → `"`). Lines are labelled `gloss`: they help
/// a reader follow the Chinese and are never a translation.
public struct GlossTranslator: Translator {
    /// Creates a gloss translator.
    public init() {}

    public func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        EnglishLine(text: gloss(sentence), origin: .gloss)
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
    public func gloss(_ sentence: AnnotatedSentence) -> String {
        var pieces: [Piece] = []
        var quantities = sentence.quantities[...]
        var straightQuoteOpen = false
        var emittedQuantity: Span?
        for token in sentence.tokens {
            while let first = quantities.first, first.span.end <= token.span.start { quantities = quantities.dropFirst() }
            if token.kind != .term, let quantity = quantities.first, quantity.span.overlaps(token.span) {
                // The first token a quantity covers gives its English; the others add nothing.
                if emittedQuantity != quantity.span {
                    pieces.append(Piece(text: glossEnglish(quantity)))
                    emittedQuantity = quantity.span
                }
                if token.span.end >= quantity.span.end { quantities = quantities.dropFirst() }
                continue
            }
            switch token.kind {
            case .term:
                var text = token.gloss ?? token.pinyin.map(Self.joinedPinyin) ?? token.text
                // A term matched with its quotation marks (“孔雀计划”) keeps them.
                if let first = token.text.first, let last = token.text.last, token.text.count > 2,
                    let open = Self.punctuationMap[first], let close = Self.punctuationMap[last], open.attachRight, close.attachLeft {
                    text = open.text + text + close.text
                }
                pieces.append(Piece(text: text))
            case .punctuation, .symbol:
                pieces.append(contentsOf: punctuation(token.text, straightQuoteOpen: &straightQuoteOpen))
            case .whitespace:
                continue
            case .number, .letter:
                pieces.append(Piece(text: Self.halfWidth(token.text)))
            case .ideographic, .kana:
                if token.glossLayer != .glossary, let function = FunctionWords.glosses[token.text] {
                    if !function.isEmpty { pieces.append(Piece(text: function)) }
                } else if let gloss = token.gloss {
                    pieces.append(Piece(text: gloss))
                } else if let pinyin = token.pinyin {
                    pieces.append(Piece(text: Self.joinedPinyin(pinyin)))
                } else {
                    pieces.append(Piece(text: token.text))
                }
            }
        }
        return Self.join(pieces)
    }

    /// A quantity's English inside a gloss: a per-year rate that the text states apart
    /// (每年安排10亿元) is left to the gloss of 每年.
    func glossEnglish(_ quantity: Quantity) -> String {
        if quantity.perYear, !quantity.surface.contains("每年"), !quantity.surface.contains("/年"), quantity.english.hasSuffix(" a year") {
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
        "，": Piece(text: ",", attachLeft: true), "、": Piece(text: ",", attachLeft: true), "。": Piece(text: ".", attachLeft: true),
        "．": Piece(text: ".", attachLeft: true), "；": Piece(text: ";", attachLeft: true), "：": Piece(text: ":", attachLeft: true),
        "！": Piece(text: "!", attachLeft: true), "？": Piece(text: "?", attachLeft: true), ",": Piece(text: ",", attachLeft: true),
        ".": Piece(text: ".", attachLeft: true), ";": Piece(text: ";", attachLeft: true), ":": Piece(text: ":", attachLeft: true),
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
        "…": Piece(text: "...", attachLeft: true), "—": Piece(text: "—"), "－": Piece(text: "-", attachLeft: true, attachRight: true),
        "-": Piece(text: "-", attachLeft: true, attachRight: true), "～": Piece(text: "~", attachLeft: true, attachRight: true),
        "~": Piece(text: "~", attachLeft: true, attachRight: true), "·": Piece(text: "·", attachLeft: true, attachRight: true),
        "・": Piece(text: "·", attachLeft: true, attachRight: true), "/": Piece(text: "/", attachLeft: true, attachRight: true),
        "／": Piece(text: "/", attachLeft: true, attachRight: true), "%": Piece(text: "%", attachLeft: true), "％": Piece(text: "%", attachLeft: true),
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
                pieces.append(straightQuoteOpen ? Piece(text: "\"", attachLeft: true) : Piece(text: "\"", attachRight: true))
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
