import DuizhaoFormats
import DuizhaoText
import Foundation

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

    /// TMX 1.4, Chinese as the source language, written by ``TMXCodec``.
    public func tmx(_ units: [MemoryUnit]) -> String {
        let tmxUnits = units.map { unit in
            var properties: [TMXProperty] = []
            // Named by file name: a local path (stored by older imports) says nothing elsewhere.
            if let origin = unit.origin {
                properties.append(TMXProperty(type: "x-origin-file", value: ExchangeFileName.name(origin)))
            }
            if let version = unit.glossaryVersion {
                properties.append(TMXProperty(type: "x-glossary-version", value: version))
            }
            return TMXUnit(
                source: unit.source, target: unit.target, sourceLanguage: unit.sourceLanguage,
                targetLanguage: unit.targetLanguage,
                creationID: unit.creationID, created: unit.created, properties: properties)
        }
        return TMXCodec().write(
            header: TMXHeader(toolVersion: DuizhaoVersion.current, sourceLanguage: "zh-CN"), units: tmxUnits)
    }

    /// TSV with a header.
    public func tsv(_ units: [MemoryUnit]) -> String {
        func clean(_ value: String) -> String {
            var scalars = String.UnicodeScalarView()
            for scalar in value.unicodeScalars {
                scalars.append(FieldSanitizer.isTabOrLineBreak(scalar) ? " " : scalar)
            }
            return String(scalars)
        }
        var out = "source\ttarget\torigin\n"
        for unit in units {
            out +=
                "\(clean(unit.source))\t\(clean(unit.target))\t\(clean(unit.origin.map(ExchangeFileName.name) ?? ""))\n"
        }
        return out
    }
}
