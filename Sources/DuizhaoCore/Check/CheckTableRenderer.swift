import Foundation

/// The terminal form of a ``CheckReport``: a summary of the alignment, one block per
/// finding (severity, kind, pair, lines, term; the message; both sentences), and the counts.
public struct CheckTableRenderer: Sendable {
    /// Whether to list every aligned pair before the findings.
    public var showPairs: Bool

    /// Creates a renderer.
    public init(showPairs: Bool = false) {
        self.showPairs = showPairs
    }

    /// The report as text.
    public func render(_ report: CheckReport) -> String {
        var out = "duizhao check: \(report.source)\(report.translation.map { " \u{2194} \($0)" } ?? "")\n"
        out += Self.summary(report) + "\n"
        if showPairs {
            out += "\nPAIR  SHAPE  CONF  LINES\n"
            for (index, pair) in report.pairs.enumerated() {
                out +=
                    "\(Self.pad(String(index + 1), 6))\(Self.pad(pair.shape, 7))\(Self.pad(String(format: "%.2f", pair.confidence), 6))\(Self.lines(pair))\n"
                for sentence in pair.source { out += "      zh: \(Self.oneLine(sentence))\n" }
                for sentence in pair.target { out += "      en: \(Self.oneLine(sentence))\n" }
            }
        }
        if report.findings.isEmpty {
            out += "\nNo findings.\n"
            return out
        }
        out +=
            "\n" + Self.pad("SEVERITY", 9) + Self.pad("KIND", 26) + Self.pad("PAIR", 6) + Self.pad("LINES", 10)
            + "TERM\n"
        for finding in report.findings {
            let pair = report.pairs[finding.pair]
            let term = finding.entry.map { "\($0.zh) (\($0.id))" } ?? ""
            out +=
                Self.pad(finding.severity.rawValue, 9) + Self.pad(finding.kind.rawValue, 26)
                + Self.pad(String(finding.pair + 1), 6) + Self.pad(Self.lines(pair), 10) + term + "\n"
            out += "         \(finding.message)\n"
            if !finding.sourceText.isEmpty { out += "         zh: \(Self.oneLine(finding.sourceText))\n" }
            if !finding.targetText.isEmpty { out += "         en: \(Self.oneLine(finding.targetText))\n" }
        }
        out += "\n" + Self.counts(report) + "\n"
        return out
    }

    /// `24 pairs (1-1: 22, 1-2: 1, 1-0: 1); 3.05 English characters per Chinese character (variance 18.2); mean confidence 0.97`.
    public static func summary(_ report: CheckReport) -> String {
        let alignment = report.alignment
        let shapes = alignment.shapes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            "\($0.key): \($0.value)"
        }.joined(separator: ", ")
        var text = "\(report.pairs.count) pair\(report.pairs.count == 1 ? "" : "s") (\(shapes))"
        if let model = alignment.model {
            text += String(
                format: "; %.2f English characters per Chinese character (variance %.1f)", model.ratio, model.variance)
            text += alignment.byParagraph ? "; paragraphs aligned first" : "; sentences aligned across the document"
        } else {
            text += "; alignment given by the file"
        }
        text += String(format: "; mean confidence %.2f", alignment.meanConfidence)
        return text
    }

    /// `2 errors, 1 warning, 0 info`.
    public static func counts(_ report: CheckReport) -> String {
        let errors = report.count(.error), warnings = report.count(.warning)
        return
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(report.count(.info)) info"
    }

    static func lines(_ pair: CheckPair) -> String {
        let zh = pair.sourceLine.map(String.init) ?? "-", en = pair.targetLine.map(String.init) ?? "-"
        return pair.shape == "given" ? zh : "\(zh)\u{2194}\(en)"
    }

    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
