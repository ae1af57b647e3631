import DuizhaoCore
import DuizhaoText
import Foundation

/// Writes entries as TBX: TBX v2 `martif` (`termEntry/langSet/tig`, the default: what CAT
/// tools read, OmegaT and translate-toolkit among them) or TBX-Basic v3 DCA
/// (`conceptEntry/langSec/termSec`, for archives and v3 tools). No DOCTYPE is written, so no
/// reader is asked to fetch a DTD.
///
/// Each entry becomes one concept with its id and:
/// - `descrip type="subjectField"`: the category; `note`: the team's note;
/// - a Simplified Chinese section (`zh-Hans`): the headword (preferred; `termType`
///   `abbreviation` when it has a full form; a `match: strict` note when strict), the full
///   form (`termType fullForm`) and the variants in Simplified script (`termType variant`);
/// - an English section (`en`): the rendering (`preferredTerm-admn-sts`, `admin
///   type="source"` with its source, a `status: …` note with its status) and each
///   alternative (`admittedTerm-admn-sts`; a `status: …` note when its status is its own);
/// - a Traditional section (`zh-Hant`): the variants in Traditional script, or, when there
///   are none, the headword converted by ICU `Hans-Hant`, marked by a note as generated.
///
/// Deprecated renderings differ by version. TBX v3 keeps them as terms marked
/// `deprecatedTerm-admn-sts`, in the order zh-Hans, zh-Hant, en. TBX v2 is read by tools that
/// ignore `administrativeStatus` and offer every English term as an equivalent, and that take
/// the second language section as the target: there the English section comes second, and
/// deprecated alternatives are no terms but one entry note, `Do not use: “One Belt, One
/// Road”; “OBOR”` (which ``TBXReader`` reads back); an entry whose rendering itself is
/// deprecated is left out and reported.
public struct TBXWriter: Sendable {
    /// The TBX flavour.
    public var version: TBXVersion
    /// Whether to add a generated Traditional form for entries that list none.
    public var generateTraditional: Bool
    /// The file description (`sourceDesc`).
    public var title: String

    /// Creates a writer.
    public init(version: TBXVersion = .martif2, generateTraditional: Bool = true, title: String = "duizhao glossary") {
        self.version = version
        self.generateTraditional = generateTraditional
        self.title = title
    }

    /// The TBX document and what had to be changed.
    public func write(_ entries: [GlossaryEntry]) -> GlossaryExport {
        var log = DiagnosticLog()
        let converter = ChineseScriptConverter()
        if generateTraditional && !converter.canConvertToTraditional {
            log.add(Diagnostic(.warning, file: nil, "ICU cannot open Hans-Hant; no Traditional forms are generated"))
        }
        var xml = XMLTextBuilder()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        switch version {
        case .basic3:
            xml.open(
                "tbx", [("type", "TBX-Basic"), ("style", "dca"), ("xml:lang", "en"), ("xmlns", TBXVersion.namespace)])
        case .martif2:
            xml.open("martif", [("type", "TBX-Basic"), ("xml:lang", "en")])
        }
        xml.open(version.header)
        xml.open("fileDesc")
        xml.open("sourceDesc")
        let written = version == .martif2 ? entries.filter { $0.status != .deprecated }.count : entries.count
        xml.element(
            "p",
            text:
                "\(title): \(written) \(written == 1 ? "entry" : "entries"), exported by duizhao \(DuizhaoVersion.current)"
        )
        xml.close("sourceDesc")
        xml.close("fileDesc")
        if version == .martif2 {
            xml.open("encodingDesc")
            xml.element("p", [("type", "XCSURI")], text: "TBXBasicXCSV02.xcs")
            xml.close("encodingDesc")
        }
        xml.close(version.header)
        xml.open("text")
        xml.open("body")
        var usedIDs: Set<String> = []
        for entry in entries {
            if version == .martif2, entry.status == .deprecated {
                log.add(
                    Diagnostic(
                        .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                        "left out of TBX v2: its rendering is deprecated, and tools would offer it as an equivalent (TBX v3 keeps it, marked)"
                    ))
                continue
            }
            xml.replaced = 0
            let id = xmlID(for: entry, used: &usedIDs, log: &log)
            writeEntry(entry, id: id, converter: converter, to: &xml)
            if xml.replaced > 0 {
                log.add(
                    Diagnostic(
                        .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                        "\(xml.replaced) control character(s) that XML cannot hold replaced with U+FFFD"))
            }
        }
        xml.close("body")
        xml.close("text")
        xml.close(version.root)
        return GlossaryExport(text: xml.text, diagnostics: log.diagnostics)
    }

