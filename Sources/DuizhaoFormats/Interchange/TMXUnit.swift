import Foundation

/// One translation unit of a TMX file: a Chinese segment, its English, and the unit's
/// metadata, as ``TMXCodec`` reads and writes it.
public struct TMXUnit: Sendable, Equatable {
    /// The unit's `tuid`, when it has one.
    public var id: String?
    /// The Chinese segment, inline codes dropped, trimmed.
    public var source: String
    /// The English segment, trimmed; empty when the unit has no English variant.
    public var target: String
    /// The Chinese variant's language tag as written (`zh-CN`, `zh-Hans`, `zh`).
    public var sourceLanguage: String
    /// The English variant's language tag as written (`en`, `en-US`); empty without one.
    public var targetLanguage: String
    /// Who made it (`creationid`).
    public var creationID: String?
    /// When it was made (`creationdate`, else `changedate`).
    public var created: Date?
    /// The unit's `prop` elements, in order.
    public var properties: [TMXProperty]
    /// The 1-based line of the `tu` start tag; 0 for units not read from a file.
    public var line: Int

    /// Creates a unit.
    public init(
        id: String? = nil, source: String, target: String, sourceLanguage: String, targetLanguage: String,
        creationID: String? = nil, created: Date? = nil, properties: [TMXProperty] = [], line: Int = 0
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.creationID = creationID
        self.created = created
        self.properties = properties
        self.line = line
    }

    /// The value of the first `prop` of `type`.
    public func property(_ type: String) -> String? {
        properties.first { $0.type == type }?.value
    }
}

/// A TMX `<prop type="…">value</prop>`.
public struct TMXProperty: Sendable, Equatable {
    /// The `type` attribute (`x-origin`, `x-origin-file`).
    public var type: String
    /// The text.
    public var value: String

    /// Creates a property.
    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

/// What ``TMXCodec`` writes into a TMX header besides the fixed attributes.
public struct TMXHeader: Sendable, Equatable {
    /// duizhao's version, as `creationtoolversion`.
    public var toolVersion: String
    /// The source language, as `srclang`.
    public var sourceLanguage: String
    /// Header `prop` elements, in order.
    public var properties: [TMXProperty]
    /// A header `note`, when there is something to say about the file.
    public var note: String?

    /// Creates a header.
    public init(toolVersion: String, sourceLanguage: String, properties: [TMXProperty] = [], note: String? = nil) {
        self.toolVersion = toolVersion
        self.sourceLanguage = sourceLanguage
        self.properties = properties
        self.note = note
    }
}

/// The units of a TMX file, and how many units duizhao flags as no translations (glosses,
/// transliterations, formula English) were left out.
public struct TMXContents: Sendable, Equatable {
    /// The translation units.
    public var units: [TMXUnit]
    /// Units flagged `x-origin` gloss (or another non-translation origin), left out unread.
    public var glosses: Int
}
