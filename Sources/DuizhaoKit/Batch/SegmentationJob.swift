import Foundation

/// A batch job that reads each document and writes its segmentation (``Document`` as JSON,
/// `document.json`), counts the glossary's headwords and variants by exact search (a
/// stand-in until the glossary matcher is wired; written to `terms.json` when a glossary is
/// given), and proposes new-term candidates.
public struct SegmentationJob: DocumentJob {
    /// The input encoding, nil to detect.
    public var encoding: String?
    /// The largest input accepted, in bytes.
    public var maxSize: Int
    /// Glossary entries to count.
    public var glossary: [GlossaryEntry]
    /// New-term candidates kept per document.
    public var candidateLimit: Int
    /// Phrases the glossary knows: reported as known, not as candidates.
    public var known: KnownTerms

    /// Creates the job.
    public init(encoding: String? = nil, maxSize: Int = InputFile.defaultMaxSize, glossary: [GlossaryEntry] = [], candidateLimit: Int = 12, known: KnownTerms = KnownTerms([])) {
        self.encoding = encoding
        self.maxSize = maxSize
        self.glossary = glossary
        self.candidateLimit = candidateLimit
        self.known = KnownTerms(known.phrases.union(glossary.flatMap { [$0.zh] + $0.variants }))
    }

    public var configuration: String {
        "segment v1; encoding=\(encoding ?? "auto"); max-size=\(maxSize); candidates=\(candidateLimit); known=\(SHA256.hex(known.phrases.sorted().joined(separator: "\n")))"
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
            try AtomicFile.write(try JSONOutput.data(document), to: outputFolder.appendingPathComponent("document.json").path)
            var files = ["document.json"]
            let terms = Self.count(job.glossary, in: document.text)
            if !job.glossary.isEmpty {
                let rows = terms.map { count -> TermRow in
                    let entry = job.glossary.first { $0.id == count.entryID }
                    return TermRow(id: count.entryID ?? "", zh: count.term, en: entry?.en ?? "", source: entry?.source ?? "", count: count.count)
                }
                try AtomicFile.write(try JSONOutput.data(rows), to: outputFolder.appendingPathComponent("terms.json").path)
                files.append("terms.json")
            }
            var finder = TermCandidateFinder()
            finder.add(document)
            let candidates = finder.result(limit: job.candidateLimit, isKnown: job.known.contains)
            return DocumentOutcome(files: files, terms: terms, candidates: candidates)
        }

        struct TermRow: Codable {
            var id: String
            var zh: String
            var en: String
            var source: String
            var count: Int
        }

        /// Occurrences of each entry's headword and variants (non-overlapping per form).
        static func count(_ glossary: [GlossaryEntry], in text: String) -> [TermCount] {
            let scalars = ScalarSearch(text)
            var result: [TermCount] = []
            for entry in glossary {
                let total = Set([entry.zh] + entry.variants).reduce(0) { $0 + scalars.occurrences(of: $1) }
                if total > 0 { result.append(TermCount(term: entry.zh, entryID: entry.id, count: total)) }
            }
            return result.sorted { ($0.entryID ?? "") < ($1.entryID ?? "") }
        }
    }
}
