import DuizhaoText

/// A document annotated for readers of English: the contract every output format renders
/// from and the `json` format writes as it is (schema `duizhao.annotated/1`, documented in
/// `docs/annotated-document.md`).
///
/// Spans are offsets in Unicode scalars into ``text``, the cleaned text.
public struct AnnotatedDocument: Codable, Equatable, Sendable {
    /// The schema identifier this version writes.
    public static let schemaIdentifier = "duizhao.annotated/1"

    /// The program that wrote a document.
    public struct Generator: Codable, Hashable, Sendable {
        /// The program's name.
        public var name: String = "duizhao"
        /// Its version.
        public var version: String = DuizhaoVersion.current
    }

    /// The schema identifier (`duizhao.annotated/1`).
    public var schema: String = AnnotatedDocument.schemaIdentifier
    /// The program that wrote it.
    public var generator: Generator = Generator()
    /// The unit of every span: `unicode-scalar`.
    public var offsetUnit: String = "unicode-scalar"
    /// Where the document came from: path, SHA-256, detected encoding.
    public var source: SourceInfo
    /// What the document says about itself.
    public var metadata: Metadata
    /// English lines for the metadata.
    public var metadataEnglish: MetadataEnglish
    /// The glossaries and dictionaries the annotation used.
    public var resources: [ResourceInfo]
    /// The cleaned text every span indexes into.
    public var text: String
    /// Page chrome removed from the input.
    public var removed: [RemovedText]
    /// The outline, in document order.
    public var sections: [AnnotatedSection]
    /// The paragraphs.
    public var paragraphs: [Paragraph]
    /// The sentences, annotated.
    public var sentences: [AnnotatedSentence]
    /// The glossary terms found, in order of first occurrence.
    public var terms: [TermSummary]
    /// Phrases that look like policy terms but are not in the glossary, in order of first
    /// occurrence.
    public var candidateTerms: [CandidateTerm]

    /// The metadata fields the document gives, labelled for English readers, with their
    /// English lines where there are any: issuer, document number, dates, addressees, speaker
    /// and occasion, byline, the gov.cn table's index number, category and keywords, and the
    /// release note.
    public var metadataFields: [(label: String, value: String, english: EnglishLine?)] {
        let speaker = [metadata.speakerRole, metadata.speaker].compactMap { $0 }.joined(separator: " ")
        let fields: [(String, String?, EnglishLine?)] = [
            ("Issued by", metadata.issuer, nil),
            ("Document number", metadata.documentNumber, metadataEnglish.documentNumber),
            ("Date written", metadata.dateWritten, nil),
            ("Date published", metadata.date, nil),
            ("Addressed to", metadata.addressees, nil),
            ("Subtitle", metadata.occasion == nil ? metadata.subtitle : nil, nil),
            ("Speaker", speaker.isEmpty ? nil : speaker, nil),
            ("Delivered at", metadata.occasion, nil),
            ("Delivered on", metadata.occasionDate, nil),
            ("Author", metadata.author, metadataEnglish.author),
            ("Published by", metadata.source, metadataEnglish.source),
            ("Editor", metadata.editor, metadataEnglish.editor),
            ("Index number", metadata.indexNumber, nil),
            ("Subject category", metadata.subjectCategory, nil),
            ("Keywords", metadata.keywords, nil),
            ("Release note", metadata.disclosure, nil),
            (
                "Language",
                LanguageDetector.notChineseReason(source.language).map { _ in
                    "\(LanguageDetector.name(of: source.language)) (\(source.language)): not Chinese, not annotated"
                }, nil
            ),
        ]
        return fields.compactMap { label, value, english in value.map { (label, $0, english) } }
    }

    /// The quantities of every sentence, in document order.
    public var quantities: [(sentence: AnnotatedSentence, quantity: Quantity)] {
        sentences.flatMap { sentence in sentence.quantities.map { (sentence, $0) } }
    }
}
