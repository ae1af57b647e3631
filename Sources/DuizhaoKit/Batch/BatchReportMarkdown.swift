import DuizhaoCore

/// Renders a batch report as Markdown.
public struct BatchReportMarkdown {
    /// The most documents listed (all failures are always listed).
    public var documentLimit = 1000
    /// The most terms and candidates listed.
    public var termLimit = 100

    /// Creates a renderer.
    public init() {}

    /// The Markdown text.
    public func render(_ report: BatchReport) -> String {
        var out = "# duizhao batch report\n\n"
        if let shard = report.shard { out += "Shard \(shard) of the inputs.\n\n" }
        if !report.mergedFrom.isEmpty {
            out += "Merged from: \(report.mergedFrom.map(cell).joined(separator: ", ")).\n\n"
        }
        if !report.missingShards.isEmpty {
            out +=
                "**Missing shards:** \(report.missingShards.map(String.init).joined(separator: ", ")) — their documents are not counted.\n\n"
        }
        out +=
            "| documents | processed | unchanged (skipped) | not Chinese (skipped) | failed | seconds | documents/s |\n"
        out += "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        out +=
            "| \(report.counts.documents) | \(report.counts.processed) | \(report.counts.unchanged) | \(report.counts.skipped) | \(report.counts.failed) | \(report.elapsedSeconds) | \(report.documentsPerSecond) |\n\n"

        let failures = report.failures
        out += "## Failed documents (\(failures.count))\n\n"
        if failures.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| document | reason |\n| --- | --- |\n"
            for line in failures { out += "| \(cell(line.key)) | \(cell(line.error ?? "")) |\n" }
            out += "\n"
        }

        let skips = report.skips
        if !skips.isEmpty {
            out += "## Skipped documents, not Chinese (\(skips.count))\n\n| document | reason |\n| --- | --- |\n"
            for line in skips { out += "| \(cell(line.key)) | \(cell(line.error ?? "")) |\n" }
            out += "\n"
        }

        out += "## Glossary terms found (\(report.terms.count))\n\n"
        if report.terms.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| term | entry | documents | occurrences |\n| --- | --- | ---: | ---: |\n"
            for term in report.terms.prefix(termLimit) {
                out +=
                    "| \(cell(term.term)) | \(cell(term.entryID ?? "")) | \(term.documents) | \(term.occurrences) |\n"
            }
            if report.terms.count > termLimit {
                out += "\n… and \(report.terms.count - termLimit) more in the JSON report.\n"
            }
            out += "\n"
        }

        out += "## New-term candidates (\(report.candidates.candidates.count))\n\n"
        out += "Phrases a glossary maintainer should look at (`duizhao terms` explains the reasons).\n\n"
        if report.candidates.candidates.isEmpty {
            out += "None.\n\n"
        } else {
            out +=
                "| # | term | score | documents | frequency | reasons | context |\n| ---: | --- | ---: | ---: | ---: | --- | --- |\n"
            for (index, candidate) in report.candidates.candidates.prefix(termLimit).enumerated() {
                out +=
                    "| \(index + 1) | \(cell(candidate.text)) | \(CandidateTable.formatScore(candidate.score)) | \(candidate.documents) | \(candidate.frequency) | \(cell(candidate.reasonSummary)) | \(cell(candidate.contexts.first ?? "")) |\n"
            }
            out += "\n"
        }

        out += "## Documents (\(report.documents.count))\n\n"
        out +=
            "| document | title | issued by | number | date | outcome | output |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for line in report.documents.prefix(documentLimit) {
            let headline = line.headline
            out +=
                "| \(cell(line.key)) | \(cell(headline?.title ?? "")) | \(cell(headline?.issuer ?? "")) | \(cell(headline?.documentNumber ?? "")) | "
            out +=
                "\(cell(headline?.date ?? "")) | \(line.outcome.rawValue) | \(cell(line.outcome == .skipped ? "" : line.output)) |\n"
        }
        if report.documents.count > documentLimit {
            out += "\n… and \(report.documents.count - documentLimit) more in the JSON report.\n"
        }
        return out
    }

    /// A table cell: pipes escaped, line breaks and Markdown specials neutralized.
    func cell(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#": result += "\\\(character)"
            default: result.append(character.isNewline ? " " : character)
            }
        }
        return result
    }
}
