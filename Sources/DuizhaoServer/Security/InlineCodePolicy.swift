import DuizhaoKit
import Foundation

/// The Content-Security-Policy of a page the renderers made (the parallel page, the brief,
/// the check and batch reports): those pages carry their style and script inline, so the
/// policy allows exactly those blocks, by digest, and nothing else. Document text inside
/// them is escaped, so it can open no `<style>` or `<script>` of its own.
enum InlineCodePolicy {
    /// The policy for `html`.
    static func policy(for html: String) -> String {
        let styles = blocks("style", in: html).map(ContentSecurityPolicy.hashSource)
        let scripts = blocks("script", in: html).map(ContentSecurityPolicy.hashSource)
        var policy = "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
        if !styles.isEmpty { policy += "; style-src " + styles.joined(separator: " ") }
        if !scripts.isEmpty { policy += "; script-src " + scripts.joined(separator: " ") }
        return policy
    }

    /// The contents of every `<tag>…</tag>` block (exactly `<tag>`, no attributes).
    static func blocks(_ tag: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<\(tag)>"),
            let close = rest.range(of: "</\(tag)>", range: open.upperBound..<rest.endIndex)
        {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }
}
