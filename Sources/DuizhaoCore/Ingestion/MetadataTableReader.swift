import DuizhaoText

/// Reads the metadata table that gov.cn-style policy pages put before the article (索引号,
/// 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期, 主题词), whether it arrives as an HTML
/// table (each cell a block: label, value, label, value…) or flattened to text lines
/// (`索 引 号：000014349/2021-00087　主题分类：…`). Labels may have spaces, full-width spaces or
/// `&nbsp;` between their characters.
struct MetadataTableReader: Sendable {
    /// What the table gave: its fields and the indexes (into the lines given) of the lines it took.
    struct Table: Sendable {
        /// The fields read, each with the line it came from.
        var metadata = Metadata()
        /// Indexes of the lines that belong to the table.
        var lineIndexes: [Int] = []
    }

    /// The table labels and the field each fills (nil: a label read and dropped).
    static let labels: [(label: String, field: Metadata.Field?)] = [
        ("索引号", .indexNumber), ("主题分类", .subjectCategory), ("发文机关", .issuer), ("发布机构", .issuer), ("成文日期", .dateWritten),
        ("生成日期", .dateWritten), ("标题", .title), ("名称", .title), ("发文字号", .documentNumber), ("文号", .documentNumber),
        ("发布日期", .date), ("公开日期", .date), ("主题词", .keywords), ("公文种类", nil), ("体裁分类", nil), ("组配分类", nil),
        ("公开方式", nil),
        ("有效性", nil), ("信息分类", .subjectCategory), ("发文机构", .issuer), ("发文日期", .dateWritten), ("印发日期", .dateWritten),
        ("来源", .source), ("内容概述", nil), ("实施日期", nil), ("废止日期", nil), ("联合发文单位", nil),
    ]
    static let dateFields: Set<Metadata.Field> = [.date, .dateWritten]

    /// The table lines are looked for among the first lines of a document only.
    static let searchLines = 40
    /// The first and last characters of the labels.
    static let labelInitials = Set(labels.compactMap(\.label.first))
    static let labelFinals = Set(labels.compactMap(\.label.last))

    /// Creates a reader.
    init() {}

    /// The table in `lines`, or nil when they hold none (fewer than two labels).
    func read(_ lines: [SourceLine]) -> Table? {
        var table = Table()
        var labelsSeen = 0
        // The field whose value is still to come on a following line.
        var pending: (field: Metadata.Field?, line: Int)?
        var started = false
        // The lines above the table: the title there is not a value of the table's last label.
        var above: Set<String> = []
        for (index, line) in lines.prefix(Self.searchLines).enumerated() {
            // A table laid out as a list (`• 索引号:`): the bullets are not part of it.
            let cells = Self.cells(in: String(line.text.drop { "•·▪●◆-* \u{3000}".contains($0) }))
            if cells.isEmpty && !started { above.insert(FormalLines.compact(line.text)) }
            if cells.isEmpty {
                // A value line for the label before it, or the end of the table.
                guard started else { continue }
                guard let open = pending, Self.isValue(line.text, for: open.field, table: table.metadata),
                    !above.contains(FormalLines.compact(line.text))
                else { break }
                Self.store(line.text, field: open.field, line: line.line, into: &table.metadata)
                table.lineIndexes.append(index)
                pending = nil
                continue
            }
            if !started {
                // The table starts at a line that begins with a label.
                guard cells[0].leading.isEmpty else { above.insert(FormalLines.compact(line.text)); continue }
                started = true
            }
            table.lineIndexes.append(index)
            if let open = pending, !cells[0].leading.isEmpty {
                Self.store(cells[0].leading, field: open.field, line: line.line, into: &table.metadata)
            }
            for cell in cells {
                labelsSeen += 1
                if cell.value.isEmpty {
                    pending = (cell.field, line.line)
                } else {
                    Self.store(cell.value, field: cell.field, line: line.line, into: &table.metadata)
                    pending = nil
                }
            }
        }
        return labelsSeen >= 2 ? table : nil
    }

    /// A value line fits a pending label: not a label itself, short, not the title again
    /// (the heading after a table whose last value, often 主题词, is empty).
    static func isValue(_ text: String, for field: Metadata.Field?, table: Metadata) -> Bool {
        if field == .title { return text.count <= 120 }
        if let title = table.title, text.filter({ !$0.isWhitespace }) == title.filter({ !$0.isWhitespace }) {
            return false
        }
        if dateFields.contains(field ?? .title) { return BylineParser.isoDate(in: text) != nil }
        return text.count <= 40 && !text.contains("。")
    }

    static func store(_ value: String, field: Metadata.Field?, line: Int, into metadata: inout Metadata) {
        guard let field else { return }
        let cleaned = value.trimmingSpaces()
        if dateFields.contains(field) {
            metadata.fill(field, BylineParser.isoDate(in: cleaned), line: line)
        } else {
            metadata.fill(field, cleaned, line: line)
        }
    }

    /// The label cells of a line: each label with its value (the text up to the next label),
    /// and the text before the first label.
    static func cells(in text: String) -> [(field: Metadata.Field?, value: String, leading: String)] {
        // A label ends at a colon, a closing bracket or the line's end: most lines can hold
        // none, and are not split into characters.
        guard
            text.contains(where: { $0 == "：" || $0 == ":" || $0 == "】" })
                || text.last(where: { !isSpace($0) }).map(labelFinals.contains) == true
        else { return [] }
        let characters = Array(text)
        var found: [(start: Int, valueStart: Int, field: Metadata.Field?)] = []
        var index = 0
        while index < characters.count {
            // A label starts a line or follows a space, a bracket or a value's last
            // non-Han character; the longer labels may also follow a Han character.
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            let loose = previous.map { isSpace($0) || "【】|｜".contains($0) || !isLabelCharacter($0) } ?? true
            if let (end, field, length) = label(at: index, in: characters), loose || length >= 3 {
                found.append((index, end, field))
                index = end
                continue
            }
            index += 1
        }
        var cells: [(Metadata.Field?, String, String)] = []
        for (position, item) in found.enumerated() {
            let end = position + 1 < found.count ? found[position + 1].start : characters.count
            let value = String(characters[item.valueStart..<end]).trimmingSpaces()
            let leading = position == 0 ? String(characters[..<item.start]).trimmingSpaces() : ""
            cells.append((item.field, value, leading))
        }
        return cells
    }

    /// The label starting at `start` (spaces allowed between its characters, a colon or the
    /// end of the line after it): where its value starts, and its field.
    static func label(at start: Int, in characters: [Character]) -> (Int, Metadata.Field?, Int)? {
        guard labelInitials.contains(characters[start]) else { return nil }
        for (label, field) in labels where characters[start] == label.first {
            var index = start
            var matched = true
            for (offset, wanted) in label.enumerated() {
                if offset > 0 { while index < characters.count, isSpace(characters[index]) { index += 1 } }
                guard index < characters.count, characters[index] == wanted else { matched = false; break }
                index += 1
            }
            guard matched else { continue }
            while index < characters.count, isSpace(characters[index]) { index += 1 }
            if index < characters.count, characters[index] == "：" || characters[index] == ":" {
                index += 1
                if index < characters.count, characters[index] == "】" { index += 1 }
                return (index, field, label.count)
            }
            if index < characters.count, characters[index] == "】" { return (index + 1, field, label.count) }
            if index == characters.count { return (index, field, label.count) }
        }
        return nil
    }

    static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{3000}" || character == "\u{A0}"
    }

    static func isLabelCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.first?.isHan ?? false
    }
}
