import DuizhaoCore
import DuizhaoText

/// The HTML form of a ``CheckReport``: one self-contained page with the alignment summary,
/// the findings (severity, kind, term, message, both sentences) and the aligned pairs with
/// their confidence. Every text from the documents and the glossary is escaped.
public struct CheckHTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    static let style = """
        body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.5;color:#222}
        table{border-collapse:collapse;width:100%;margin:1rem 0}
        th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
        th{background:#f3f3f3}
        .error{color:#a00;font-weight:bold}.warning{color:#a60}.info{color:#555}
        .zh{font-family:"Noto Sans CJK SC","PingFang SC",sans-serif}
        .low{background:#fff4e0}
        """

    /// The page.
    public func render(_ report: CheckReport) -> String {
        let e = HTMLEscaping.escape
        var body = "<body>\n<h1>Translation check</h1>\n"
        body += "<p>\(e(report.source))\(report.translation.map { " \u{2194} " + e($0) } ?? "")</p>\n"
        body += "<p>\(e(CheckTableRenderer.summary(report)))</p>\n"
        body += "<p>\(e(CheckTableRenderer.counts(report)))</p>\n"
        body += "<h2>Findings</h2>\n"
        if report.findings.isEmpty {
            body += "<p>No findings.</p>\n"
        } else {
            body +=
                "<table>\n<tr><th>Severity</th><th>Kind</th><th>Pair</th><th>Term</th><th>Finding</th><th>Chinese</th><th>English</th></tr>\n"
            for finding in report.findings {
                let term =
                    finding.entry.map {
                        "<span class=\"zh\" lang=\"zh\">\(e($0.zh))</span><br>\(e($0.en))<br><small>\(e($0.id)); \(e($0.source))</small>"
                    } ?? ""
                body +=
                    "<tr><td class=\"\(finding.severity.rawValue)\">\(finding.severity.rawValue)</td><td>\(finding.kind.rawValue)</td>"
                body +=
                    "<td><a href=\"#pair-\(finding.pair + 1)\">\(finding.pair + 1)</a></td><td>\(term)</td><td>\(e(finding.message))</td>"
                body +=
                    "<td class=\"zh\" lang=\"zh\">\(e(finding.sourceText))</td><td lang=\"en\">\(e(finding.targetText))</td></tr>\n"
            }
            body += "</table>\n"
        }
        body +=
            "<h2>Aligned pairs</h2>\n<table>\n<tr><th>Pair</th><th>Shape</th><th>Confidence</th><th>Chinese</th><th>English</th></tr>\n"
        for (index, pair) in report.pairs.enumerated() {
            let low = pair.confidence < 0.5 ? " class=\"low\"" : ""
            body +=
                "<tr id=\"pair-\(index + 1)\"\(low)><td>\(index + 1)</td><td>\(e(pair.shape))</td><td>\(Int((pair.confidence * 100).rounded()))%</td>"
            body +=
                "<td class=\"zh\" lang=\"zh\">\(pair.source.map(e).joined(separator: "<br>"))</td><td lang=\"en\">\(pair.target.map(e).joined(separator: "<br>"))</td></tr>\n"
        }
        body += "</table>\n"
        return HTMLPage(
            title: "Translation check: \(report.source)", language: "en", style: Self.style, script: "", body: body,
            generator: "duizhao \(DuizhaoVersion.current)"
        ).render()
    }
}