    private func writeEntry(
        _ entry: GlossaryEntry, id: String, converter: ChineseScriptConverter, to xml: inout XMLTextBuilder
    ) {
        xml.open(version.entry, [("id", id)])
        xml.element("descrip", [("type", "subjectField")], text: entry.category)
        if let note = entry.note { xml.element("note", text: note) }
        let avoided = entry.alternatives.filter { ($0.status ?? entry.status) == .deprecated }
        if version == .martif2, !avoided.isEmpty {
            xml.element("note", text: TBXConventions.doNotUseNote(avoided.map(\.text)))
        }

        let traditional = entry.variants.filter(converter.isTraditional)
        let simplified = entry.variants.filter { !converter.isTraditional($0) }

        xml.open(version.language, [("xml:lang", TBXConventions.simplifiedTag)])
        writeTerm(
            entry.zh, type: entry.fullForm == nil ? nil : "abbreviation", status: TBXConventions.preferred,
            notes: entry.match == .strict ? [TBXConventions.strictMatchNote] : [], to: &xml)
        if let fullForm = entry.fullForm { writeTerm(fullForm, type: "fullForm", to: &xml) }
        for variant in simplified { writeTerm(variant, type: "variant", to: &xml) }
        xml.close(version.language)

        // Tools that take the second section as the target must find the English there.
        if version == .martif2 { writeEnglish(entry, to: &xml) }
        if !traditional.isEmpty {
            xml.open(version.language, [("xml:lang", TBXConventions.traditionalTag)])
            for variant in traditional { writeTerm(variant, type: "variant", to: &xml) }
            xml.close(version.language)
        } else if generateTraditional, let generated = converter.traditional(entry.zh) {
            xml.open(version.language, [("xml:lang", TBXConventions.traditionalTag)])
            writeTerm(generated, type: "variant", notes: [TBXConventions.generatedTraditionalNote], to: &xml)
            xml.close(version.language)
        }
        if version == .basic3 { writeEnglish(entry, to: &xml) }
        xml.close(version.entry)
    }

    /// The English section: the rendering and the alternatives (in TBX v2 without the
    /// deprecated ones, which the entry's note names).
    private func writeEnglish(_ entry: GlossaryEntry, to xml: inout XMLTextBuilder) {
        xml.open(version.language, [("xml:lang", TBXConventions.englishTag)])
        writeTerm(
            entry.en, status: TBXConventions.preferred, source: entry.source,
            notes: [TBXConventions.statusPrefix + entry.status.rawValue], to: &xml)
        for alternative in entry.alternatives {
            let deprecated = (alternative.status ?? entry.status) == .deprecated
            if deprecated, version == .martif2 { continue }
            writeTerm(
                alternative.text, status: deprecated ? TBXConventions.deprecated : TBXConventions.admitted,
                notes: alternative.status.map { [TBXConventions.statusPrefix + $0.rawValue] } ?? [], to: &xml)
        }
        xml.close(version.language)
    }

    private func writeTerm(
        _ term: String, type: String? = nil, status: String? = nil, source: String? = nil, notes: [String] = [],
        to xml: inout XMLTextBuilder
    ) {
        xml.open(version.term)
        xml.element("term", text: term)
        if let type { xml.element("termNote", [("type", "termType")], text: type) }
        if let status { xml.element("termNote", [("type", "administrativeStatus")], text: status) }
        if let source { xml.element("admin", [("type", "source")], text: source) }
        for note in notes { xml.element("note", text: note) }
        xml.close(version.term)
    }

    /// An XML ID for the entry: its id when that is one, else the id after `_` (native ids
    /// may start with a digit, XML IDs may not), else a cleaned form; unique in the document.
    private func xmlID(for entry: GlossaryEntry, used: inout Set<String>, log: inout DiagnosticLog) -> String {
        var id = entry.id
        if !Self.isNCName(id) {
            if Self.isNCName("_" + id) {
                id = "_" + id
            } else {
                let slug = EntryIDGenerator.slug(id)
                id = "_" + (slug.isEmpty ? "entry" : slug)
                log.add(
                    Diagnostic(
                        .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                        "id cannot be an XML ID; written as '\(id)'"))
            }
        }
        if used.contains(id) {
            var counter = 2
            while used.contains("\(id)-\(counter)") { counter += 1 }
            log.add(
                Diagnostic(
                    .warning, file: entry.origin?.file, line: entry.origin?.line, entryID: entry.id,
                    "id repeats an earlier entry's; written as '\(id)-\(counter)'"))
            id = "\(id)-\(counter)"
        }
        used.insert(id)
        return id
    }

    /// True for a name that is an XML NCName (letters or `_` first; then letters, digits,
    /// `-`, `.`, `_`); non-ASCII letters are accepted.
    static func isNCName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || (scalar.value > 0x7F && scalar.properties.isAlphabetic)
        }
        guard isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            isLetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
                || ($0.value > 0x7F && $0.properties.numericType != nil)
        }
    }
}
