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

// Glossary, annotation and renderers: need the shipped glossary folder (argument 2) and,
// optionally, a CC-CEDICT file (argument 3).
guard arguments.count >= 3 else { exit(0) }
let glossaryFolder = arguments[2]
let dictionaryPath = arguments.count >= 4 ? arguments[3] : nil
let doc = document!

func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
        let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return pages * 4096
}

let glossaryFiles = try GlossaryLocator.files(in: glossaryFolder)
var shipped = Glossary()
emit(Figure(phase: "glossary load (shipped files)", bytes: 0, seconds: try timing.best { shipped = try Glossary.load(paths: glossaryFiles) },
    note: "\(shipped.entries.count) entries"))

// Index build and matching for 1k, 10k and 100k entries. The large entries come from
// CC-CEDICT's headwords when it is installed, otherwise synthetic Han strings.
let dictionary = try dictionaryPath.flatMap { FileManager.default.fileExists(atPath: $0) ? try CEDictionary.load(path: $0) : nil }
var extraWords: [String] = []
if let dictionary {
    dictionary.forEachSimplifiedHeadword { extraWords.append($0) }
} else {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<110_000 {
        let length = Int.random(in: 2...5, using: &generator)
        extraWords.append(String(String.UnicodeScalarView((0..<length).map { _ in Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &generator))! })))
    }
}
var seen = Set(shipped.entries.map(\.zh))
extraWords = extraWords.filter { seen.insert($0).inserted }
for size in [1_000, 10_000, 100_000] {
    let extra = extraWords.prefix(max(0, size - shipped.entries.count)).enumerated().map { index, word in
        GlossaryEntry(id: "bench-\(index)", zh: word, en: "bench \(index)", source: "benchmark")
    }
    let glossary = Glossary(entries: shipped.entries + extra)
    let before = residentBytes()
    var index: TermIndex?
    let build = try timing.best { index = try TermIndex(glossary: glossary) }
    let resident = residentBytes() - before
    emit(Figure(phase: "index build, \(glossary.entries.count) entries", bytes: 0, seconds: build,
        note: "resident +\(resident / 1_048_576) MB; large entries from \(dictionary == nil ? "synthetic Han strings" : "CC-CEDICT")"))
    let matcher = try TermMatcher(index: index!)
    var matches: [TermMatch] = []
    emit(Figure(phase: "glossary matching, \(glossary.entries.count) entries", bytes: bytes.count, seconds: timing.best { matches = matcher.matches(in: doc) },
        note: "\(matches.count) matches"))
    if size == 1_000 {
        emit(Figure(phase: "overlay", bytes: bytes.count, seconds: timing.best { _ = TokenOverlay.apply(matches, to: doc) }))
    }
}

// Annotation and each renderer, with the shipped glossary and the dictionary when present.
let resources = try StandardResources(glossary: shipped, glossaryFiles: glossaryFiles, dictionary: dictionary)
let pipeline = try AnnotationPipeline(resources: resources, reader: try DocumentReader(maxSize: Int.max))
var annotated: AnnotatedDocument?
emit(Figure(phase: "annotate (library, \(dictionary == nil ? "no dictionary" : "CC-CEDICT lexicon"))", bytes: bytes.count,
    seconds: try Timing(repeats: 1).best { annotated = try pipeline.annotate(doc) }))
for format in OutputFormat.allCases {
    for renderer in format.renderers(options: RenderOptions()) {
        var size = 0
        let seconds = try Timing(repeats: 1).best {
            size = 0
            try renderer.write(annotated!, to: { size += $0.count })
        }
        emit(Figure(phase: "render \(format.rawValue) (\(renderer.fileSuffix))", bytes: bytes.count, seconds: seconds, note: "\(size / 1_048_576) MB out"))
    }
}
