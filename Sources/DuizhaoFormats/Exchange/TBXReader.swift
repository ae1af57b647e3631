import DuizhaoCore
import DuizhaoText
import Foundation

/// Reads TBX into entries: TBX v3 (`tbx > … > conceptEntry > langSec > termSec`, with or
/// without the ISO namespace) and TBX v2 (`martif > … > termEntry > langSet > tig`, or
/// `ntig > termGrp`). Simplified Chinese sections give the headword (the preferred term,
/// else the first that is not a variant or full form), the full form and variants;
/// Traditional sections give variants (a generated form that ``TBXWriter`` marked is
/// dropped, being derivable); English sections give the rendering (the preferred term, else
/// the first not deprecated) and alternatives. Status and source come only from what the
/// file says (``TBXConventions``); otherwise `proposed` and `imported from <file>`.
/// Everything else is reported once per kind, at its first line.
public struct TBXReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the TBX document `data`; `file` names it in origins and diagnostics.
    public func read(_ data: Data, file: String, defaultSource: String? = nil) throws -> GlossaryImportResult {
        let root = try XMLNode.parse(data, file: file)
        guard root.name == "tbx" || root.name == "martif" else {
            throw GlossaryExchangeError.notTBX(path: file, root: root.name)
        }
        var context = Context(assembler: ImportAssembler(file: file, defaultSource: defaultSource))
        var entryNodes: [XMLNode] = []
        collectEntries(root, into: &entryNodes)
        if entryNodes.isEmpty {
            context.assembler.report("no conceptEntry or termEntry found", line: root.line)
        }
        for node in entryNodes {
            readEntry(node, context: &context)
        }
        return context.assembler.result(format: .tbx)
    }

    /// Mutable state of one read.
    private struct Context {
        var assembler: ImportAssembler
        let converter = ChineseScriptConverter()

        mutating func unmapped(_ what: String, line: Int) {
            assembler.report("\(what) not mapped; left out", line: line, key: "unmapped \(what)")
        }
    }

    /// A term with what its term section says about it.
    private struct Term {
        var text: String
        var line: Int
        var administrativeStatus: String?
        var termType: String?
        var source: String?
        var status: GlossaryEntry.Status?
        var strict = false
        var generated = false
        var notes: [String] = []
    }

    private func collectEntries(_ node: XMLNode, into entries: inout [XMLNode]) {
        for child in node.children {
            if child.name == "conceptEntry" || child.name == "termEntry" {
                entries.append(child)
            } else {
                collectEntries(child, into: &entries)
            }
        }
    }

    private func readEntry(_ node: XMLNode, context: inout Context) {
        var simplified: [Term] = []
        var traditional: [Term] = []
        var english: [Term] = []
        var notes: [String] = []
        var category: String?
        var entrySource: String?
        var englishSource: String?
        var entryStatus: GlossaryEntry.Status?

        for child in node.children {
            switch child.name {
            case "langSec", "langSet":
                let tag = child.attributes["xml:lang"] ?? child.attributes["lang"] ?? ""
                let language = TBXConventions.language(tag)
                if case .other(let other) = language {
                    context.unmapped("<\(child.name) xml:lang=\"\(other)\">", line: child.line)
                    continue
                }
                var terms: [Term] = []
                var sectionSource: String?
                for part in child.children {
                    switch part.name {
                    case "termSec", "tig", "ntig":
                        if let term = readTerm(part, context: &context) { terms.append(term) }
                    default:
                        readAuxiliary(
                            part, notes: &notes, source: &sectionSource, status: &entryStatus, context: &context)
                    }
                }
                switch language {
                case .simplified: simplified += terms
                case .traditional: traditional += terms
                case .english:
                    english += terms
                    if englishSource == nil { englishSource = sectionSource }
                case .other: break
                }
            case "descrip" where child.type == "subjectField":
                if category == nil { category = child.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            default:
                readAuxiliary(child, notes: &notes, source: &entrySource, status: &entryStatus, context: &context)
            }
        }

        var draft = EntryDraft(line: node.line)
        draft.id = node.attributes["id"]
        draft.category = category

        // Chinese: the headword, full form and variants.
        let headwordIndex =
            simplified.firstIndex { $0.administrativeStatus == TBXConventions.preferred }
            ?? simplified.firstIndex { !["variant", "fullForm", "shortForm"].contains($0.termType ?? "") }
            ?? (simplified.isEmpty ? nil : 0)
        var variants: [String] = traditional.filter { !$0.generated }.map(\.text)
        if let headwordIndex {
            let headword = simplified[headwordIndex]
            draft.zh = headword.text
            draft.match = headword.strict ? .strict : .normal
            for (index, term) in simplified.enumerated() where index != headwordIndex {
                if term.termType == "fullForm", draft.fullForm == nil {
                    draft.fullForm = term.text
                } else {
                    variants.append(term.text)
                }
            }
        } else if let first = traditional.first {
            let converted = context.converter.simplified(first.text) ?? first.text
            draft.zh = converted
            context.assembler.report(
                "no Simplified Chinese term; headword '\(converted)' converted from Traditional '\(first.text)' by ICU Hant-Hans",
                line: node.line, entryID: draft.id)
        }
        draft.variants = variants

        // English: the rendering and alternatives.
        let renderingIndex =
            english.firstIndex { $0.administrativeStatus == TBXConventions.preferred }
            ?? english.firstIndex {
                ![TBXConventions.deprecated, TBXConventions.superseded].contains($0.administrativeStatus ?? "")
            }
        if let renderingIndex {
            let rendering = english[renderingIndex]
            draft.en = rendering.text
            draft.status = rendering.status ?? entryStatus
            draft.source = rendering.source ?? englishSource ?? entrySource
            let status = draft.status ?? .proposed
            for (index, term) in english.enumerated() where index != renderingIndex {
                var alternativeStatus = term.status
                let deprecated = [TBXConventions.deprecated, TBXConventions.superseded].contains(
                    term.administrativeStatus ?? "")
                if alternativeStatus == nil, deprecated, status != .deprecated { alternativeStatus = .deprecated }
                draft.alternatives.append(GlossaryEntry.Alternative(term.text, status: alternativeStatus))
            }
        } else {
            draft.status = entryStatus
            draft.source = englishSource ?? entrySource
            if !english.isEmpty {
                context.assembler.report(
                    "every English term is deprecated; no rendering to use", line: node.line, entryID: draft.id)
            }
        }

        // TBX v2 as duizhao writes it names deprecated renderings in a note, not as terms.
        var entryNotes: [String] = []
        for note in notes {
            if let avoided = TBXConventions.renderings(inDoNotUseNote: note) {
                let inherited = draft.status == .deprecated
                draft.alternatives += avoided.map {
                    GlossaryEntry.Alternative($0, status: inherited ? nil : .deprecated)
                }
            } else {
                entryNotes.append(note)
            }
        }

        // Notes: the entry's own and those of any term, once each, in document order.
        var seen: Set<String> = []
        let allNotes = entryNotes + (simplified + traditional + english).flatMap(\.notes)
        draft.note = allNotes.filter { seen.insert($0).inserted }.joined(separator: " ")
        context.assembler.add(draft)
    }

    /// Reads a `termSec`, `tig` or `ntig` (whose `termGrp` holds the term and term notes).
    private func readTerm(_ node: XMLNode, context: inout Context) -> Term? {
        var parts: [XMLNode] = []
        for child in node.children {
            if child.name == "termGrp" { parts += child.children } else { parts.append(child) }
        }
        guard let termNode = parts.first(where: { $0.name == "term" }) else {
            context.unmapped("<\(node.name)> without <term>", line: node.line)
            return nil
        }
        var term = Term(text: termNode.text.trimmingCharacters(in: .whitespacesAndNewlines), line: termNode.line)
        var status: GlossaryEntry.Status?
        var notes: [String] = []
        for part in parts where part.name != "term" {
            switch part.name {
            case "termNote", "termNoteGrp":
                for note in part.name == "termNote" ? [part] : part.children.filter({ $0.name == "termNote" }) {
                    let value = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    switch note.type {
                    case "administrativeStatus": term.administrativeStatus = value
                    case "termType": term.termType = value
                    default: context.unmapped("<termNote type=\"\(note.type ?? "")\">", line: note.line)
                    }
                }
            default:
                readAuxiliary(part, notes: &notes, source: &term.source, status: &status, context: &context)
            }
        }
        term.status = status
        for note in notes {
            if note == TBXConventions.strictMatchNote {
                term.strict = true
            } else if note == TBXConventions.generatedTraditionalNote {
                term.generated = true
            } else {
                term.notes.append(note)
            }
        }
        return term
    }

    /// Reads notes, definitions, sources and groups of them at any level; reports the rest.
    private func readAuxiliary(
        _ node: XMLNode, notes: inout [String], source: inout String?, status: inout GlossaryEntry.Status?,
        context: inout Context
    ) {
        let value = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch (node.name, node.type) {
        case ("note", _):
            if let known = TBXConventions.status(inNote: value) {
                status = known
            } else if !value.isEmpty {
                notes.append(value)
            }
        case ("descrip", "definition"):
            if !value.isEmpty { notes.append(value) }
        case ("admin", "source"):
            if source == nil, !value.isEmpty { source = value }
        case ("descripGrp", _), ("adminGrp", _):
            // A source inside a group belongs to the description it groups.
            var groupNotes: [String] = []
            var groupSource: String?
            for child in node.children {
                readAuxiliary(child, notes: &groupNotes, source: &groupSource, status: &status, context: &context)
            }
            if let groupSource, !groupNotes.isEmpty {
                groupNotes[groupNotes.count - 1] += " (source: \(groupSource))"
            } else if let groupSource, source == nil {
                source = groupSource
            }
            notes += groupNotes
        case ("descrip", let type?), ("admin", let type?), ("xref", let type?), ("ref", let type?):
            context.unmapped("<\(node.name) type=\"\(type)\">", line: node.line)
        default:
            context.unmapped("<\(node.name)>", line: node.line)
        }
    }
}
