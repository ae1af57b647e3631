import DuizhaoCore
import DuizhaoText
import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads and writes TMX: the one implementation behind `tm import`, `tm export`, `check`
/// and the `tmx` output format.
///
/// Reading (TMX 1.4, also the 1.1-style `lang` attribute): each `<tu>` needs one Chinese
/// variant (`xml:lang` `zh`, `zh-CN`, any `zh-…`, or the header's `srclang`) with a
/// non-empty segment, at most one English variant (`en`, `en-US`, any `en-…`; without one
/// the target is empty) and a `creationdate` of the form `YYYYMMDDThhmmssZ` when it has one;
/// variants in other languages are ignored. Inline codes (`<bpt>`, `<ept>`, `<it>`, `<ph>`,
/// `<ut>`) hold formatting, not text, and are dropped; `<hi>` text is kept. Units duizhao
/// flags as no translations (`x-origin` gloss, transliteration, formula) are counted and
/// left out. The file is read as a stream, whole, before anything is returned: one bad
/// unit or an XML error (reported with its line) rejects it. Documents declaring entities
/// are refused.
public struct TMXCodec: Sendable {
    /// Creates a codec.
    public init() {}

    // MARK: Reading

    /// The units of the TMX `data`, read from `file` (the name used in errors).
    public func read(_ data: Data, file: String) throws -> TMXContents {
        if let line = XMLNode.entityDeclarationLine(data) {
            throw InterchangeError.entityDeclaration(path: file, line: line)
        }
        // Stream mode, as XMLTree: the data initialiser fails on large documents on Linux.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let collector = Collector(file: file)
        parser.delegate = collector
        let ok = parser.parse()
        if let problem = collector.problem { throw problem }
        if !ok {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            let (line, column) = collector.errorPosition ?? (parser.lineNumber, parser.columnNumber)
            throw InterchangeError.malformedXML(path: file, line: line, column: column, reason: reason)
        }
        guard let root = collector.root else {
            throw InterchangeError.malformedXML(
                path: file, line: parser.lineNumber, column: parser.columnNumber, reason: "no root element")
        }
        if root != "tmx" { throw InterchangeError.unexpectedRoot(path: file, root: root, expected: "tmx") }
        return TMXContents(units: collector.units, glosses: collector.glosses)
    }

    /// True for a Chinese language tag.
    static func isChinese(_ tag: String) -> Bool { primary(tag) == "zh" }

    /// True for an English language tag.
    static func isEnglish(_ tag: String) -> Bool { primary(tag) == "en" }

    private static func primary(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }

