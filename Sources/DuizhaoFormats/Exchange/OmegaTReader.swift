import DuizhaoCore
import DuizhaoText
import Foundation

/// Reads OmegaT glossary TSV: source, tab, target, optional tab and comment; no header;
/// `#` lines (including OmegaT's `-*- coding -*-` line) skipped. A comment as
/// ``OmegaTWriter`` writes it (`status: …; source: …; category: …; also: …; do not use: …;
/// full form: …; note: …`) gives those fields back; any other comment becomes the note. A line whose comment is `variant of <headword>` for the headword and
/// target of an earlier line (as ``OmegaTWriter`` writes variants) adds a variant to that
/// entry instead of a new entry.
public struct OmegaTReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads OmegaT TSV `text`; `file` names it in origins and diagnostics.
    public func read(_ text: String, file: String, defaultSource: String? = nil) -> GlossaryImportResult {
        var assembler = ImportAssembler(file: file, defaultSource: defaultSource)
        var drafts: [EntryDraft] = []
        var draftByHeadword: [String: Int] = [:]
        for (number, line) in TextLines.split(text) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = TextLines.cells(line).map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count > 3, cells[3...].contains(where: { !$0.isEmpty }) {
                assembler.report(
                    "cells after the third (source, target, comment) ignored", line: number, key: "extra columns")
            }
            let source = cells[0]
            let target = cells.count > 1 ? cells[1] : ""
            let comment = cells.count > 2 ? cells[2] : ""
            if comment.hasPrefix(OmegaTWriter.variantPrefix) {
                let headword = String(comment.dropFirst(OmegaTWriter.variantPrefix.count))
                if let index = draftByHeadword[headword], drafts[index].en == target {
                    drafts[index].variants.append(source)
                    continue
                }
            }
            var draft = EntryDraft(line: number)
            draft.zh = source
            draft.en = target
            if let fields = OmegaTWriter.fields(ofComment: comment) {
                Self.apply(fields, to: &draft)
            } else {
                draft.note = comment
            }
            if !source.isEmpty, draftByHeadword[source] == nil { draftByHeadword[source] = drafts.count }
            drafts.append(draft)
        }
        for draft in drafts { assembler.add(draft) }
        return assembler.result(format: .omegat)
    }

    /// Fills `draft` from a comment's fields.
    private static func apply(_ fields: [OmegaTWriter.CommentField: String], to draft: inout EntryDraft) {
        draft.status = fields[.status].flatMap { GlossaryEntry.Status(rawValue: $0.lowercased()) }
        draft.source = fields[.source]
        draft.category = fields[.category]
        draft.alternatives = NativeFields.parseAlternatives(fields[.also] ?? "")
        let inherited = draft.status == .deprecated
        draft.alternatives += NativeFields.parseList(fields[.doNotUse] ?? "").map {
            GlossaryEntry.Alternative($0, status: inherited ? nil : .deprecated)
        }
        draft.fullForm = fields[.fullForm]
        draft.note = fields[.note]
    }
}
