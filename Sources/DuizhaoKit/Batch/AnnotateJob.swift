import DuizhaoCore
import DuizhaoFormats
import DuizhaoMemory
import DuizhaoText
import Foundation

/// The batch job of `duizhao batch`: every document annotated as `duizhao annotate` does,
/// in the chosen formats, with its glossary terms counted and new-term candidates proposed.
public struct AnnotateJob: DocumentJob {
    /// The glossary, index and dictionary, loaded once and shared by the workers.
    public var resources: StandardResources
    /// The output formats.
    public var formats: [OutputFormat]
    /// Rendering options (XLIFF version, drafts, inline terms, TMX glosses).
    public var options: RenderOptions
    /// The input encoding, nil to detect.
    public var encoding: String?
    /// The largest input accepted, in bytes.
    public var maxSize: Int
    /// Re-segment words with the dictionary as a lexicon.
    public var useLexicon: Bool
    /// Phrases known besides the glossary (kept out of the candidates, in the brief as in the report).
    public var known: KnownTerms
    /// The English lines' sources besides the gloss (translation memory, machine
    /// translation); nil for glosses only.
    public var translation: TranslationPlan?
    /// Annotate documents that are not in Chinese too (by default they are skipped and reported).
    public var includeNonChinese = false
    /// ``TranslationPlan/configuration()`` read once (it holds the memory's content version),
    /// empty without a plan.
    private var translationConfiguration: String

    /// Creates the job; the glossary's headwords and variants count as known terms.
    public init(
        resources: StandardResources, formats: [OutputFormat], options: RenderOptions = RenderOptions(),
        encoding: String? = nil,
        maxSize: Int = InputFile.defaultMaxSize, useLexicon: Bool = true, known: KnownTerms = KnownTerms([]),
        translation: TranslationPlan? = nil
    ) {
        self.resources = resources
        self.formats = formats
        self.options = options
        self.encoding = encoding
        self.maxSize = maxSize
        self.useLexicon = useLexicon
        self.known = KnownTerms(known.phrases.union(resources.knownTerms.phrases))
        self.translation = translation
        // A memory that cannot be read fails later, when a worker builds its translator.
        translationConfiguration =
            translation.map { (try? $0.configuration()) ?? "unreadable" }.map { "; translation=" + $0 } ?? ""
    }

    /// Everything besides the input and the glossary entries that changes the outputs; the
    /// manifest redoes documents when it changes.
    public var configuration: String {
        let dictionary = resources.dictionary.map { "\($0.path)#\($0.count)" } ?? "none"
        return
            "annotate v1; formats=\(formats.map(\.rawValue).joined(separator: ",")); options=\(options); encoding=\(encoding ?? "auto"); "
            + "max-size=\(maxSize); lexicon=\(useLexicon); dictionary=\(dictionary); candidates=\(DocumentCandidates.limit); "
            + "known=\(SHA256.hex(known.phrases.sorted().joined(separator: "\n"))); english=\(resources.english.fingerprint)\(translationConfiguration)"
            + (includeNonChinese ? "; include-non-chinese" : "")
    }

    public func makeProcessor() throws -> any DocumentProcessor {
        Processor(
            job: self,
            pipeline: try AnnotationPipeline(
                resources: resources, reader: try DocumentReader(encoding: encoding, maxSize: maxSize),
                useLexicon: useLexicon,
                translation: translation, knownTerms: known))
    }

    final class Processor: DocumentProcessor {
        let job: AnnotateJob
        let pipeline: AnnotationPipeline
        let writer: AnnotationWriter

        init(job: AnnotateJob, pipeline: AnnotationPipeline) {
            self.job = job
            self.pipeline = pipeline
            self.writer = AnnotationWriter(options: job.options)
        }

        func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome {
            let document = try pipeline.reader.read(
                bytes: input.bytes, path: input.input.url.path, kind: input.input.kind)
            if let skipped = DocumentHeadline.skipping(document, include: job.includeNonChinese) { return skipped }
            let (annotated, candidates) = try pipeline.annotateWithCandidates(document)
            let slug = DocumentSlug.make(path: input.input.url.path)
            let written = try writer.write(annotated, formats: job.formats, folder: outputFolder.path, slug: slug)
            let terms = annotated.terms.map { TermCount(term: $0.headword, entryID: $0.entryID, count: $0.count) }
            return DocumentOutcome(
                files: written.map { URL(fileURLWithPath: $0).lastPathComponent }, terms: terms, candidates: candidates,
                headline: DocumentHeadline(document))
        }
    }
}
