import DuizhaoCore
import DuizhaoText

/// The `xliff` format: one translation unit per sentence for translation tools.
///
/// What each target holds is ``RenderOptions/xliffTarget``: empty, a copy of the source (what
/// OmegaT translates), or the English line as a draft with its state and origin.
///
/// XLIFF 2.1 (default): `<unit>`/`<segment>` per sentence; terms marked `<mrk type="term">`
/// in the source and carried with their renderings by the glossary module
/// (`gls:glossary`/`gls:glossEntry`/`gls:term`/`gls:translation`/`gls:definition`).
/// XLIFF 1.2: `<trans-unit>` per sentence, renderings in a `<note>`, terms marked
/// `<mrk mtype="term">` (rendering in `comment`) only when asked: CAT tools turn marks into
/// tags, and tags cost memory matches (``RenderOptions/inlinesTerms``).
public struct XLIFFRenderer: DocumentRenderer {
    /// The options (version, draft targets, inline marks, languages).
    public var options: RenderOptions

    /// Creates the renderer.
    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    public var fileSuffix: String { ".xlf" }

    public func render(_ document: AnnotatedDocument) throws -> String {
        switch options.xliffVersion {
        case .v2_1: return render21(document)
        case .v1_2: return render12(document)
        }
    }

    private func attribute(_ text: String) -> String { XMLEscaping.escape(text, attribute: true) }
    private func text(_ text: String) -> String { XMLEscaping.escape(text) }

    /// The note every file carries: where the source came from and what the targets are.
    private func fileNote(_ document: AnnotatedDocument) -> String {
        var note =
            "Source SHA-256 \(document.source.sha256), \(document.source.encoding). Term renderings come from the duizhao glossary with their sources."
        switch options.xliffTarget {
        case .empty: break
        case .source: note += " Targets are copies of the source: translate them."
        case .draft:
            note +=
                document.allGloss
                ? " Draft targets are interlinear glosses (Chinese word order), not translations: translate each sentence."
                : " Draft targets carry their origin in each unit's note."
        }
        return note
    }

    /// The source with terms marked; `mark` writes one term's opening tag.
    private func source(_ sentence: AnnotatedSentence, mark: (AnnotatedTerm, Int) -> String, close: String) -> String {
        var out = ""
        var number = 0
        for piece in sentence.pieces {
            if options.inlinesTerms, let token = piece.token, token.kind == .term,
                let term = sentence.term(at: token.span)
            {
                number += 1
                out += mark(term, number) + text(piece.text) + close
            } else {
                out += text(piece.text)
            }
        }
        return out
    }

    // MARK: XLIFF 2.1

