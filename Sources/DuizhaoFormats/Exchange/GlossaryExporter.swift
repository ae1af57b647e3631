import DuizhaoCore

/// Writes entries in any ``GlossaryExportFormat``.
public struct GlossaryExporter: Sendable {
    /// Whether TBX exports add ICU-generated Traditional forms for entries that list none.
    public var generateTraditional: Bool
    /// The title written into TBX headers.
    public var title: String

    /// Creates an exporter.
    public init(generateTraditional: Bool = true, title: String = "duizhao glossary") {
        self.generateTraditional = generateTraditional
        self.title = title
    }

    /// `entries` in `format`, with what the format could not carry.
    public func export(_ entries: [GlossaryEntry], format: GlossaryExportFormat) -> GlossaryExport {
        switch format {
        case .tbx:
            return TBXWriter(version: .martif2, generateTraditional: generateTraditional, title: title).write(entries)
        case .tbx3:
            return TBXWriter(version: .basic3, generateTraditional: generateTraditional, title: title).write(entries)
        case .tsv: return NativeTSVWriter().write(entries)
        case .omegat: return OmegaTWriter().write(entries)
        case .deepl: return TwoColumnTSVWriter().write(entries)
        case .csv: return GlossaryCSVWriter().write(entries)
        }
    }
}
