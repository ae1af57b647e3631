/// The `tmx` format: TMX 1.4b sentence pairs for a translation memory.
///
/// Only sentences whose English line is a translation (origin other than `gloss` or
/// `transliteration`) become translation units: a gloss is not a translation and must not
/// be leveraged as one. With glosses only, the file is a valid TMX with its header, a note
/// saying so, and no units. ``RenderOptions/tmxIncludeGloss`` includes glosses anyway,
/// each flagged `<prop type="x-origin">gloss</prop>`. Every unit carries its origin and
/// document as `prop`s; there are no dates, so output is deterministic.
public struct TMXRenderer: DocumentRenderer {
    /// The options (languages, whether to include glosses).
    public var options: RenderOptions

    /// Creates the renderer.
    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    public var fileSuffix: String { ".tmx" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        let units = document.sentences.filter { sentence in
            !sentence.english.text.isEmpty && (sentence.english.origin.isTranslation || options.tmxIncludeGloss && (sentence.english.origin == .gloss || sentence.english.origin == .formula))
        }
        let source = XMLEscaping.escape(options.sourceLanguage, attribute: true)
        let target = XMLEscaping.escape(options.targetLanguage, attribute: true)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"duizhao\" creationtoolversion=\"\(XMLEscaping.escape(document.generator.version, attribute: true))\""
        out += " segtype=\"sentence\" o-tmf=\"duizhao\" adminlang=\"en\" srclang=\"\(source)\" datatype=\"plaintext\">\n"
        out += "    <prop type=\"x-document\">\(XMLEscaping.escape(document.source.path))</prop>\n"
        out += "    <prop type=\"x-document-sha256\">\(document.source.sha256)</prop>\n"
        if units.isEmpty {
            out += "    <note>No sentence of this document has a translation: its English lines are glosses (word-by-word, not translations), which a translation memory must not hold. duizhao annotate --tmx-include-gloss exports them flagged x-origin gloss (or formula, for lines made of official formula English).</note>\n"
        } else if units.contains(where: { $0.english.origin == .gloss || $0.english.origin == .formula }) {
            out += "    <note>Units with x-origin gloss hold word-by-word glosses, not translations; units with x-origin formula hold official formula English (headings, dates, document numbers) assembled from duizhao's tables.</note>\n"
        }
        out += "  </header>\n  <body>\n"
        let prefix = String(document.source.sha256.prefix(12))
        for sentence in units {
            out += "    <tu tuid=\"\(prefix)-s\(sentence.index + 1)\">\n"
            out += "      <prop type=\"x-origin\">\(sentence.english.origin.rawValue)</prop>\n"
            if let percent = sentence.english.scorePercent {
                out += "      <prop type=\"x-score\">\(percent)</prop>\n"
            }
            if let provider = sentence.english.provider {
                out += "      <prop type=\"x-provider\">\(XMLEscaping.escape(provider))</prop>\n"
            }
            out += "      <tuv xml:lang=\"\(source)\"><seg>\(XMLEscaping.escape(sentence.text))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(target)\"><seg>\(XMLEscaping.escape(sentence.english.text))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }
}