    private func render21(_ document: AnnotatedDocument) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\" version=\"2.1\""
        out += " srcLang=\"\(attribute(options.sourceLanguage))\" trgLang=\"\(attribute(options.targetLanguage))\">\n"
        out += "  <file id=\"f1\" original=\"\(attribute(ExchangeFileName.name(document.source.path)))\">\n"
        out += "    <notes>\n      <note category=\"duizhao\">\(text(fileNote(document)))</note>\n    </notes>\n"
        for sentence in document.sentences {
            let n = sentence.index + 1
            out += "    <unit id=\"u\(n)\">\n"
            if !sentence.terms.isEmpty {
                out += "      <gls:glossary>\n"
                var seen = Set<String>()
                for (number, term) in sentence.terms.enumerated() {
                    if !options.inlinesTerms {
                        if seen.contains(term.entryID) { continue }
                        seen.insert(term.entryID)
                    }
                    let ref = options.inlinesTerms ? " ref=\"#m\(number + 1)\"" : ""
                    out += "        <gls:glossEntry\(ref)>\n"
                    out +=
                        "          <gls:term source=\"glossary:\(attribute(term.entryID))\">\(text(term.headword))</gls:term>\n"
                    out +=
                        "          <gls:translation source=\"\(attribute(term.source))\">\(text(term.english))</gls:translation>\n"
                    for alternative in term.alternatives where (alternative.status ?? term.status) != .deprecated {
                        out +=
                            "          <gls:translation source=\"\(attribute(term.source))\">\(text(alternative.text))</gls:translation>\n"
                    }
                    var definition = "Status: \(term.status.rawValue); category: \(term.category)."
                    if let fullForm = term.fullForm { definition += " Full form: \(fullForm)." }
                    if let note = term.note { definition += " " + note }
                    out +=
                        "          <gls:definition source=\"duizhao glossary\">\(text(definition))</gls:definition>\n"
                    out += "        </gls:glossEntry>\n"
                }
                out += "      </gls:glossary>\n"
            }
            if options.xliffTarget == .draft {
                out +=
                    "      <notes>\n        <note category=\"english-origin\">\(text(sentence.english.origin.rawValue))</note>\n"
                if let percent = sentence.english.scorePercent {
                    out += "        <note category=\"english-score\">\(percent)</note>\n"
                }
                if let match = sentence.english.memoryMatch {
                    out += "        <note category=\"memory-source\">\(text(match.source))</note>\n"
                }
                for issue in sentence.english.issues ?? [] {
                    out +=
                        "        <note category=\"english-issue\" priority=\"2\">\(text(issue.kind.rawValue + ": " + issue.message))</note>\n"
                }
                out += "      </notes>\n"
            }
            let state = options.xliffTarget == .empty ? "" : " state=\"initial\""
            out += "      <segment id=\"s\(n)\"\(state)>\n"
            let marked = source(
                sentence, mark: { _, number in "<mrk id=\"m\(number)\" type=\"term\">" }, close: "</mrk>")
            out += "        <source>\(marked)</source>\n"
            switch options.xliffTarget {
            case .empty: out += "        <target/>\n"
            // A copy: each mark keeps the id of the source mark it corresponds to.
            case .source: out += "        <target>\(marked)</target>\n"
            case .draft: out += "        <target>\(text(sentence.english.text))</target>\n"
            }
            out += "      </segment>\n    </unit>\n"
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    // MARK: XLIFF 1.2

    private func render12(_ document: AnnotatedDocument) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
        out +=
            "  <file original=\"\(attribute(ExchangeFileName.name(document.source.path)))\" source-language=\"\(attribute(options.sourceLanguage))\""
        out += " target-language=\"\(attribute(options.targetLanguage))\" datatype=\"plaintext\">\n"
        out += "    <header>\n"
        out +=
            "      <tool tool-id=\"duizhao\" tool-name=\"duizhao\" tool-version=\"\(attribute(document.generator.version))\"/>\n"
        out += "      <note from=\"duizhao\">\(text(fileNote(document)))</note>\n"
        out += "    </header>\n    <body>\n"
        for sentence in document.sentences {
            out += "      <trans-unit id=\"s\(sentence.index + 1)\">\n"
            let marked = source(
                sentence, mark: { term, _ in "<mrk mtype=\"term\" comment=\"\(attribute(term.english))\">" },
                close: "</mrk>")
            out += "        <source>\(marked)</source>\n"
            switch options.xliffTarget {
            case .empty:
                out += "        <target/>\n"
            case .source:
                out += "        <target>\(marked)</target>\n"
            case .draft:
                let qualifier =
                    XLIFFTarget.stateQualifier(sentence.english.origin).map { " state-qualifier=\"\($0)\"" } ?? ""
                out +=
                    "        <target state=\"needs-review-translation\"\(qualifier)>\(text(sentence.english.text))</target>\n"
                out +=
                    "        <note from=\"duizhao\" annotates=\"target\">English line origin: \(text(sentence.english.label))</note>\n"
                for issue in sentence.english.issues ?? [] {
                    out +=
                        "        <note from=\"duizhao\" annotates=\"target\" priority=\"2\">\(text(issue.kind.rawValue + ": " + issue.message))</note>\n"
                }
            }
            var seen = Set<String>()
            for term in sentence.terms where !seen.contains(term.entryID) {
                seen.insert(term.entryID)
                var note = "\(term.headword) = \(term.english) (\(term.status.rawValue); source: \(term.source))"
                let others = term.alternatives.filter { ($0.status ?? term.status) != .deprecated }.map(\.text)
                if !others.isEmpty { note += "; also: " + others.joined(separator: "; ") }
                if let fullForm = term.fullForm { note += "; full form: \(fullForm)" }
                out += "        <note from=\"duizhao\" annotates=\"source\">\(text(note))</note>\n"
            }
            out += "      </trans-unit>\n"
        }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }
}