    /// Parses TMX `creationdate` (`YYYYMMDDThhmmssZ`); nil when it is not that.
    static func date(_ text: String) -> Date? {
        let digits = text.filter(\.isNumber)
        guard text.count == 16, digits.count == 14, text.hasSuffix("Z") else { return nil }
        let values = [0..<4, 4..<6, 6..<8, 8..<10, 10..<12, 12..<14].map { range -> Int in
            let start = digits.index(digits.startIndex, offsetBy: range.lowerBound)
            let end = digits.index(digits.startIndex, offsetBy: range.upperBound)
            return Int(digits[start..<end]) ?? -1
        }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day) = (values[0], values[1], values[2])
        (components.hour, components.minute, components.second) = (values[3], values[4], values[5])
        guard components.isValidDate else { return nil }
        return components.date
    }

    /// `YYYYMMDDThhmmssZ`, UTC.
    static func dateText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }

    // MARK: Writing

    /// TMX 1.4 holding `units` under `header`: every text escaped as XML data, units in
    /// order, each with its `tuid`, `creationdate` and `creationid` when set, its props, and
    /// its Chinese then its English variant.
    public func write(header: TMXHeader, units: [TMXUnit]) -> String {
        func text(_ value: String) -> String { XMLEscaping.escape(value) }
        func attribute(_ value: String) -> String { XMLEscaping.escape(value, attribute: true) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"duizhao\" creationtoolversion=\"\(attribute(header.toolVersion))\""
        out +=
            " segtype=\"sentence\" o-tmf=\"duizhao\" adminlang=\"en\" srclang=\"\(attribute(header.sourceLanguage))\" datatype=\"plaintext\""
        if header.properties.isEmpty && header.note == nil {
            out += "/>\n"
        } else {
            out += ">\n"
            for property in header.properties {
                out += "    <prop type=\"\(attribute(property.type))\">\(text(property.value))</prop>\n"
            }
            if let note = header.note { out += "    <note>\(text(note))</note>\n" }
            out += "  </header>\n"
        }
        out += "  <body>\n"
        for unit in units {
            var attributes = ""
            if let id = unit.id { attributes += " tuid=\"\(attribute(id))\"" }
            if let created = unit.created { attributes += " creationdate=\"\(Self.dateText(created))\"" }
            if let id = unit.creationID { attributes += " creationid=\"\(attribute(id))\"" }
            out += "    <tu\(attributes)>\n"
            for property in unit.properties {
                out += "      <prop type=\"\(attribute(property.type))\">\(text(property.value))</prop>\n"
            }
            out += "      <tuv xml:lang=\"\(attribute(unit.sourceLanguage))\"><seg>\(text(unit.source))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(attribute(unit.targetLanguage))\"><seg>\(text(unit.target))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }

    // MARK: The parser's delegate

    /// Follows the parser through `header`, `tu`, `tuv`, `seg` and inline codes.
    private final class Collector: NSObject, XMLParserDelegate {
        let file: String
        var root: String?
        var units: [TMXUnit] = []
        /// Units flagged as glosses or transliterations, left out.
        var glosses = 0
        var problem: InterchangeError?
        /// Where the parser stood when it reported the first error.
        var errorPosition: (Int, Int)?

        /// The header's `srclang`, unless `*all*`: names the Chinese variant when no tag says `zh`.
        private var headerSource: String?
        private var unitLine = 0
        private var unitAttributes: [String: String] = [:]
        private var inUnit = false
        private var variants: [(language: String, text: String, line: Int)] = []
        private var variantLanguage: String?
        private var variantLine = 0
        private var segment: String?
        private var codeDepth = 0
        private var unitProperties: [TMXProperty] = []
        private var propertyType: String?
        private var propertyText = ""

        init(file: String) { self.file = file }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if errorPosition == nil { errorPosition = (parser.lineNumber, parser.columnNumber) }
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if root == nil { root = elementName }
            switch elementName {
            case "header" where !inUnit:
                headerSource = attributes["srclang"].flatMap { $0 == "*all*" ? nil : $0.lowercased() }
            case "tu":
                inUnit = true
                unitLine = parser.lineNumber
                unitAttributes = attributes
                unitProperties = []
                variants = []
            case "tuv" where inUnit:
                variantLanguage = attributes["xml:lang"] ?? attributes["lang"] ?? ""
                variantLine = parser.lineNumber
            case "seg" where variantLanguage != nil:
                segment = ""
                codeDepth = 0
            case "bpt", "ept", "it", "ph", "ut":
                if segment != nil { codeDepth += 1 }
            case "prop" where inUnit && variantLanguage == nil:
                propertyType = attributes["type"] ?? ""
                propertyText = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if segment != nil, codeDepth == 0 { segment! += string }
            if propertyType != nil { propertyText += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            switch elementName {
            case "bpt", "ept", "it", "ph", "ut":
                if segment != nil { codeDepth -= 1 }
            case "seg" where segment != nil:
                variants.append((variantLanguage ?? "", segment!, variantLine))
                segment = nil
            case "tuv":
                variantLanguage = nil
            case "prop" where propertyType != nil:
                unitProperties.append(TMXProperty(type: propertyType!, value: propertyText))
                propertyType = nil
            case "tu" where inUnit:
                inUnit = false
                finishUnit(parser)
            default:
                break
            }
        }

        private func fail(_ parser: XMLParser, _ problem: String) {
            self.problem = .badUnit(path: file, line: unitLine, problem: problem)
            parser.abortParsing()
        }

        private func finishUnit(_ parser: XMLParser) {
            // duizhao's TMX flags glosses and transliterations (--tmx-include-gloss): they are
            // not translations and are left out unread.
            if let origin = unitProperties.first(where: { $0.type == "x-origin" })?.value,
                EnglishLine.Origin.marksNonTranslation(origin)
            {
                glosses += 1
                return
            }
            var chinese = variants.filter { TMXCodec.isChinese($0.language) }
            if chinese.isEmpty, let headerSource {
                chinese = variants.filter { $0.language.lowercased() == headerSource }
            }
            let english = variants.filter { TMXCodec.isEnglish($0.language) }
            guard let zh = chinese.first else {
                let found = variants.map { $0.language.isEmpty ? "(no xml:lang)" : $0.language }
                return fail(
                    parser,
                    "no Chinese variant (tuv xml:lang zh…)"
                        + (found.isEmpty ? "" : "; found \(found.joined(separator: ", "))"))
            }
            if chinese.count > 1 { return fail(parser, "\(chinese.count) Chinese variants; a unit holds one") }
            if english.count > 1 { return fail(parser, "\(english.count) English variants; a unit holds one") }
            let source = zh.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if source.isEmpty { return fail(parser, "the Chinese segment (line \(zh.line)) is empty") }
            var created: Date?
            if let text = unitAttributes["creationdate"] ?? unitAttributes["changedate"] {
                guard let date = TMXCodec.date(text) else {
                    return fail(parser, "creationdate '\(text)' is not YYYYMMDDThhmmssZ")
                }
                created = date
            }
            units.append(
                TMXUnit(
                    id: unitAttributes["tuid"], source: source,
                    target: english.first?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                    sourceLanguage: zh.language, targetLanguage: english.first?.language ?? "",
                    creationID: unitAttributes["creationid"],
                    created: created, properties: unitProperties, line: unitLine))
        }
    }
}
