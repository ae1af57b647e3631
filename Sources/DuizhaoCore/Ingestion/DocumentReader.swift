import DuizhaoText
import Foundation

/// Reads a policy document from a file into a ``Document``: decodes it, extracts the text
/// of its kind, removes page chrome, reads metadata, finds the outline and duplicate
/// paragraphs, and segments sentences and words with ICU.
///
/// Holds ICU iterators: not thread-safe; give each thread its own reader.
public final class DocumentReader {
    /// An explicit encoding that overrides detection.
    public var encoding: String?
    /// The largest input accepted, in bytes.
    public var maxSize: Int
    private let segmenter: Segmenter

    /// Creates a reader.
    public init(encoding: String? = nil, maxSize: Int = InputFile.defaultMaxSize) throws {
        self.encoding = encoding
        self.maxSize = maxSize
        self.segmenter = try Segmenter()
    }

    /// Reads the document at `path` (`-` for standard input); `kind` overrides the kind the
    /// file name implies.
    public func read(path: String, kind: InputKind? = nil) throws -> Document {
        let bytes = try InputFile.read(path, maxSize: maxSize)
        return try read(bytes: bytes, path: path, kind: kind ?? InputKind(path: path))
    }

    /// Reads a document from bytes; `path` names it in errors and in the result.
    public func read(bytes: [UInt8], path: String, kind: InputKind) throws -> Document {
        var (document, split) = try read(bytes: bytes, path: path, kind: kind, outline: true)
        try segmenter.findWords(in: &split)
        document.sentences = split.sentences
        return document
    }

    /// Reads the document at `path` (`-` for standard input) for a caller that finds its words
    /// a run of sentences at a time (`segment`, so that a long document's tokens are never all
    /// in memory): its sentences come without tokens, with the text prepared for finding
    /// them. With `outline` off the paragraphs get no sections, enumerations or duplicates and
    /// the document no sections or definitions, for a caller that uses only the sentences.
    package func readWithoutWords(path: String, kind: InputKind? = nil, outline: Bool = true) throws -> DocumentWords {
        let bytes = try InputFile.read(path, maxSize: maxSize)
        return try readWithoutWords(bytes: bytes, path: path, kind: kind ?? InputKind(path: path), outline: outline)
    }

    /// ``readWithoutWords(path:kind:outline:)`` from bytes; `path` names the document.
    package func readWithoutWords(
        bytes: [UInt8], path: String, kind: InputKind, outline: Bool = true
    ) throws -> DocumentWords {
        let (document, split) = try read(bytes: bytes, path: path, kind: kind, outline: outline)
        return DocumentWords(document: document, utf16: split.utf16, ranges: split.ranges)
    }

    /// A document read without its words, and its text split into sentences.
    private typealias Read = (document: Document, split: Segmenter.SplitText)

    /// The document without its words (its sentences are the split's, without tokens), and
    /// its text split into sentences.
    private func read(bytes: [UInt8], path: String, kind: InputKind, outline: Bool) throws -> Read {
        if bytes.count > maxSize { throw IngestionError.tooLarge(path: path, bytes: bytes.count, limit: maxSize) }
        if bytes.isEmpty { throw IngestionError.empty(path: path) }
        // The digest is taken on another core while the text is decoded and split into lines.
        let encoding = self.encoding
        let (sha256, (decoded, extracted, metadata)) = try Parallel.both(
            { SHA256.hex(bytes) },
            { () throws -> (DecodedText, [SourceLine], Metadata) in
                let decoded = try TextDecoder().decode(bytes, path: path, encoding: encoding)
                let (lines, metadata) = Self.lines(of: decoded.text, kind: kind)
                return (decoded, lines, metadata)
            })
        let lines = Self.cleaned(extracted)
        if lines.isEmpty { throw IngestionError.empty(path: path) }
        let source = SourceInfo(
            path: path, kind: kind, encoding: decoded.encoding, sha256: sha256, bytes: bytes.count,
            language: "und")
        return try assemble(lines: lines, metadata: metadata, source: source, outline: outline)
    }

    /// The text's lines and the metadata its kind carries (a page's head, a Markdown front
    /// matter).
    static func lines(of text: String, kind: InputKind) -> ([SourceLine], Metadata) {
        let lines: [SourceLine]
        var metadata = Metadata()
        switch kind {
        case .text:
            lines = SourceLine.lines(of: text)
        case .markdown:
            (lines, metadata) = MarkdownTextExtractor().extract(text)
        case .html:
            (lines, metadata) = HTMLTextExtractor().extract(text)
        }
        return (lines, metadata)
    }

