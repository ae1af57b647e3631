import DuizhaoCore
import DuizhaoText

/// Renders a batch report as a standalone HTML page; all text from documents and errors is
/// escaped (it is data, never markup).
public struct BatchReportHTML {
    /// The most documents listed (all failures are always listed).
    public var documentLimit = 1000
    /// The most terms and candidates listed.
    public var termLimit = 100

    /// Creates a renderer.
    public init() {}

    /// The HTML text.
    public func render(_ report: BatchReport) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>duizhao batch report</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; }
            table { border-collapse: collapse; margin-bottom: 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            td.n { text-align: right; }
            .failed { color: #a00; }
            </style>
            </head>
            <body>
            <h1>duizhao batch report</h1>

            """
        if let shard = report.shard { out += "<p>Shard \(escape(shard.description)) of the inputs.</p>\n" }
        if !report.mergedFrom.isEmpty {
            out += "<p>Merged from: \(escape(report.mergedFrom.joined(separator: ", "))).</p>\n"
        }
        if !report.missingShards.isEmpty {
            out +=
                "<p class=\"failed\"><strong>Missing shards:</strong> \(report.missingShards.map(String.init).joined(separator: ", ")) — their documents are not counted.</p>\n"
        }
        out +=
            "<table><tr><th>documents</th><th>processed</th><th>unchanged (skipped)</th><th>not Chinese (skipped)</th><th>failed</th><th>seconds</th><th>documents/s</th></tr>\n"
        out +=
            "<tr><td class=\"n\">\(report.counts.documents)</td><td class=\"n\">\(report.counts.processed)</td><td class=\"n\">\(report.counts.unchanged)</td><td class=\"n\">\(report.counts.skipped)</td><td class=\"n\">\(report.counts.failed)</td><td class=\"n\">\(report.elapsedSeconds)</td><td class=\"n\">\(report.documentsPerSecond)</td></tr></table>\n"

        let failures = report.failures
        out += "<h2>Failed documents (\(failures.count))</h2>\n"
        if failures.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += "<table><tr><th>document</th><th>reason</th></tr>\n"
            for line in failures {
                out += "<tr><td>\(escape(line.key))</td><td class=\"failed\">\(escape(line.error ?? ""))</td></tr>\n"
            }
            out += "</table>\n"
        }

        let skips = report.skips
        if !skips.isEmpty {
            out += "<h2>Skipped documents, not Chinese (\(skips.count))</h2>\n"
            out += "<table><tr><th>document</th><th>reason</th></tr>\n"
            for line in skips { out += "<tr><td>\(escape(line.key))</td><td>\(escape(line.error ?? ""))</td></tr>\n" }
            out += "</table>\n"
        }

        out += "<h2>Glossary terms found (\(report.terms.count))</h2>\n"
        if report.terms.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += "<table><tr><th>term</th><th>entry</th><th>documents</th><th>occurrences</th></tr>\n"
            for term in report.terms.prefix(termLimit) {
                out +=
                    "<tr><td lang=\"zh\">\(escape(term.term))</td><td>\(escape(term.entryID ?? ""))</td><td class=\"n\">\(term.documents)</td><td class=\"n\">\(term.occurrences)</td></tr>\n"
            }
            out += "</table>\n"
        }

        out += "<h2>New-term candidates (\(report.candidates.candidates.count))</h2>\n"
        if report.candidates.candidates.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out +=
                "<table><tr><th>#</th><th>term</th><th>score</th><th>documents</th><th>frequency</th><th>reasons</th><th>context</th></tr>\n"
            for (index, candidate) in report.candidates.candidates.prefix(termLimit).enumerated() {
                out +=
                    "<tr><td class=\"n\">\(index + 1)</td><td lang=\"zh\">\(escape(candidate.text))</td><td class=\"n\">\(CandidateTable.formatScore(candidate.score))</td><td class=\"n\">\(candidate.documents)</td><td class=\"n\">\(candidate.frequency)</td><td>\(escape(candidate.reasonSummary))</td><td lang=\"zh\">\(escape(candidate.contexts.first ?? ""))</td></tr>\n"
            }
            out += "</table>\n"
        }

        out += "<h2>Documents (\(report.documents.count))</h2>\n"
        out +=
            "<table><tr><th>document</th><th>title</th><th>issued by</th><th>number</th><th>date</th><th>outcome</th><th>output</th></tr>\n"
        for line in report.documents.prefix(documentLimit) {
            let style = line.outcome == .failed ? " class=\"failed\"" : ""
            let headline = line.headline
            out +=
                "<tr><td>\(escape(line.key))</td><td lang=\"zh\">\(escape(headline?.title ?? ""))</td><td lang=\"zh\">\(escape(headline?.issuer ?? ""))</td>"
            out +=
                "<td lang=\"zh\">\(escape(headline?.documentNumber ?? ""))</td><td>\(escape(headline?.date ?? ""))</td>"
            out +=
                "<td\(style)>\(line.outcome.rawValue)</td><td>\(escape(line.outcome == .skipped ? "" : line.output))</td></tr>\n"
        }
        out += "</table>\n"
        if report.documents.count > documentLimit {
            out += "<p>… and \(report.documents.count - documentLimit) more in the JSON report.</p>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Escapes text for HTML element content and attribute values (``HTMLEscaping``).
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    private func escape(_ text: String) -> String { Self.escape(text) }
}
