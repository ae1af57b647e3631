import DuizhaoCore
import DuizhaoText

/// The `tmx` format: TMX 1.4b sentence pairs for a translation memory, written by ``TMXCodec``.
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
            !sentence.english.text.isEmpty
                && (content == .translations
                    ? sentence.english.origin.isTranslation
                    : (sentence.english.origin == .gloss || sentence.english.origin == .formula))
        }
        var header = TMXHeader(
            toolVersion: document.generator.version, sourceLanguage: options.sourceLanguage,
            properties: [
                TMXProperty(type: "x-document", value: ExchangeFileName.name(document.source.path)),
                TMXProperty(type: "x-document-sha256", value: document.source.sha256),
            ])
        if content == .glosses {
            header.note =
                "Word-by-word glosses (x-origin gloss) and lines of official formula English assembled from duizhao's tables (x-origin formula), not translations: a reading aid, never to be loaded as a translation memory."
        } else if units.isEmpty {
            header.note =
                "No sentence of this document has a translation: its English lines are glosses (word-by-word, not translations), which a translation memory must not hold. duizhao annotate --tmx-include-gloss writes them to a separate .gloss.tmx flagged x-origin gloss (or formula)."
        }
        let prefix = String(document.source.sha256.prefix(12))
        let tmxUnits = units.map { sentence in
            var properties = [TMXProperty(type: "x-origin", value: sentence.english.origin.rawValue)]
            if let percent = sentence.english.scorePercent {
                properties.append(TMXProperty(type: "x-score", value: "\(percent)"))
            }
            if let provider = sentence.english.provider {
                // A memory match's provider is the store's path: named by its file name.
                let named = sentence.english.memoryMatch == nil ? provider : ExchangeFileName.name(provider)
                properties.append(TMXProperty(type: "x-provider", value: named))
            }
            return TMXUnit(
                id: "\(prefix)-s\(sentence.index + 1)", source: sentence.text, target: sentence.english.text,
                sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage, properties: properties)
        }
        return TMXCodec().write(header: header, units: tmxUnits)
    }
}
