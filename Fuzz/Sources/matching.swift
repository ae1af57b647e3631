// libFuzzer entry point: the input bytes as UTF-8 text (invalid sequences repaired), matched
// against a small built-in glossary (folding: Traditional, full-width, quoted forms), then
// read, annotated and rendered in every output format. Traps when a match or an annotation
// span leaves the text or terms overlap; AddressSanitizer reports memory errors.
import DuizhaoKit

private let glossary = Glossary(entries: [
    GlossaryEntry(id: "streamline-delegate-improve", zh: "放管服", en: "reforms to streamline administration, delegate power & improve services"),
    GlossaryEntry(id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", variants: ["孔雀計劃"], note: "<b>2011</b> & later"),
    GlossaryEntry(id: "belt-and-road", zh: "一带一路", en: "Belt and Road Initiative"),
    GlossaryEntry(id: "greater-bay-area", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area"),
    GlossaryEntry(id: "gdp", zh: "GDP", en: "gross domestic product"),
    GlossaryEntry(id: "talent", zh: "人才", en: "talent"),
])

/// One matcher and pipeline for the whole run (ICU objects are slow to open per input).
nonisolated(unsafe) private let matcher = try! TermMatcher(glossary: glossary)
nonisolated(unsafe) private let pipeline = try! AnnotationPipeline(
    resources: try! StandardResources(glossary: glossary, glossaryFiles: [], dictionary: nil), reader: try! DocumentReader())
private let renderers: [any DocumentRenderer] = OutputFormat.allCases.flatMap { $0.renderers(options: RenderOptions()) }
    + [XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .draft)), XLIFFRenderer(options: RenderOptions(xliffVersion: .v1_2, xliffTarget: .source, inlineTerms: true)), TMXRenderer(content: .glosses)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatching(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    for matches in [matcher.scan(text), (try? matcher.matches(in: text)) ?? []] {
        var previousEnd = 0
        for match in matches {
            precondition(match.span.start >= previousEnd && match.span.end <= scalars.count, "match \(match.span) overlaps or leaves the text")
            precondition(String(String.UnicodeScalarView(scalars[match.span.start..<match.span.end])) == match.surface, "match surface differs")
            previousEnd = match.span.end
        }
    }
    guard let document = try? pipeline.reader.read(bytes: Array(text.utf8), path: "fuzz.txt", kind: .text) else { return 0 }
    let annotated: AnnotatedDocument
    do {
        annotated = try pipeline.annotate(document)
    } catch {
        fatalError("annotation failed: \(error)")
    }
    let documentScalars = Array(annotated.text.unicodeScalars)
    var previousTermEnd = 0
    for sentence in annotated.sentences {
        precondition(sentence.span.end <= documentScalars.count, "sentence span outside the text")
        for token in sentence.tokens { precondition(sentence.span.contains(token.span), "token outside its sentence") }
        for term in sentence.terms {
            precondition(sentence.span.contains(term.span) && term.span.start >= previousTermEnd, "term outside its sentence or overlapping")
            previousTermEnd = term.span.end
        }
        for quantity in sentence.quantities { precondition(sentence.span.contains(quantity.span), "quantity outside its sentence") }
    }
    for renderer in renderers {
        do {
            _ = try renderer.render(annotated)
        } catch {
            fatalError("\(type(of: renderer)) failed: \(error)")
        }
    }
    return 0
}
