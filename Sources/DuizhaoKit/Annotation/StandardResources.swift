import Foundation

extension TermMatcher: TermMatching {}

extension Glossary: TermLookup {}

/// Glosses words with CC-CEDICT's preferred sense: the dictionary layer under the glossary.
///
/// Caches each word's gloss: a document's vocabulary is small next to its length, and a
/// dictionary lookup parses entries. Not thread-safe: one glosser per pipeline.
public final class DictionaryGlosser: WordGlosser {
    /// The dictionary.
    public let dictionary: CEDictionary
    private var cache: [String: String?] = [:]

    /// Creates a glosser.
    public init(dictionary: CEDictionary) { self.dictionary = dictionary }

    /// A new glosser over the same dictionary, with its own cache.
    public func forAnotherThread() -> any WordGlosser { DictionaryGlosser(dictionary: dictionary) }

    public func gloss(_ word: String) -> String? {
        if let cached = cache[word] { return cached }
        let gloss = dictionary.gloss(word).flatMap { found in
            Self.concise(found.sense) ?? found.entry.senses.lazy.filter { SenseRanking.rank(of: $0) <= SenseRanking.weakMeaning }.compactMap(Self.concise).first
        }
        cache[word] = gloss
        return gloss
    }

    /// One short sense from a dictionary sense, or nil when nothing usable is left: the first
    /// alternative, without bracketed notes, pinyin (`[Zhong1 guo2]`), `traditional|simplified`
    /// pairs or Chinese, cut at the first comma when longer than ``SenseTable/maxWords`` words
    /// (a biography or a place description keeps its name: "Xi Jinping (1953-), PRC politician,
    /// …" → "Xi Jinping"). Pointers (`abbr. for …`, `CL:…`) give nil: the word's pinyin says
    /// more than a pointer.
    public static func concise(_ sense: String) -> String? {
        if sense.hasPrefix("CL:") || sense.hasPrefix("abbr. for") || sense.hasPrefix("abbr. of") || sense.hasPrefix("abbr. to") { return nil }
        var result = ""
        var round = 0, square = 0
        for character in sense {
            switch character {
            case "(": round += 1
            case ")": round = max(0, round - 1)
            case "[": square += 1
            case "]": square = max(0, square - 1)
            default: if round == 0 && square == 0 { result.append(character) }
            }
        }
        var text = result.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.split(separator: " ").count > SenseTable.maxWords || text.count > SenseTable.maxCharacters || text.unicodeScalars.contains(where: PinyinTranscriber.isHan) {
            text = text.split(separator: ",", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? text
        }
        if text.split(separator: " ").count > SenseTable.maxWords || text.count > SenseTable.maxCharacters {
            text = text.split(separator: " ").prefix(SenseTable.maxWords).joined(separator: " ")
            while text.count > SenseTable.maxCharacters, let space = text.lastIndex(of: " ") { text = String(text[..<space]) }
        }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:"))
        return text.isEmpty || text.unicodeScalars.contains(where: PinyinTranscriber.isHan) ? nil : text
    }
}

/// The knowledge a pipeline runs with, loaded once and shared by every document (and every
/// worker thread): the glossary with its term index, and the optional CC-CEDICT dictionary.
public struct StandardResources: Sendable {
    /// The merged glossary.
    public let glossary: Glossary
    /// The glossary's term index, built once.
    public let index: TermIndex
    /// The dictionary, when one is installed.
    public let dictionary: CEDictionary?
    /// The dictionary's headwords as a trie, for fast lexicon re-segmentation.
    public let lexicon: TrieLexicon?
    /// The English line's sense and formula tables.
    public let english: EnglishLexicon
    /// The glossary files, dictionary and English-line tables, for the output's provenance.
    public let resources: [ResourceInfo]
    /// The glossary's headwords and variants, which are never candidate terms.
    public let knownTerms: KnownTerms

    /// Builds the index of `glossary` (loaded from `glossaryFiles`, those of the default
    /// `glossaryFolder` named relative to it), the dictionary's lexicon trie unless
    /// `buildLexicon` is false (`--no-lexicon` pays nothing for it), and records provenance.
    public init(
        glossary: Glossary, glossaryFiles: [String], glossaryFolder: String? = nil, dictionary: CEDictionary?, buildLexicon: Bool = true,
        english: EnglishLexicon = .empty
    ) throws {
        self.glossary = glossary
        self.english = english
        self.index = try TermIndex(glossary: glossary)
        self.dictionary = dictionary
        self.lexicon = buildLexicon ? dictionary.map { TrieLexicon(dictionary: $0) } : nil
        knownTerms = KnownTerms(glossary.entries.flatMap { [$0.zh] + $0.variants })
        var resources: [ResourceInfo] = glossaryFiles.map { path in
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) }
            let name = GlossaryLocator.displayName(of: path, folder: glossaryFolder)
            let count = glossary.entries.filter { $0.origin?.file == name }.count
            return ResourceInfo(kind: .glossary, name: name, sha256: bytes.map { SHA256.hex($0) }, entries: count)
        }
        if let dictionary {
            resources.append(ResourceInfo(kind: .dictionary, name: dictionary.path, entries: dictionary.count))
        }
        self.resources = resources + english.resources
    }
}

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
    /// sources (translation memory, machine translation) besides the gloss.
    public init(resources: StandardResources, reader: DocumentReader, useLexicon: Bool = true, translation: TranslationPlan? = nil) throws {
        self.reader = reader
        // Terms are judged against ICU's words and the dictionary's: a term cut out of a
        // longer dictionary word is not matched.
        matcher = try TermMatcher(index: resources.index, lexicon: resources.lexicon.map { LexiconSegmenter(lexicon: $0, options: .glossing) })
        let glosser = resources.dictionary.map { DictionaryGlosser(dictionary: $0) }
        annotator = try Annotator(context: AnnotationContext(
            glossary: resources.glossary, matcher: matcher, glosser: glosser, translator: try translation?.makeTranslator(),
            resources: resources.resources + (try translation?.resources() ?? []), knownTerms: resources.knownTerms,
            english: resources.english))
        lexicon = useLexicon ? resources.lexicon.map { LexiconSegmenter(lexicon: $0, options: .glossing) } : nil
    }

    /// Re-segments every sentence's tokens; large documents are split between the cores
    /// (the lexicon is shared and read-only, each sentence is written by one thread).
    static func resegment(_ sentences: [Sentence], with lexicon: LexiconSegmenter) -> [Sentence] {
        var result = sentences
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, sentences.count / 2_000))
        if workers <= 1 {
            for index in result.indices { result[index].tokens = lexicon.resegment(result[index].tokens) }
            return result
        }
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
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
        var resegmented = document
        let matches = matcher.matches(in: document)
        if let lexicon {
            resegmented.sentences = Self.resegment(document.sentences, with: lexicon)
        }
        return try annotator.annotate(resegmented, matches: matches, candidatesFrom: document)
    }
}
