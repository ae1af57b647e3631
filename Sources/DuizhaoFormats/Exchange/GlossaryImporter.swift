import DuizhaoCore
import DuizhaoText
import Foundation

/// Reads glossary files in any ``GlossaryImportFormat`` into entries, telling the format
/// from content and file name when asked (`.auto`). Text formats are decoded like documents
/// (UTF-8 with or without BOM, UTF-16 with BOM, GB18030, Big5); TBX is decoded by the XML
/// parser from its declaration.
public struct GlossaryImporter: Sendable {
    /// The source given to entries whose file names none; nil for `imported from <file name>`.
    public var defaultSource: String?

    /// Creates an importer.
    public init(defaultSource: String? = nil) {
        self.defaultSource = defaultSource
    }

    /// Reads the file at `path` (`-` for standard input).
    public func read(
        path: String, format: GlossaryImportFormat = .auto, maxSize: Int = InputFile.defaultMaxSize
    ) throws -> GlossaryImportResult {
        let bytes = try InputFile.read(path, maxSize: maxSize)
        return try read(bytes: bytes, file: path == "-" ? "<stdin>" : path, format: format)
    }

    /// Reads `bytes`; `file` names them in origins and diagnostics and, for `.auto`, helps
    /// tell the format by its extension.
    public func read(bytes: [UInt8], file: String, format: GlossaryImportFormat = .auto) throws -> GlossaryImportResult
    {
        var resolved = format
        if format == .auto || format == .tbx {
            if format == .tbx || Self.looksLikeXML(bytes) || ["tbx", "xml"].contains(Self.fileExtension(file)) {
                return try TBXReader().read(Data(bytes), file: file, defaultSource: defaultSource)
            }
        }
        let text = try TextDecoder().decode(bytes, path: file).text
        if format == .auto {
            resolved = try Self.detectTextFormat(text, file: file)
        }
        switch resolved {
        case .tsv: return try NativeTSVReader().read(text, file: file, defaultSource: defaultSource)
        case .omegat: return OmegaTReader().read(text, file: file, defaultSource: defaultSource)
        case .deepl: return TwoColumnTSVReader().read(text, file: file, defaultSource: defaultSource)
        case .csv: return try GlossaryCSVReader().read(text, file: file, defaultSource: defaultSource)
        case .auto, .tbx: throw GlossaryExchangeError.unknownFormat(path: file)
        }
    }

    /// The format of a text glossary: `.csv` by extension; a header naming `id`, `zh` and `en`
    /// is native TSV; OmegaT's coding line or a third column is OmegaT; two tab-separated
    /// columns are two-column TSV; commas without tabs are CSV.
    static func detectTextFormat(_ text: String, file: String) throws -> GlossaryImportFormat {
        if fileExtension(file) == "csv" { return .csv }
        let lines = TextLines.split(text)
        if lines.first?.text.contains("-*- coding") == true { return .omegat }
        let content = lines.map(\.text).filter { !$0.hasPrefix("#") && !$0.allSatisfy { $0 == " " || $0 == "\t" } }
            .prefix(50)
        guard let first = content.first else { throw GlossaryExchangeError.unknownFormat(path: file) }
        let header = Set(TextLines.cells(first).map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        if header.isSuperset(of: GlossaryColumn.requiredToImport.map(\.rawValue)) { return .tsv }
        let widths = content.map { TextLines.cells($0).count }
        if widths.contains(where: { $0 >= 3 }) { return .omegat }
        if widths.contains(2) { return .deepl }
        if first.contains(",") { return .csv }
        throw GlossaryExchangeError.unknownFormat(path: file)
    }

    static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            // UTF-16: look at every other byte.
            let ascii = body.dropFirst(2).enumerated().filter { $0.offset % 2 == (body.first == 0xFF ? 0 : 1) }.map(
                \.element)
            return ascii.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == 0x3C
        }
        return body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == 0x3C
    }

    static func fileExtension(_ file: String) -> String {
        (file as NSString).pathExtension.lowercased()
    }
}
