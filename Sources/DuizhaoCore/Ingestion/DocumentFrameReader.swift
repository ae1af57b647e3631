import DuizhaoText

/// Reads the frame around a policy document's body, once the page chrome is gone: the title
/// (and copies of it), the front matter under it (subtitle, speaker, document number,
/// addressees) and the closing (issuer, date, release note). These lines stay in the text;
/// the reader gives them paragraph roles and fills the metadata from them.
struct DocumentFrameReader: Sendable {
    /// What the frame reader found.
    struct Frame: Sendable {
        /// Paragraph roles by index into the lines given (lines not listed are body text).
        var roles: [Int: Paragraph.Role] = [:]
        /// Indexes of lines that repeat the title (to be removed).
        var repeatedTitles: [Int] = []
        /// The metadata, with the fields the frame gave.
        var metadata: Metadata
    }

    /// The title is looked for among the first lines only.
    static let titleWindow = 8
    /// Front matter follows the title within this many lines.
    static let frontWindow = 6

    /// Creates a reader.
    init() {}

    /// Reads the frame of `lines` (the document's kept lines), starting from `metadata` (what
    /// the page's head and metadata table gave). `tableTitle` is true when the title came
    /// from a metadata table (then it is never replaced).
    func read(_ lines: [SourceLine], metadata: Metadata, tableTitle: Bool) -> Frame {
        var frame = Frame(metadata: metadata)
        let outline = OutlineParser()
        let window = lines.prefix(Self.titleWindow)
        // The title: the line the metadata names, else the first heading-like line.
        var titleIndex: Int?
        if let title = metadata.title.map({ FormalLines.compact($0) }), !title.isEmpty {
            titleIndex = window.indices.first { FormalLines.compact(lines[$0].text) == title }
            if titleIndex == nil, !tableTitle {
                // A page title with the site's name after it (`…的通知_政策_中国政府网`).
                titleIndex = window.indices.first { index in
                    let line = FormalLines.compact(lines[index].text)
                    return line.count >= 6 && title.hasPrefix(line)
                        && Self.looksLikeTitle(lines[index].text, outline: outline)
                }
            }
        }
        if titleIndex == nil {
            titleIndex = lines.prefix(5).indices.first { Self.looksLikeTitle(lines[$0].text, outline: outline) }
            // Only before the first numbered heading or sentence.
            if let found = titleIndex,
                lines[..<found].contains(where: { outline.marker(in: $0.text) != nil || $0.text.contains("。") })
            {
                titleIndex = nil
            }
        }
        if let titleIndex {
            frame.roles[titleIndex] = .title
            // A reprint's heading `鲁政发〔2014〕20号《……的实施意见》`: the number and the title in brackets.
            let line = lines[titleIndex]
            let (number, bracketed) = Self.numberedTitle(line.text)
            if !tableTitle || frame.metadata.title == nil {
                frame.metadata.replace(.title, bracketed ?? line.text, line: line.line)
            }
            frame.metadata.fill(.documentNumber, number, line: line.line)
            let title = FormalLines.compact(bracketed ?? line.text)
            for index in (titleIndex + 1)..<min(lines.count, titleIndex + 1 + Self.titleWindow)
            where FormalLines.compact(lines[index].text) == title {
                frame.repeatedTitles.append(index)
            }
        } else if !tableTitle, let title = frame.metadata.title {
            // Only the page's head names a title: drop the site's name after it.
            let cleaned = Self.pageTitle(title)
            if cleaned != title { frame.metadata.title = cleaned }
        }

        // A title on several lines, or a shorter copy of it, when front matter follows.
        var index = (titleIndex ?? -1) + 1
        if let titleIndex {
            var runEnd = titleIndex + 1
            while runEnd < min(lines.count, titleIndex + 4), !FormalLines.isFrontMatter(lines[runEnd].text),
                frame.repeatedTitles.contains(runEnd) || Self.looksLikeTitle(lines[runEnd].text, outline: outline)
            { runEnd += 1 }
            if runEnd > titleIndex + 1, runEnd < lines.count, FormalLines.isFrontMatter(lines[runEnd].text) {
                var title = lines[titleIndex].text
                for position in (titleIndex + 1)..<runEnd where !frame.repeatedTitles.contains(position) {
                    if FormalLines.compact(title).contains(FormalLines.compact(lines[position].text)) {
                        frame.repeatedTitles.append(position)
                    } else {
                        frame.roles[position] = .title
                        title += " " + lines[position].text
                    }
                }
                if !tableTitle, frame.roles.values.filter({ $0 == .title }).count > 1 {
                    frame.metadata.replace(.title, title, line: lines[titleIndex].line)
                }
                index = runEnd
            }
        }
        // Front matter: the lines after the title (or from the top), up to the body.
        let frontEnd = min(lines.count, index + Self.frontWindow)
        while index < frontEnd {
            guard !frame.repeatedTitles.contains(index) else { index += 1; continue }
            let line = lines[index]
            if let subtitle = FormalLines.subtitle(line.text) {
                frame.roles[index] = .subtitle
                frame.metadata.fill(.subtitle, subtitle.text, line: line.line)
                frame.metadata.fill(.occasion, subtitle.occasion, line: line.line)
                frame.metadata.fill(.occasionDate, subtitle.date, line: line.line)
            } else if let number = FormalLines.documentNumber(line.text) {
                frame.roles[index] = .documentNumber
                frame.metadata.fill(.documentNumber, number, line: line.line)
            } else if FormalLines.isAddressees(
                line.text, afterNumber: index > 0 && frame.roles[index - 1] == .documentNumber)
            {
                frame.roles[index] = .addressees
                frame.metadata.fill(.addressees, String(line.text.dropLast()).trimmingSpaces(), line: line.line)
                break
            } else if let date = FormalLines.parenthesizedDate(line.text) {
                frame.roles[index] = .subtitle
                frame.metadata.fill(.occasionDate, date, line: line.line)
            } else if let speaker = FormalLines.speaker(line.text), outline.marker(in: line.text) == nil {
                frame.roles[index] = .speaker
                frame.metadata.fill(.speaker, speaker.name, line: line.line)
                frame.metadata.fill(.speakerRole, speaker.role, line: line.line)
            } else if let role = FormalLines.role(line.text), index + 1 < lines.count,
                let name = FormalLines.name(lines[index + 1].text)
            {
                // The role on one line, the name on the next.
                frame.roles[index] = .speaker
                frame.roles[index + 1] = .speaker
                frame.metadata.fill(.speakerRole, role, line: line.line)
                frame.metadata.fill(.speaker, name, line: lines[index + 1].line)
                index += 1
            } else if let name = FormalLines.name(line.text), index > 0,
                frame.roles[index - 1] == .subtitle || line.text.contains(where: { $0 == " " || $0 == "\u{3000}" })
            {
                // A name alone under the subtitle (`习　近　平`).
                frame.roles[index] = .speaker
                frame.metadata.fill(.speaker, name, line: line.line)
            } else if titleIndex != nil || outline.marker(in: line.text) != nil || line.text.count > 40 {
                break
            }
            index += 1
        }

        // The closing: an issuer line directly followed by a date line, and the release note.
        let bodyStart = index
        var closingFound = false
        for position in lines.indices where position >= bodyStart && frame.roles[position] == nil {
            let text = lines[position].text
            if let note = FormalLines.disclosure(text) {
                frame.roles[position] = .note
                frame.metadata.fill(.disclosure, note, line: lines[position].line)
            } else if !closingFound, position > bodyStart, let date = FormalLines.dateLine(text),
                FormalLines.isIssuer(lines[position - 1].text)
            {
                closingFound = true
                frame.roles[position - 1] = .signature
                frame.roles[position] = .signature
                frame.metadata.fill(.issuer, lines[position - 1].text.trimmingSpaces(), line: lines[position - 1].line)
                frame.metadata.fill(.dateWritten, date, line: lines[position].line)
            }
        }
        return frame
    }