    /// The non-empty lines, without control characters and outer spaces: each cleaned on
    /// its own, a long input's on every core.
    static func cleaned(_ lines: [SourceLine]) -> [SourceLine] {
        Parallel.map(lines.indices, itemsPerWorker: linesPerWorker) { index -> SourceLine? in
            let text = removingControlCharacters(lines[index].text).trimmingSpaces()
            return text.isEmpty ? nil : SourceLine(text, line: lines[index].line)
        }.compactMap { $0 }
    }

    private func assemble(
        lines: [SourceLine], metadata initial: Metadata, source initialSource: SourceInfo, outline findsOutline: Bool
    ) throws -> Read {
        var removed: [RemovedText] = []
        var kept: [SourceLine] = []
        // The metadata table (gov.cn style) comes first: its fields win over the page head's.
        let table = MetadataTableReader().read(lines)
        var metadata = table?.metadata ?? Metadata()
        let tableTitle = metadata.title != nil
        metadata.merge(initial)
        let tableLines = Set(table?.lineIndexes ?? [])
        let chrome = Self.chromeKinds(of: lines)
        var inRelatedList = false
        for (position, line) in lines.enumerated() {
            var kind = tableLines.contains(position) ? .metadataTable : chrome[position]
            // The article titles a related-reports tail lists.
            if kind == nil, inRelatedList, BoilerplateFilter.isListedTitle(line.text) { kind = .related }
            if kind != .related { inRelatedList = false }
            if let kind {
                if kind == .related { inRelatedList = true }
                removed.append(RemovedText(kind: kind, text: line.text, line: line.line))
                if kind == .byline { metadata.merge(BylineParser.parse(line.text, line: line.line)) }
            } else {
                kept.append(line)
            }
        }
        if kept.isEmpty {
            var kinds: [String] = []
            for kind in removed.map(\.kind.rawValue) where !kinds.contains(kind) { kinds.append(kind) }
            throw IngestionError.onlyChrome(path: initialSource.path, kinds: kinds)
        }

        // Title, front matter and closing; copies of the title are removed.
        let frame = DocumentFrameReader().read(kept, metadata: metadata, tableTitle: tableTitle)
        metadata = frame.metadata
        var roles = frame.roles
        if !frame.repeatedTitles.isEmpty {
            let repeated = Set(frame.repeatedTitles)
            for index in frame.repeatedTitles {
                removed.append(RemovedText(kind: .repeatedTitle, text: kept[index].text, line: kept[index].line))
            }
            var remaining: [SourceLine] = []
            var remainingRoles: [Int: Paragraph.Role] = [:]
            for (index, line) in kept.enumerated() where !repeated.contains(index) {
                if let role = roles[index] { remainingRoles[remaining.count] = role }
                remaining.append(line)
            }
            kept = remaining
            roles = remainingRoles
        }
        removed.sort { $0.line < $1.line }

        // The cleaned text and paragraph spans.
        var text = ""
        text.reserveCapacity(kept.reduce(kept.count) { $0 + $1.text.utf8.count })
        var paragraphs: [Paragraph] = []
        var offset = 0
        let lines = kept
        let lengths = Parallel.map(lines.indices, itemsPerWorker: Self.linesPerWorker) {
            lines[$0].text.scalarCount
        }
        for (index, line) in kept.enumerated() {
            if index > 0 { text += "\n"; offset += 1 }
            let length = lengths[index]
            paragraphs.append(
                Paragraph(
                    index: index, role: roles[index] ?? .body, span: TextSpan(start: offset, end: offset + length),
                    line: line.line, section: nil, enumerations: [], duplicateOf: nil))
            text += line.text
            offset += length
        }

        // The sentences are split, and the outline tests made, each line on every core; then
        // the outline is assembled on one core while the language is told on the other.
        let split = try segmenter.split(text, paragraphs: paragraphs)
        let outlineParser = OutlineParser()
        let lineOutlines =
            findsOutline
            ? Self.lineOutlines(
                of: lines, paragraphs: paragraphs, titleIndex: paragraphs.firstIndex { $0.role == .title },
                outline: outlineParser) : []
        let (spans, length) = (paragraphs, offset)
        let cleaned = text
        let ((outlined, sections, definitions), language) = try Parallel.both(
            { () -> ([Paragraph], [Section], [DocumentDefinition]) in
                var outlined = spans
                guard findsOutline else { return (outlined, [], []) }
                let (sections, definitions) = DocumentReader.outline(
                    of: lines, paragraphs: &outlined, lineOutlines: lineOutlines, parser: outlineParser, length: length)
                return (outlined, sections, definitions)
            }, { LanguageDetector().language(of: cleaned) })
        var source = initialSource
        source.language = language
        let document = Document(
            source: source, metadata: metadata, text: text, removed: removed, sections: sections,
            paragraphs: outlined, sentences: split.sentences,
            definitions: definitions)
        return (document, split)
    }

