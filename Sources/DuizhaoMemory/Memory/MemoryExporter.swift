import Foundation
import DuizhaoFormats
import DuizhaoText

/// Writes translation memory pairs as TMX 1.4 or TSV; what ``MemoryFileReader`` reads back.
public struct MemoryExporter {
    /// An export format.
    public enum Format: String, CaseIterable, Sendable {
        /// TMX 1.4: one `tu` per pair with `creationdate`, `creationid`, and props
        /// `x-origin-file` (the file's name, not its path) and `x-glossary-version`.
        case tmx
        /// `source<TAB>target<TAB>origin` with a header line; tabs and line breaks inside
        /// fields become spaces.
        case tsv
    }

    /// Creates an exporter.
    public init() {}

    /// `units` in `format`.
    public func export(_ units: [MemoryUnit], format: Format) -> String {
        switch format {
        case .tmx: return tmx(units)
        case .tsv: return tsv(units)
        }
    }

    /// TMX 1.4, Chinese as the source language.
    public func tmx(_ units: [MemoryUnit]) -> String {
        var replaced = 0
        func text(_ value: String) -> String { XMLEscaping.text(value, replaced: &replaced) }
        func attribute(_ value: String) -> String { XMLEscaping.attribute(value, replaced: &replaced) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="duizhao" creationtoolversion="\(attribute(DuizhaoVersion.current))" datatype="plaintext" segtype="sentence" adminlang="en" srclang="zh-CN" o-tmf="duizhao"/>
              <body>

            """
        for unit in units {
            var attributes = ""
            if let created = unit.created { attributes += " creationdate=\"\(Self.tmxDate(created))\"" }
            if let id = unit.creationID { attributes += " creationid=\"\(attribute(id))\"" }
            out += "    <tu\(attributes)>\n"
            // Named by file name: a local path (stored by older imports) says nothing elsewhere.
            if let origin = unit.origin { out += "      <prop type=\"x-origin-file\">\(text(ExchangeFileName.name(origin)))</prop>\n" }
            if let version = unit.glossaryVersion { out += "      <prop type=\"x-glossary-version\">\(text(version))</prop>\n" }
            out += "      <tuv xml:lang=\"\(attribute(unit.sourceLanguage))\"><seg>\(text(unit.source))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(attribute(unit.targetLanguage))\"><seg>\(text(unit.target))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }

    /// TSV with a header.
    public func tsv(_ units: [MemoryUnit]) -> String {
        func clean(_ value: String) -> String {
            var scalars = String.UnicodeScalarView()
            for scalar in value.unicodeScalars { scalars.append(FieldSanitizer.isTabOrLineBreak(scalar) ? " " : scalar) }
            return String(scalars)
        }
        var out = "source\ttarget\torigin\n"
        for unit in units {
            out += "\(clean(unit.source))\t\(clean(unit.target))\t\(clean(unit.origin.map(ExchangeFileName.name) ?? ""))\n"
        }
        return out
    }

    /// `YYYYMMDDThhmmssZ`, UTC.
    static func tmxDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }
}
