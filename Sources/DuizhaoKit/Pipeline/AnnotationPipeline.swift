import DuizhaoCore
import DuizhaoMemory
import DuizhaoText
import Foundation

/// Reads, segments, matches and annotates documents with the standard resources: the one
/// path every command (annotate, batch) takes from a file to an ``AnnotatedDocument``.
///
/// Holds ICU objects: not thread-safe; give each thread its own pipeline over shared
/// ``StandardResources``.
public final class AnnotationPipeline {
    /// The reader (encoding, size limit).
    public let reader: DocumentReader
    private let annotator: Annotator
    private let matcher: TermMatcher
    private let lexicon: LexiconSegmenter?

    /// Creates a pipeline over shared resources; `translation` chooses the English lines'
    /// sources (translation memory, machine translation) besides the gloss; `knownTerms` (the
    /// glossary's headwords and variants when nil) are left out of the new-term candidates.
    public init(
        resources: StandardResources, reader: DocumentReader, useLexicon: Bool = true,
        translation: TranslationPlan? = nil, knownTerms: KnownTerms? = nil
    ) throws {
        self.reader = reader
        // Terms are judged against ICU's words and the dictionary's: a term cut out of a
        // longer dictionary word is not matched.
        matcher = try TermMatcher(
            index: resources.index, lexicon: resources.lexicon.map { LexiconSegmenter(lexicon: $0, options: .glossing) }
        )
        let glosser = resources.dictionary.map { DictionaryGlosser(dictionary: $0) }
        annotator = try Annotator(
            context: AnnotationContext(
                glossary: resources.glossary, matcher: matcher, glosser: glosser,
                translator: try translation?.makeTranslator(),
                resources: resources.resources + (try translation?.resources() ?? []),
                knownTerms: knownTerms ?? resources.knownTerms,
                english: resources.english))
        lexicon = useLexicon ? resources.lexicon.map { LexiconSegmenter(lexicon: $0, options: .glossing) } : nil
    }

    /// Re-segments every sentence's tokens; large documents are split between the cores
    /// (the lexicon is shared and read-only, each sentence is written by one thread).
    package static func resegment(_ sentences: [Sentence], with lexicon: LexiconSegmenter) -> [Sentence] {
        var result = sentences
        let workers = Parallel.workers(items: sentences.count, itemsPerWorker: 2_000)
        if workers <= 1 {
            for index in result.indices { result[index].tokens = lexicon.resegment(result[index].tokens) }
            return result
        }
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            try? Parallel.forEachWorker(workers) { worker in
                var index = worker
                while index < output.count {
                    output[index].tokens = lexicon.resegment(output[index].tokens)
                    index += workers
                }
            }
        }
        return result
    }

    /// The document at `path`, annotated.
    public func annotate(path: String, kind: InputKind? = nil) throws -> AnnotatedDocument {
        try annotate(try reader.read(path: path, kind: kind))
    }

    /// A document already read, annotated: glossary terms are matched against ICU's word
    /// boundaries (which their confidence describes), dictionary words re-segment the rest,
    /// and the terms are overlaid last (glossary terms always win over dictionary words).
    public func annotate(_ document: Document) throws -> AnnotatedDocument {
        try annotateWithCandidates(document).document
    }

    /// ``annotate(_:)``, and the document's new-term candidate list (the one its brief
    /// places), for the batch report.
    package func annotateWithCandidates(
        _ document: Document
    ) throws -> (document: AnnotatedDocument, candidates: TermCandidateList) {
        var resegmented = document
        if let lexicon {
            resegmented.sentences = Self.resegment(document.sentences, with: lexicon)
        }
        // The matcher judges terms with the same lexicon: it takes these words, not making them again.
        let matches = matcher.matches(in: document, words: lexicon == nil ? nil : resegmented.sentences)
        return try annotator.annotate(resegmented, matches: matches, candidatesFrom: document)
    }
}
