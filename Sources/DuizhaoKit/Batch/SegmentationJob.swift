import DuizhaoCore
import DuizhaoText
import Foundation

/// The fast batch job (`duizhao batch --segment-only`): reads each document, writes its
/// segmentation (``Document`` as JSON, `document.json`) and proposes new-term candidates.
/// Glossary terms are matched by ``AnnotateJob``, the default job.
public struct SegmentationJob: DocumentJob {
    /// The input encoding, nil to detect.
    public var encoding: String?
    /// The largest input accepted, in bytes.
    public var maxSize: Int
    /// Phrases the glossary knows: reported as known, not as candidates.
    public var known: KnownTerms
    /// Process documents that are not in Chinese too (by default they are skipped and reported).
    public var includeNonChinese = false

    /// Creates the job.
    public init(encoding: String? = nil, maxSize: Int = InputFile.defaultMaxSize, known: KnownTerms = KnownTerms([])) {
        self.encoding = encoding
        self.maxSize = maxSize
        self.known = known
    }

    public var configuration: String {
        "segment v1; encoding=\(encoding ?? "auto"); max-size=\(maxSize); candidates=\(DocumentCandidates.limit); known=\(SHA256.hex(known.phrases.sorted().joined(separator: "\n")))"
            + (includeNonChinese ? "; include-non-chinese" : "")
    }

    public func makeProcessor() throws -> any DocumentProcessor {
        Processor(job: self, reader: try DocumentReader(encoding: encoding, maxSize: maxSize))
    }

    final class Processor: DocumentProcessor {
        let job: SegmentationJob
        let reader: DocumentReader

        init(job: SegmentationJob, reader: DocumentReader) {
            self.job = job
            self.reader = reader
        }

        func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome {
            let document = try reader.read(bytes: input.bytes, path: input.input.url.path, kind: input.input.kind)
            if let skipped = DocumentHeadline.skipping(document, include: job.includeNonChinese) { return skipped }
            try AtomicFile.write(
                Data(JSONWriter.encode(document)), to: outputFolder.appendingPathComponent("document.json").path)
            let candidates = DocumentCandidates.find(in: document, sentences: [], known: job.known).list
            return DocumentOutcome(
                files: ["document.json"], candidates: candidates, headline: DocumentHeadline(document))
        }
    }
}
