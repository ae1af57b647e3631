import DuizhaoCore
import DuizhaoFormats
import DuizhaoText

/// Writes a batch report for people, as Markdown and as a self-contained HTML page, from one
/// description of its sections: counts, failed and skipped documents, glossary terms found,
/// new-term candidates and the documents. All text from documents and errors is escaped.
public struct BatchReportRenderer: Sendable {
    /// The most documents listed (all failures are always listed).
    public var documentLimit = 1000
    /// The most terms and candidates listed.
    public var termLimit = 100

    /// Creates a renderer.
    public init() {}

    /// The report as Markdown.
    public func markdown(_ report: BatchReport) -> String {
        "# duizhao batch report\n\n" + sections(report, MarkdownReportMarkup())
    }

    /// The report as an HTML page.
    public func html(_ report: BatchReport) -> String {
        let body =
            "<body>\n<header class=\"doc\">\n<h1>duizhao batch report</h1>\n</header>\n<main>\n"
            + sections(report, HTMLReportMarkup()) + "</main>\n"
        return HTMLPage(
            title: "duizhao batch report", language: "en",
            style: HTMLPage.baseStyle + "\n" + HTMLReportMarkup.style + "\n" + HTMLReportMarkup.alertStyle,
            script: "", body: body, generator: "duizhao \(report.toolVersion)"
        ).render()
    }

    private func sections(_ report: BatchReport, _ m: some ReportMarkup) -> String {
        var out = ""
        if let shard = report.shard { out += m.paragraph("Shard \(m.text(shard.description)) of the inputs.") }
        if !report.mergedFrom.isEmpty {
            out += m.paragraph("Merged from: \(report.mergedFrom.map(m.text).joined(separator: ", ")).")
        }
        if !report.missingShards.isEmpty {
            let shards = report.missingShards.map(String.init).joined(separator: ", ")
            out += m.paragraph(m.alert(m.strong("Missing shards:") + " \(shards) — their documents are not counted."))
        }
        let counts = report.counts
        out += m.table(
            [
                "documents", "processed", "unchanged (skipped)", "not Chinese (skipped)", "failed", "seconds",
                "documents/s",
            ].map { ReportColumn($0, .number) },
            rows: [
                [
                    "\(counts.documents)", "\(counts.processed)", "\(counts.unchanged)", "\(counts.skipped)",
                    "\(counts.failed)", "\(report.elapsedSeconds)", "\(report.documentsPerSecond)",
                ]
            ])
        out += documentProblems(report.failures, title: "Failed documents", kind: .alert, m)
        if !report.skips.isEmpty {
            out += documentProblems(report.skips, title: "Skipped documents, not Chinese", kind: .text, m)
        }
        out += terms(report, m) + candidates(report, m) + documents(report, m)
        return out
    }

    private func documentProblems(
        _ lines: [BatchReport.DocumentLine], title: String, kind: ReportColumn.Kind, _ m: some ReportMarkup
    ) -> String {
        let out = m.section("\(title) (\(lines.count))")
        guard !lines.isEmpty else { return out + m.paragraph("None.") + m.endSection() }
        let rows = lines.map { [m.text($0.key), m.text($0.error ?? "")] }
        return out + m.table([ReportColumn("document"), ReportColumn("reason", kind)], rows: rows) + m.endSection()
    }

    private func terms(_ report: BatchReport, _ m: some ReportMarkup) -> String {
        let out = m.section("Glossary terms found (\(report.terms.count))")
        guard !report.terms.isEmpty else { return out + m.paragraph("None.") + m.endSection() }
        let columns = [
            ReportColumn("term"), ReportColumn("entry"), ReportColumn("documents", .number),
            ReportColumn("occurrences", .number),
        ]
        let rows = report.terms.prefix(termLimit).map {
            [m.chinese($0.term), m.text($0.entryID ?? ""), "\($0.documents)", "\($0.occurrences)"]
        }
        return out + m.table(columns, rows: rows) + more(report.terms.count, shown: termLimit, m) + m.endSection()
    }

    private func candidates(_ report: BatchReport, _ m: some ReportMarkup) -> String {
        let candidates = report.candidates.candidates
        var out = m.section("New-term candidates (\(candidates.count))")
        out += m.paragraph(
            "Phrases a glossary maintainer should look at (\(m.code("duizhao terms")) explains the reasons).")
        guard !candidates.isEmpty else { return out + m.paragraph("None.") + m.endSection() }
        let columns = [
            ReportColumn("#", .number), ReportColumn("term"), ReportColumn("score", .number),
            ReportColumn("documents", .number), ReportColumn("frequency", .number), ReportColumn("reasons"),
            ReportColumn("context"),
        ]
        let rows = candidates.prefix(termLimit).enumerated().map { index, candidate in
            [
                "\(index + 1)", m.chinese(candidate.text), CandidateTable.formatScore(candidate.score),
                "\(candidate.documents)", "\(candidate.frequency)", m.text(candidate.reasonSummary),
                m.chinese(candidate.contexts.first ?? ""),
            ]
        }
        return out + m.table(columns, rows: rows) + more(candidates.count, shown: termLimit, m) + m.endSection()
    }

    private func documents(_ report: BatchReport, _ m: some ReportMarkup) -> String {
        let out = m.section("Documents (\(report.documents.count))")
        let columns = ["document", "title", "issued by", "number", "date", "outcome", "output"].map {
            ReportColumn($0)
        }
        let rows = report.documents.prefix(documentLimit).map { line in
            let headline = line.headline
            let outcome = line.outcome == .failed ? m.alert(line.outcome.rawValue) : line.outcome.rawValue
            return [
                m.text(line.key), m.chinese(headline?.title ?? ""), m.chinese(headline?.issuer ?? ""),
                m.chinese(headline?.documentNumber ?? ""), m.text(headline?.date ?? ""), outcome,
                m.text(line.outcome == .skipped ? "" : line.output),
            ]
        }
        return out + m.table(columns, rows: rows) + more(report.documents.count, shown: documentLimit, m)
            + m.endSection()
    }

    /// The note under a table cut at `shown` rows.
    private func more(_ count: Int, shown: Int, _ m: some ReportMarkup) -> String {
        count > shown ? m.paragraph("… and \(count - shown) more in the JSON report.") : ""
    }
}