    /// A title-like line: short, no sentence stop, some Han, not a numbered heading, a
    /// label, a date, a subtitle or a speaker line.
    static func looksLikeTitle(_ text: String, outline: OutlineParser) -> Bool {
        let han = text.unicodeScalars.filter(\.isHan).count
        // A title in another script (an English document): a few words, no closing stop.
        let foreign = han == 0 && text.filter(\.isLetter).count >= 6 && !text.hasSuffix(".") && !text.hasSuffix(",")
        guard DocumentReader.looksLikeTitle(text), han >= 4 || foreign else { return false }
        if text.hasSuffix("：") || text.hasSuffix(":") { return false }
        return outline.marker(in: text) == nil && FormalLines.subtitle(text) == nil && FormalLines.speaker(text) == nil
            && FormalLines.dateLine(text) == nil && FormalLines.documentNumber(text) == nil
    }

    /// The document number and the bracketed title of a heading such as
    /// `鲁政发〔2014〕20号《山东省人民政府关于……的实施意见》` (nil, nil when it is not one).
    static func numberedTitle(_ text: String) -> (number: String?, title: String?) {
        guard text.hasSuffix("》"), let open = text.firstIndex(of: "《"),
            text[text.index(after: open)...].dropLast().firstIndex(of: "《") == nil
        else { return (nil, nil) }
        let prefix = String(text[..<open]).trimmingSpaces()
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces()
        guard !inner.isEmpty else { return (nil, nil) }
        if prefix.isEmpty { return (nil, inner) }
        guard let number = FormalLines.documentNumber(prefix) else { return (nil, nil) }
        return (number, inner)
    }

    /// A page `<title>` without the site's name after it: the part before `_`, ` - ` or `|`.
    static func pageTitle(_ title: String) -> String {
        var result = Substring(title)
        for separator in ["_", " - ", " | ", "|", "－"] {
            if let range = result.range(of: separator), range.lowerBound > result.startIndex {
                result = result[..<range.lowerBound]
            }
        }
        return String(result).trimmingSpaces()
    }
}
