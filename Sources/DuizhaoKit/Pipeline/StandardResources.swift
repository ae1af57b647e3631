import DuizhaoCore
import DuizhaoText
import Foundation

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
        glossary: Glossary, glossaryFiles: [String], glossaryFolder: String? = nil, dictionary: CEDictionary?,
        buildLexicon: Bool = true,
        english: EnglishLexicon = .empty
    ) throws {
        self.glossary = glossary
        self.english = english
        self.dictionary = dictionary
        // The dictionary's trie is built while the glossary's index and known terms are.
        let (lexicon, (index, knownTerms)) = try Parallel.both(
            { buildLexicon ? dictionary.map { TrieLexicon(dictionary: $0) } : nil },
            { (try TermIndex(glossary: glossary), KnownTerms(glossary.entries.flatMap { [$0.zh] + $0.variants })) })
        self.lexicon = lexicon
        self.index = index
        self.knownTerms = knownTerms
        var resources: [ResourceInfo] = glossaryFiles.map { path in
            let bytes = try? InputFile.read(path)
            let name = GlossaryLocator.displayName(of: path, folder: glossaryFolder)
            let count = glossary.entries.filter { $0.origin?.file == name }.count
            return ResourceInfo(kind: .glossary, name: name, sha256: bytes.map { SHA256.hex($0) }, entries: count)
        }
        if let dictionary {
            resources.append(
                ResourceInfo(kind: .dictionary, name: ExchangeFileName.name(dictionary.path), entries: dictionary.count)
            )
        }
        self.resources = resources + english.resources
    }
}
