import DuizhaoCore
import DuizhaoText
import Foundation

/// Writes an annotated document's output files, each atomically, into one folder:
/// `<folder>/<slug><suffix>` for each renderer of each chosen format.
public struct AnnotationWriter {
    /// The rendering options.
    public var options: RenderOptions

    /// Creates a writer.
    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Renders and writes `formats`; returns the paths written, in order.
    public func write(
        _ document: AnnotatedDocument, formats: [OutputFormat], folder: String, slug: String
    ) throws -> [String] {
        var written: [String] = []
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        do {
            for format in formats {
                for renderer in format.renderers(options: options) {
                    let path = base + slug + renderer.fileSuffix
                    try AtomicFile.write(to: path) { sink in try renderer.write(document, to: sink) }
                    written.append(path)
                }
            }
        } catch {
            // All or nothing: a document whose outputs cannot all be written leaves none of them.
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
        return written
    }

    /// The file names ``write(_:formats:folder:slug:)`` writes for `formats`, in order.
    public func fileNames(formats: [OutputFormat], slug: String) -> [String] {
        formats.flatMap { format in format.renderers(options: options).map { slug + $0.fileSuffix } }
    }

    /// Streams what `--stdout` prints for `format` to `sink`: its first renderer's output
    /// (the Markdown brief for `brief`).
    public func standardOutput(
        _ document: AnnotatedDocument, format: OutputFormat, to sink: ([UInt8]) throws -> Void
    ) throws {
        guard let renderer = format.renderers(options: options).first else { return }
        try renderer.write(document, to: sink)
    }
}
