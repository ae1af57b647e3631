import DuizhaoCore

/// Renders an annotated document into one output file's text. Every output format is one
/// or more renderers (``OutputFormat/renderers(options:)``); rendering is deterministic:
/// the same document gives the same text.
public protocol DocumentRenderer {
    /// How the output file's name ends after the document's slug (`.html`, `.brief.md`).
    var fileSuffix: String { get }
    /// The file's text.
    func render(_ document: AnnotatedDocument) throws -> String
    /// Hands the file's bytes to `sink` in chunks. Renderers of large outputs stream; the
    /// default hands over ``render(_:)``'s text at once.
    func write(_ document: AnnotatedDocument, to sink: ([UInt8]) throws -> Void) throws
}

extension DocumentRenderer {
    /// What ``write(_:to:)`` streams, collected into one text: the ``render(_:)`` of the
    /// renderers that stream.
    func streamedText(of document: AnnotatedDocument) throws -> String {
        var bytes: [UInt8] = []
        try write(document) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func write(_ document: AnnotatedDocument, to sink: ([UInt8]) throws -> Void) throws {
        // Hand the text over in megabyte pieces rather than copying it whole.
        var text = try render(document)
        try text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + (1 << 20))
                try sink(Array(bytes[start..<end]))
                start = end
            }
        }
    }
}

/// Options that shape the output formats.
public struct RenderOptions: Sendable, Equatable {
    /// The XLIFF version to write.
    public enum XLIFFVersion: String, Sendable, CaseIterable {
        /// XLIFF 2.1 with the glossary module (the default).
        case v2_1 = "2.1"
        /// XLIFF 1.2, for tools that read only 1.2.
        case v1_2 = "1.2"
    }

    /// The XLIFF version.
    public var xliffVersion: XLIFFVersion
    /// What XLIFF targets hold (empty, a copy of the source, or the English line as a draft).
    public var xliffTarget: XLIFFTarget
    /// Whether to mark terms inline in XLIFF sources (`<mrk>`); nil for the version's
    /// default (``inlinesTerms``).
    public var inlineTerms: Bool?
    /// Also write gloss lines as TMX, to a separate `.gloss.tmx` flagged `x-origin: gloss`
    /// (off: glosses are not exported; the main TMX never holds them).
    public var tmxIncludeGloss: Bool
    /// The source language code for XLIFF and TMX.
    public var sourceLanguage: String
    /// The target language code for XLIFF and TMX.
    public var targetLanguage: String

    /// Creates options.
    public init(
        xliffVersion: XLIFFVersion = .v2_1, xliffTarget: XLIFFTarget = .empty, inlineTerms: Bool? = nil,
        tmxIncludeGloss: Bool = false,
        sourceLanguage: String = "zh-CN", targetLanguage: String = "en"
    ) {
        self.xliffVersion = xliffVersion
        self.xliffTarget = xliffTarget
        self.inlineTerms = inlineTerms
        self.tmxIncludeGloss = tmxIncludeGloss
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// Whether terms are marked inline: as chosen, else on for XLIFF 2.1 (annotations its
    /// tools keep apart from the text) and off for XLIFF 1.2, whose tools (OmegaT) turn
    /// marks into tags that cost memory matches; the renderings are in the notes either way.
    var inlinesTerms: Bool {
        inlineTerms ?? (xliffVersion == .v2_1)
    }
}
