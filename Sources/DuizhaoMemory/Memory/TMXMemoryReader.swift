import Foundation
#if canImport(FoundationXML)
import FoundationXML
import DuizhaoCore
import DuizhaoText
#endif

/// Reads the Chinese–English pairs of a TMX file (1.4, also 1.1–2.0-style `lang`).
///
/// Each `<tu>` must have one Chinese variant (`xml:lang` `zh`, `zh-CN`, `zh-Hans`, any `zh-…`)
/// and one English variant (`en`, `en-US`, any `en-…`) and a non-empty Chinese segment;
/// variants in other languages are ignored. Units duizhao flags as glosses are counted and
/// left out, and so are units whose English is no translation (``MemoryFileContents``). Inline codes (`<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`) hold
/// formatting, not text, and are dropped from segments; `<hi>` text is kept. The whole file
/// is read before anything is returned, so one bad unit or an XML error (reported with its
/// line) rejects the file.
public struct TMXMemoryReader {
    /// Creates a reader.
    public init() {}

    /// The pairs in `data` that are translations, read from `file` (the name used in
    /// messages; its file name is each pair's default origin).
    public func read(_ data: Data, file: String) throws -> [MemoryUnit] {
        try contents(data, file: file).units
    }

    /// The translations in `data` and the units left out, by reason.
    public func contents(_ data: Data, file: String) throws -> MemoryFileContents {
        if let line = XMLNode.entityDeclarationLine(data) {
            throw TranslationMemoryError.entityDeclaration(file: file, line: line)
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
            throw TranslationMemoryError.malformedXML(file: file, line: line, column: column, reason: reason)
        }
        guard let root = collector.root else {
            throw TranslationMemoryError.malformedXML(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: "no root element")
        }
        if root != "tmx" { throw TranslationMemoryError.notTMX(file: file, root: root) }
        return MemoryFileContents(candidates: collector.units.map { ($0, false) }, skipped: collector.glosses > 0 ? [.gloss: collector.glosses] : [:])
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

    /// Follows the parser through `tu`, `tuv`, `seg` and inline codes.
    private final class Collector: NSObject, XMLParserDelegate {
        let file: String
        var root: String?
        var units: [MemoryUnit] = []
        /// Units flagged as glosses or transliterations, left out.
        var glosses = 0
        var problem: TranslationMemoryError?

        private var unitLine = 0
        private var unitAttributes: [String: String] = [:]
        private var inUnit = false
        private var variants: [(language: String, text: String, line: Int)] = []
        private var variantLanguage: String?
        private var variantLine = 0
        private var segment: String?
        private var codeDepth = 0
        private var unitProperties: [String: String] = [:]
        private var propertyType: String?
        private var propertyText = ""

        /// Where the parser stood when it reported the first error.
        var errorPosition: (Int, Int)?

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
            case "tu":
                inUnit = true
                unitLine = parser.lineNumber
                unitAttributes = attributes
                unitProperties = [:]
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
                propertyType = attributes["type"]
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

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            switch elementName {
            case "bpt", "ept", "it", "ph", "ut":
                if segment != nil { codeDepth -= 1 }
            case "seg" where segment != nil:
                variants.append((variantLanguage ?? "", segment!, variantLine))
                segment = nil
            case "tuv":
                variantLanguage = nil
            case "prop" where propertyType != nil:
                unitProperties[propertyType!] = propertyText
                propertyType = nil
            case "tu" where inUnit:
                inUnit = false
                finishUnit(parser)
            default:
                break
            }
        }

        private func fail(_ parser: XMLParser, _ problem: String) {
            self.problem = .badUnit(file: file, line: unitLine, problem: problem)
            parser.abortParsing()
        }

        private func finishUnit(_ parser: XMLParser) {
            // duizhao's TMX flags glosses and transliterations (--tmx-include-gloss): they are
            // not translations and never enter the memory.
            if let origin = unitProperties["x-origin"], EnglishLine.Origin.marksNonTranslation(origin) {
                glosses += 1
                return
            }
            let chinese = variants.filter { TMXMemoryReader.isChinese($0.language) }
            let english = variants.filter { TMXMemoryReader.isEnglish($0.language) }
            guard let zh = chinese.first else {
                let found = variants.map { $0.language.isEmpty ? "(no xml:lang)" : $0.language }
                return fail(parser, "no Chinese variant (tuv xml:lang zh…)" + (found.isEmpty ? "" : "; found \(found.joined(separator: ", "))"))
            }
            guard let en = english.first else { return fail(parser, "no English variant (tuv xml:lang en…)") }
            if chinese.count > 1 { return fail(parser, "\(chinese.count) Chinese variants; a unit holds one") }
            if english.count > 1 { return fail(parser, "\(english.count) English variants; a unit holds one") }
            let source = zh.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let target = en.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if source.isEmpty { return fail(parser, "the Chinese segment (line \(zh.line)) is empty") }
            var created: Date?
            if let text = unitAttributes["creationdate"] ?? unitAttributes["changedate"] {
                guard let date = TMXMemoryReader.date(text) else {
                    return fail(parser, "creationdate '\(text)' is not YYYYMMDDThhmmssZ")
                }
                created = date
            }
            units.append(MemoryUnit(
                source: source, target: target, sourceLanguage: zh.language, targetLanguage: en.language,
                origin: ExchangeFileName.name(unitProperties["x-origin-file"] ?? file), creationID: unitAttributes["creationid"], created: created,
                glossaryVersion: unitProperties["x-glossary-version"], line: unitLine))
        }
    }
}
