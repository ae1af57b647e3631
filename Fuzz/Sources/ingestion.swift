// libFuzzer entry point: the input bytes as a document file of every kind (plain text,
// Markdown, HTML), with the encoding detected and with each declared encoding. Reading must
// return a document whose spans hold or throw an IngestionError; anything else traps, and
// AddressSanitizer reports memory errors in the Swift code and the C shim over ICU.
import DuizhaoKit

/// One reader for the whole run: it holds ICU iterators, which are slow to open per input.
nonisolated(unsafe) private let reader = try! DocumentReader()

private let encodings: [String?] = [nil, "GB18030", "Big5", "UTF-16LE"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngestion(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for kind in [InputKind.text, .markdown, .html] {
        for encoding in encodings {
            reader.encoding = encoding
            do {
                let document = try reader.read(bytes: bytes, path: "fuzz.input", kind: kind)
                checkSpans(document)
            } catch is IngestionError {
                continue
            } catch {
                fatalError("untyped error \(type(of: error)) reading as \(kind), \(encoding ?? "detected"): \(error)")
            }
        }
    }
    return 0
}

/// Traps when a span of `document` leaves its text or a sentence's text differs from it.
private func checkSpans(_ document: Document) {
    let scalars = Array(document.text.unicodeScalars)
    for paragraph in document.paragraphs { precondition(paragraph.span.end <= scalars.count, "paragraph span \(paragraph.span) outside the text") }
    for section in document.sections {
        precondition(section.span.end <= scalars.count && section.headingSpan.end <= scalars.count, "section span outside the text")
    }
    for sentence in document.sentences {
        precondition(sentence.span.end <= scalars.count, "sentence span \(sentence.span) outside the text")
        precondition(String(String.UnicodeScalarView(scalars[sentence.span.start..<sentence.span.end])) == sentence.text, "sentence text differs")
        for token in sentence.tokens { precondition(sentence.span.contains(token.span), "token span \(token.span) outside its sentence") }
    }
}
