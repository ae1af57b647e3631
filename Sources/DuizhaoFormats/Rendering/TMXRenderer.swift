import DuizhaoCore
import DuizhaoText

/// The `tmx` format: TMX 1.4b sentence pairs for a translation memory.
///
/// The translation TMX (`.tmx`) holds only sentences whose English line is a translation
/// (origin other than `gloss` or `transliteration`): a gloss is not a translation and must
/// not be leveraged as one. With glosses only, the file is a valid TMX with its header, a
/// note saying so, and no units. The gloss TMX (`.gloss.tmx`, written only with
/// ``RenderOptions/tmxIncludeGloss``) holds the glosses, each flagged
/// `<prop type="x-origin">gloss</prop>`, in a file of their own, so that a CAT tool never
/// offers them as matches beside translations. Every unit carries its origin as a `prop`;
/// files are named by name, never by local path; there are no dates, so output is
/// deterministic.
public struct TMXRenderer: DocumentRenderer {
    /// Which sentences a TMX holds.
    public enum Content: Sendable {
        /// Sentences whose English line is a translation.
        case translations
        /// Sentences whose English line is a gloss.
        case glosses
    }

    /// The options (languages).
    public var options: RenderOptions
    /// Which sentences this file holds.
    public var content: Content

    /// Creates the renderer.
    public init(options: RenderOptions = RenderOptions(), content: Content = .translations) {
        self.options = options
        self.content = content
    }

    public var fileSuffix: String { content == .translations ? ".tmx" : ".gloss.tmx" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        let units = document.sentences.filter { sentence in
            !sentence.english.text.isEmpty && (content == .translations ? sentence.english.origin.isTranslation : (sentence.english.origin == .gloss || sentence.english.origin == .formula))
        }
        let source = XMLEscaping.escape(options.sourceLanguage, attribute: true)
        let target = XMLEscaping.escape(options.targetLanguage, attribute: true)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"duizhao\" creationtoolversion=\"\(XMLEscaping.escape(document.generator.version, attribute: true))\""
        out += " segtype=\"sentence\" o-tmf=\"duizhao\" adminlang=\"en\" srclang=\"\(source)\" datatype=\"plaintext\">\n"
        out += "    <prop type=\"x-document\">\(XMLEscaping.escape(ExchangeFileName.name(document.source.path)))</prop>\n"
        out += "    <prop type=\"x-document-sha256\">\(document.source.sha256)</prop>\n"
        if content == .glosses {
            out += "    <note>Word-by-word glosses (x-origin gloss) and lines of official formula English assembled from duizhao's tables (x-origin formula), not translations: a reading aid, never to be loaded as a translation memory.</note>\n"
        } else if units.isEmpty {
            out += "    <note>No sentence of this document has a translation: its English lines are glosses (word-by-word, not translations), which a translation memory must not hold. duizhao annotate --tmx-include-gloss writes them to a separate .gloss.tmx flagged x-origin gloss (or formula).</note>\n"
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
                // A memory match's provider is the store's path: named by its file name.
                let named = sentence.english.memoryMatch == nil ? provider : ExchangeFileName.name(provider)
                out += "      <prop type=\"x-provider\">\(XMLEscaping.escape(named))</prop>\n"
            }
            out += "      <tuv xml:lang=\"\(source)\"><seg>\(XMLEscaping.escape(sentence.text))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(target)\"><seg>\(XMLEscaping.escape(sentence.english.text))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }
}
