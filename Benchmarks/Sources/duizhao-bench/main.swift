import DuizhaoKit
import Foundation

// Usage: duizhao-bench CORPUS_FILE
// Measures the library's phases in process on one large document and prints one JSON line
// per figure. scripts/bench.sh runs it beside the ICU reference loop and jieba.

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: duizhao-bench CORPUS_FILE\n".utf8))
    exit(64)
}
let path = arguments[1]
let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
let timing = Timing()

// Decoding and cleaning: charset detection and strict decoding, line splitting, chrome removal.
var decoded: DecodedText!
emit(Figure(phase: "decode", bytes: bytes.count, seconds: try timing.best {
    decoded = try TextDecoder().decode(bytes, path: path)
}))
var lines: [SourceLine] = []
emit(Figure(phase: "clean (lines, chrome)", bytes: bytes.count, seconds: timing.best {
    lines = SourceLine.lines(of: decoded.text)
    let filter = BoilerplateFilter()
    var kept = 0
    for (index, line) in lines.enumerated() where filter.classify(line.text, position: index, count: lines.count) == nil { kept += 1 }
    precondition(kept > 0)
}))

let text = UTF16Text(lines.map(\.text).joined(separator: "\n"))
let sentenceSplitter = try SentenceSplitter()
emit(Figure(phase: "sentence break", bytes: bytes.count, seconds: try timing.best {
    _ = try sentenceSplitter.sentences(in: text)
}))
let wordSegmenter = try WordSegmenter()
var tokenCount = 0
emit(Figure(phase: "word break (tokens)", bytes: bytes.count, seconds: try timing.best {
    tokenCount = 0
    try wordSegmenter.forEachToken(in: text) { _, _, _ in tokenCount += 1 }
}))

let reader = try DocumentReader(maxSize: Int.max)
var document: Document?
emit(Figure(phase: "segment (library, whole pipeline)", bytes: bytes.count, seconds: try timing.best {
    document = try reader.read(bytes: bytes, path: path, kind: .text)
}))

// Pinyin for every token of the document, cached per word.
let words = document!.sentences.flatMap { $0.tokens.map(\.text) }
emit(Figure(phase: "pinyin (all tokens, cached)", bytes: bytes.count, seconds: try timing.best {
    let transcriber = try PinyinTranscriber()
    for word in words { _ = transcriber.pinyin(word) }
}))
