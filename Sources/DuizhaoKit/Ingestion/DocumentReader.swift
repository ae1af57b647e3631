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
        if bytes.count > maxSize { throw IngestionError.tooLarge(path: path, bytes: bytes.count, limit: maxSize) }
        if bytes.isEmpty { throw IngestionError.empty(path: path) }
        let decoded = try TextDecoder().decode(bytes, path: path, encoding: encoding)
        var lines: [SourceLine]
        var metadata = Metadata()
        switch kind {
        case .text:
            lines = SourceLine.lines(of: decoded.text)
        case .markdown:
            (lines, metadata) = MarkdownTextExtractor().extract(decoded.text)
        case .html:
            (lines, metadata) = HTMLTextExtractor().extract(decoded.text)
        }
        lines = lines.compactMap { line in
            let text = Self.removingControlCharacters(line.text).trimmingSpaces()
            return text.isEmpty ? nil : SourceLine(text, line: line.line)
        }
        if lines.isEmpty { throw IngestionError.empty(path: path) }
        let source = SourceInfo(path: path, kind: kind, encoding: decoded.encoding, sha256: SHA256.hex(bytes), bytes: bytes.count)
        return try assemble(lines: lines, metadata: metadata, source: source)
    }

    private func assemble(lines: [SourceLine], metadata initial: Metadata, source: SourceInfo) throws -> Document {
        var metadata = initial
        var removed: [RemovedText] = []
        var kept: [SourceLine] = []
        let filter = BoilerplateFilter()
        for (position, line) in lines.enumerated() {
            if let kind = filter.classify(line.text, position: position, count: lines.count) {
                removed.append(RemovedText(kind: kind, text: line.text, line: line.line))
                if kind == .byline { metadata.merge(BylineParser.parse(line.text)) }
            } else {
                kept.append(line)
            }
        }
        if kept.isEmpty { throw IngestionError.empty(path: source.path) }

        // The cleaned text and paragraph spans.
        var text = ""
        var paragraphs: [Paragraph] = []
        var offset = 0
        for (index, line) in kept.enumerated() {
            if index > 0 { text += "\n"; offset += 1 }
            let length = line.text.unicodeScalars.count
            paragraphs.append(Paragraph(index: index, role: .body, span: Span(start: offset, end: offset + length), line: line.line, section: nil, enumerations: [], duplicateOf: nil))
            text += line.text
            offset += length
        }

        let outline = OutlineParser()
        var sections: [Section] = []
        var stack: [Int] = []  // indexes into sections
        var counters: [String: Int] = [:]
        var titleFound = false
        for index in paragraphs.indices {
            let line = kept[index].text
            let start = paragraphs[index].span.start
            if let marker = outline.marker(in: line) {
                while let top = stack.last, sections[top].tier.rank >= marker.tier.rank { stack.removeLast() }
                let parent = stack.last.map { sections[$0].id }
                let key = parent ?? ""
                counters[key, default: 0] += 1
                let id = parent.map { "\($0).\(counters[key]!)" } ?? "\(counters[key]!)"
                let scalars = Array(line.unicodeScalars)
                let heading = String(String.UnicodeScalarView(scalars[marker.headingStart..<marker.headingEnd])).trimmingSpaces()
                sections.append(Section(
                    id: id, level: stack.count + 1, tier: marker.tier, numbering: marker.numbering, ordinal: marker.ordinal,
                    heading: heading, headingSpan: Span(start: start + marker.headingStart, end: start + marker.headingEnd),
                    span: Span(start: start, end: start), parent: parent))
                stack.append(sections.count - 1)
                if marker.standalone { paragraphs[index].role = .heading }
            } else if !titleFound, sections.isEmpty, index < 3,
                index == 0 || line == metadata.title, Self.looksLikeTitle(line) {
                paragraphs[index].role = .title
                metadata.title = metadata.title ?? line
                titleFound = true
            }
            paragraphs[index].section = stack.last.map { sections[$0].id }
            paragraphs[index].enumerations = outline.enumerations(in: line).map {
                Enumeration(marker: $0.marker, ordinal: $0.ordinal, span: Span(start: start + $0.start, end: start + $0.end))
            }
        }
        // A section runs to the next section of its rank or above.
        let totalLength = offset
        for index in sections.indices {
            let rank = sections[index].tier.rank
            let next = sections[(index + 1)...].first { $0.tier.rank <= rank }
            let end = next.map { $0.span.start - 1 } ?? totalLength
            sections[index].span = Span(start: sections[index].span.start, end: max(sections[index].span.start, end))
        }
        // Exact duplicate paragraphs are flagged, not dropped.
        var firstSeen: [ExactText: Int] = [:]
        for index in paragraphs.indices where paragraphs[index].role == .body {
            let key = ExactText(kept[index].text)
            guard key.text.utf8.count >= 24 else { continue }
            if let first = firstSeen[key] { paragraphs[index].duplicateOf = first } else { firstSeen[key] = index }
        }

        let sentences = try segmenter.sentences(of: text, paragraphs: paragraphs)
        return Document(source: source, metadata: metadata, text: text, removed: removed, sections: sections, paragraphs: paragraphs, sentences: sentences)
    }

    /// Drops control characters and byte-order marks (tabs become spaces).
    static func removingControlCharacters(_ text: String) -> String {
        // Control characters are C0 bytes, DEL, C1 (C2 80...C2 9F) and the BOM (EF BB BF).
        var needsWork = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) || (beforePrevious == 0xEF && previous == 0xBB && byte == 0xBF) {
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

/// A string compared and hashed by its exact UTF-8 bytes (no Unicode normalization), for
/// fast exact-duplicate detection.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
