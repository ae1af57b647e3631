import DuizhaoText
import Foundation

/// The frame of a self-contained HTML page: inline CSS and script, no network requests,
/// and a Content-Security-Policy that allows only that exact CSS and script (by SHA-256),
/// so even a markup injection could not load or run anything.
package struct HTMLPage {
    /// The page title (plain text; escaped here).
    package var title: String
    /// The document language.
    package var language: String
    /// The style sheet.
    package var style: String
    /// The script, or empty.
    package var script: String
    /// The body's inner HTML (already escaped by the caller).
    package var body: String
    /// The generator string for the meta tag.
    package var generator: String

    package init(title: String, language: String, style: String, script: String, body: String, generator: String) {
        self.title = title
        self.language = language
        self.style = style
        self.script = script
        self.body = body
        self.generator = generator
    }

    /// The whole page.
    package func render() -> String {
        head() + body + tail()
    }

    /// The page up to the body: doctype, head with the content security policy, style and title.
    func head() -> String {
        var policy =
            "default-src 'none'; style-src \(ContentSecurityPolicy.hashSource(style)); img-src data:; base-uri 'none'; form-action 'none'"
        if !script.isEmpty { policy += "; script-src \(ContentSecurityPolicy.hashSource(script))" }
        var out =
            "<!DOCTYPE html>\n<html lang=\"\(HTMLEscaping.escape(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">\n"
        out += "<meta name=\"generator\" content=\"\(HTMLEscaping.escape(generator))\">\n"
        out += "<title>\(HTMLEscaping.escape(title))</title>\n<style>\(style)</style>\n</head>\n"
        return out
    }

    /// The page after the body's content: the script and the closing tags.
    func tail() -> String {
        (script.isEmpty ? "" : "<script>\(script)</script>\n") + "</body>\n</html>\n"
    }

    /// Styles shared by duizhao's pages.
    package static let baseStyle = """
        :root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0969da}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:#fff}
        a{color:var(--accent)}
        header.doc{padding:1.25rem 2rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
        header.doc h1{font-size:1.55rem;line-height:1.35;margin:0 0 .2rem}
        .title-en{margin:0 0 .6rem;color:var(--muted);font-size:1.05rem}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .9rem;margin:.4rem 0;font-size:.85rem}
        dl.meta dt{color:var(--muted)}
        dl.meta dd{margin:0;overflow-wrap:anywhere}
        .badge{display:inline-block;font-size:.68rem;line-height:1.5;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--line);border-radius:.6rem;padding:0 .45rem;color:var(--muted);margin-left:.35rem;white-space:nowrap;vertical-align:middle;background:#fff}
        .badge.translation{border-color:#1a7f37;color:#1a7f37}
        .tm-diff{display:block;font-size:.8rem;color:var(--muted)}.tm-diff del{color:#b42318}.tm-diff ins{color:#1a7f37}
        ul.issues{margin:.2rem 0 0;padding-left:1.1rem;font-size:.8rem;color:#b42318}
        .notice{font-size:.85rem;color:var(--muted);margin:.4rem 0 0}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:var(--soft);font-weight:600}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        .py{color:var(--muted);font-size:.85em}
        footer{padding:1rem 2rem 2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line)}
        .chip{display:inline-block;border-radius:3px;padding:0 .35rem;margin:0 .25rem .25rem 0;font-size:.8rem;border-bottom:2px solid}
        @media print{header.doc{background:none}body{font-size:10.5pt}a{color:inherit;text-decoration:none}.no-print{display:none!important}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr,.row{break-inside:avoid}}
        """
}
