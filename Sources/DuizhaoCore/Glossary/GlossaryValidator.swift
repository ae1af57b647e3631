import DuizhaoText

/// Checks glossary files: every problem each file has on its own, problems between entries
/// (a variant that is another entry's headword, forms of different entries that fold to the
/// same key), and which entries override earlier ones.
public struct GlossaryValidator {
    /// The result of a validation.
    public struct Report: Sendable {
        /// The files checked, in load order.
        public var files: [String]
        /// The number of entries after merging.
        var entryCount: Int
        /// Errors, in file order.
        public var errors: [Diagnostic]
        /// Warnings, in file order.
        public var warnings: [Diagnostic]
        /// Entries replaced by later files.
        public var overrides: [GlossaryOverride]

        /// True when there is no error.
        public var isValid: Bool { errors.isEmpty }

        /// The report as text: errors, then warnings, then overrides, each line
        /// `file:line:column: severity: message`, and a summary line.
        public func render() -> String {
            var output = ""
            if !errors.isEmpty {
                output += "Errors (\(errors.count)):\n" + errors.map { "\($0)\n" }.joined()
            }
            if !warnings.isEmpty {
                output +=
                    (output.isEmpty ? "" : "\n") + "Warnings (\(warnings.count)):\n"
                    + warnings.map { "\($0)\n" }.joined()
            }
            if !overrides.isEmpty {
                output +=
                    (output.isEmpty ? "" : "\n") + "Overrides (\(overrides.count)):\n"
                    + overrides.map { "\($0)\n" }.joined()
            }
            let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
            output +=
                (output.isEmpty ? "" : "\n")
                + "\(plural(files.count, "file")), \(plural(entryCount, "entry").replacingOccurrences(of: "entrys", with: "entries")): "
                + "\(plural(errors.count, "error")), \(plural(warnings.count, "warning"))\n"
            return output
        }
    }

    /// Creates a validator.
    public init() {}

    /// Parses and checks `paths` (files, in load order).
    public func validate(paths: [String]) throws -> Report {
        let glossary = try Glossary.load(paths: paths)
        return try validate(glossary)
    }

    /// Checks a loaded glossary.
    public func validate(_ glossary: Glossary) throws -> Report {
        var diagnostics = glossary.diagnostics
        let index = try TermIndex(glossary: glossary)
        for collision in index.collisions {
            let winner = collision.forms[0]
            for form in collision.forms.dropFirst() {
                // Same headword across files is an override, already recorded; a variant that
                // is another entry's headword is already an error.
                if form.isHeadword && winner.isHeadword && form.text == winner.text { continue }
                if form.text == glossary.entries[winner.entry].zh || winner.text == glossary.entries[form.entry].zh {
                    continue
                }
                let entry = glossary.entries[form.entry]
                let field: GlossaryColumn = form.isHeadword ? .zh : .variants
                let winnerEntry = glossary.entries[winner.entry]
                diagnostics.append(
                    Diagnostic(
                        .warning, file: entry.origin?.file ?? "(in memory)", line: entry.origin?.line ?? 0,
                        column: glossary.column(of: field, entryAt: form.entry),
                        "\(form.isHeadword ? "headword" : "variant") \(form.text) of \(entry.id) folds to \(collision.key), like \(winner.text) of \(winnerEntry.id); text matching it is given to \(winnerEntry.id)"
                    ))
            }
        }
        return Report(
            files: glossary.files, entryCount: glossary.entries.count,
            errors: diagnostics.filter { $0.severity == .error },
            warnings: diagnostics.filter { $0.severity == .warning }, overrides: glossary.overrides)
    }
}