    /// The outline of the kept lines: the sections and their spans, the definitions an
    /// appendix of terms gives, and each paragraph's section, enumerations and duplicate.
    private static func outline(
        of kept: [SourceLine], paragraphs: inout [Paragraph], lineOutlines: [LineOutline],
        parser outline: OutlineParser,
        length totalLength: Int
    ) -> (sections: [Section], definitions: [DocumentDefinition]) {
        let definitionReader = DefinitionReader()
        let titleIndex = paragraphs.firstIndex { $0.role == .title }
        var sections: [Section] = []
        var definitions: [DocumentDefinition] = []
        var stack: [Int] = []  // indexes into sections
        var counters: [String: Int] = [:]
        var inDefinitions = false
        var appendixAwaitsHeading: Int?  // an appendix (附件2) whose heading (名词解释) may be the next line
        for index in paragraphs.indices where paragraphs[index].role == .body || paragraphs[index].role == .heading {
            let line = kept[index].text
            let start = paragraphs[index].span.start
            let appendix = lineOutlines[index].appendix
            if let pending = appendixAwaitsHeading, appendix.map({ $0.numbering.isEmpty }) ?? true,
                lineOutlines[index].marker == nil,
                DocumentFrameReader.looksLikeTitle(line, outline: outline)
                    || DefinitionReader.isDefinitionsHeading(line)
            {
                // `附件2` on one line, `名词解释` on the next: the second is the appendix's heading.
                sections[pending].heading = line
                sections[pending].headingSpan = TextSpan(start: start, end: start + line.unicodeScalars.count)
                paragraphs[index].role = .heading
                paragraphs[index].section = sections[pending].id
                inDefinitions = DefinitionReader.isDefinitionsHeading(line)
                appendixAwaitsHeading = nil
                continue
            }
            appendixAwaitsHeading = nil
            if let marker = appendix ?? lineOutlines[index].marker {
                if marker.tier == .appendix { stack.removeAll() }
                while let top = stack.last, sections[top].tier.rank >= marker.tier.rank { stack.removeLast() }
                let parent = stack.last.map { sections[$0].id }
                let key = parent ?? ""
                counters[key, default: 0] += 1
                let id = parent.map { "\($0).\(counters[key]!)" } ?? "\(counters[key]!)"
                let scalars = Array(line.unicodeScalars)
                var heading = String(scalars: scalars[marker.headingStart..<marker.headingEnd])
                    .trimmingSpaces()
                var headingSpan = TextSpan(start: start + marker.headingStart, end: start + marker.headingEnd)
                let role: Section.Role? =
                    marker.tier == .appendix ? .appendix : parent.flatMap { id in sections.first { $0.id == id }?.role }
                if marker.tier == .appendix {
                    inDefinitions = DefinitionReader.isDefinitionsHeading(heading)
                    if heading.isEmpty { appendixAwaitsHeading = sections.count }
                } else if inDefinitions, let entry = definitionReader.entry(in: line, marker: marker) {
                    // A numbered definition: the heading is its term; the number stays.
                    definitions.append(
                        DocumentDefinition(
                            term: entry.term, definition: entry.definition, line: kept[index].line, kind: .appendix))
                    heading = entry.term
                    headingSpan = TextSpan(start: start + entry.termStart, end: start + entry.termEnd)
                }
                sections.append(
                    Section(
                        id: id, level: stack.count + 1, tier: marker.tier, role: role, numbering: marker.numbering,
                        ordinal: marker.ordinal,
                        heading: heading, headingSpan: headingSpan, span: TextSpan(start: start, end: start),
                        parent: parent))
                stack.append(sections.count - 1)
                if marker.standalone { paragraphs[index].role = .heading }
            } else if inDefinitions, let entry = definitionReader.entry(in: line, marker: nil) {
                definitions.append(
                    DocumentDefinition(
                        term: entry.term, definition: entry.definition, line: kept[index].line, kind: .appendix))
            }
            paragraphs[index].section = stack.last.map { sections[$0].id }
            paragraphs[index].enumerations = lineOutlines[index].enumerations.map {
                Enumeration(
                    marker: $0.marker, ordinal: $0.ordinal, span: TextSpan(start: start + $0.start, end: start + $0.end)
                )
            }
        }
        // Paragraphs of the frame inside a section (a closing after the body) belong to it.
        var current: String?
        for index in paragraphs.indices {
            if paragraphs[index].role == .body || paragraphs[index].role == .heading {
                current = paragraphs[index].section
            } else if paragraphs[index].role != .title, index > (titleIndex ?? -1) {
                paragraphs[index].section = paragraphs[index].section ?? current
            }
        }
        // A section runs to the next section of its rank or above (an appendix ends every section).
        for index in sections.indices {
            let rank = sections[index].tier.rank
            let next = sections[(index + 1)...].first { $0.tier.rank <= rank || $0.tier == .appendix }
            let end = next.map { $0.span.start - 1 } ?? totalLength
            sections[index].span = TextSpan(
                start: sections[index].span.start, end: max(sections[index].span.start, end))
        }
        // Exact duplicate paragraphs are flagged, not dropped.
        var firstSeen: [ExactString: Int] = [:]
        for index in paragraphs.indices where paragraphs[index].role == .body {
            let key = ExactString(kept[index].text)
            guard key.string.utf8.count >= 24 else { continue }
            if let first = firstSeen[key] { paragraphs[index].duplicateOf = first } else { firstSeen[key] = index }
        }

        return (sections, definitions)
    }

