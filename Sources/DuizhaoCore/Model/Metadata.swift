/// What a document says about itself: title, issuing body, document number, dates, byline,
/// and the occasion and speaker of a speech or report. Every field the reader fills records
/// the input line it came from in ``lines``; dates are ISO 8601 (`2023-03-01`).
///
/// Where each field comes from is listed in `docs/annotated-document.md` (Metadata).
public struct Metadata: Codable, Equatable, Sendable {
    /// The metadata fields, by their JSON names.
    public enum Field: String, Codable, CaseIterable, CodingKeyRepresentable, Sendable {
        case title, subtitle, author, source, editor, date, dateWritten, issuer, documentNumber, indexNumber
        case subjectCategory, keywords, addressees, occasion, occasionDate, speaker, speakerRole, disclosure

        /// The field's storage.
        var keyPath: WritableKeyPath<Metadata, String?> {
            switch self {
            case .title: \.title
            case .subtitle: \.subtitle
            case .author: \.author
            case .source: \.source
            case .editor: \.editor
            case .date: \.date
            case .dateWritten: \.dateWritten
            case .issuer: \.issuer
            case .documentNumber: \.documentNumber
            case .indexNumber: \.indexNumber
            case .subjectCategory: \.subjectCategory
            case .keywords: \.keywords
            case .addressees: \.addressees
            case .occasion: \.occasion
            case .occasionDate: \.occasionDate
            case .speaker: \.speaker
            case .speakerRole: \.speakerRole
            case .disclosure: \.disclosure
            }
        }
    }

    /// The document's title (标题, else the first heading-like line after the page chrome).
    public var title: String?
    /// The subtitle as written, without its leading dashes (`2026年1月25日在……会议上`).
    var subtitle: String?
    /// The author (作者).
    public var author: String?
    /// The publishing source (来源).
    public var source: String?
    /// The responsible editor (责任编辑).
    public var editor: String?
    /// The publication date (发布日期, a byline's 时间), ISO 8601.
    public var date: String?
    /// The date the document was written and signed (成文日期, the closing date), ISO 8601.
    public var dateWritten: String?
    /// The issuing body (发文机关, the closing signature): `国务院`.
    public var issuer: String?
    /// The document number (发文字号): `国发〔2021〕7号`.
    public var documentNumber: String?
    /// The archive index number (索引号): `000014349/2021-00087`.
    var indexNumber: String?
    /// The subject category (主题分类), as written.
    var subjectCategory: String?
    /// The keywords (主题词), as written.
    var keywords: String?
    /// The addressees (主送机关): `各省、自治区、直辖市人民政府，国务院各部委、各直属机构`.
    var addressees: String?
    /// The occasion a speech or report was delivered at, from the subtitle.
    var occasion: String?
    /// The date of that occasion, ISO 8601.
    var occasionDate: String?
    /// The speaker's name, from the speaker line (`××省人民政府省长 王某某` → `王某某`).
    var speaker: String?
    /// The speaker's role, from the speaker line (`××省人民政府省长`).
    var speakerRole: String?
    /// The release note (附注) without its brackets: `此件公开发布`.
    var disclosure: String?
    /// The 1-based input line each field came from (the line of the `<meta>` tag for fields
    /// an HTML page's head gives).
    public var lines: [Field: Int] = [:]

    /// The value of `field`.
    public subscript(field: Field) -> String? {
        self[keyPath: field.keyPath]
    }

    /// Sets `field` to `value` from input line `line` unless it already has a value (the
    /// first source read wins). Empty values are ignored.
    public mutating func fill(_ field: Field, _ value: String?, line: Int) {
        guard self[keyPath: field.keyPath] == nil, let value, !value.isEmpty else { return }
        self[keyPath: field.keyPath] = value
        lines[field] = line
    }

    /// Replaces `field` with `value` from input line `line`.
    public mutating func replace(_ field: Field, _ value: String, line: Int) {
        self[keyPath: field.keyPath] = value
        lines[field] = line
    }

    /// Fills the fields this metadata lacks from `other`, with their lines.
    public mutating func merge(_ other: Metadata) {
        for field in Field.allCases where self[field] == nil {
            if let value = other[field] {
                self[keyPath: field.keyPath] = value
                lines[field] = other.lines[field]
            }
        }
    }

    /// The filled fields in declaration order, with their lines.
    var filledFields: [(field: Field, value: String, line: Int?)] {
        Field.allCases.compactMap { field in self[field].map { (field, $0, lines[field]) } }
    }
}