    /// Lines a long input holds per worker in the per-line passes below.
    static let linesPerWorker = 2_048

    /// The chrome kind of every line (nil for text). Each is a function of the line, its
    /// position and the line count alone, so a long input is classified on every core.
    static func chromeKinds(of lines: [SourceLine]) -> [RemovedText.Kind?] {
        let filter = BoilerplateFilter()
        return Parallel.map(lines.indices, itemsPerWorker: linesPerWorker) {
            filter.classify(lines[$0].text, position: $0, count: lines.count)
        }
    }

    /// What the outline parser finds on one body or heading line.
    struct LineOutline: Sendable {
        /// The appendix heading the line is (only after the title and some text).
        var appendix: OutlineMarker?
        /// The section numbering the line opens with.
        var marker: OutlineMarker?
        /// The enumeration items (一是…) in it.
        var enumerations: [(marker: String, ordinal: Int, start: Int, end: Int)] = []
    }

    /// The outline tests of every body and heading line, each a function of the line alone: a
    /// long document's are made on every core, and the outline is then assembled in order.
    static func lineOutlines(
        of lines: [SourceLine], paragraphs: [Paragraph], titleIndex: Int?, outline: OutlineParser
    ) -> [LineOutline] {
        Parallel.map(paragraphs.indices, itemsPerWorker: linesPerWorker) { index -> LineOutline in
            guard paragraphs[index].role == .body || paragraphs[index].role == .heading else { return LineOutline() }
            let line = lines[index].text
            // Appendices start after the title and some text.
            return LineOutline(
                appendix: index > (titleIndex ?? -1) + 1 ? outline.appendixMarker(in: line) : nil,
                marker: outline.marker(in: line), enumerations: outline.enumerations(in: line))
        }
    }

    /// Drops control characters and byte-order marks (tabs become spaces).
    static func removingControlCharacters(_ text: String) -> String {
        // Control characters are C0 bytes, DEL, C1 (C2 80...C2 9F) and the BOM (EF BB BF).
        var needsWork = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0)
                || (beforePrevious == 0xEF && previous == 0xBB && byte == 0xBF)
            {
                needsWork = true
                break
            }
            beforePrevious = previous
            previous = byte
        }
        guard needsWork else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" { scalars.append(" "); continue }
            if scalar.properties.generalCategory == .control || scalar == "\u{FEFF}" { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func looksLikeTitle(_ line: String) -> Bool {
        line.count <= 60 && !line.contains(where: { "。！？；".contains($0) })
    }
}
