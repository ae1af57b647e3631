import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

/// Scale and pathological inputs at sizes that exercise the code paths (the full sizes run
/// in `make stress`): each completes with the right counts, or stops with the size error.
@Suite struct PathologicalInputTests {
    static let sentence = "深入实施孔雀计划，推进放管服改革试点工作。"

    static func pipeline(_ glossary: Glossary) throws -> AnnotationPipeline {
        try AnnotationPipeline(
            resources: try StandardResources(glossary: glossary, glossaryFiles: [], dictionary: nil),
            reader: DocumentReader())
    }

    static let peacock = GlossaryEntry(
        id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", category: "program", status: .established, source: "test")

    @Test func aFiveMegabyteSingleLineIsReadIntoEverySentence() throws {
        let count = 5 * 1024 * 1024 / Self.sentence.utf8.count
        let bytes = Array(String(repeating: Self.sentence, count: count).utf8)
        #expect(!bytes.contains(0x0A))
        let document = try DocumentReader().read(bytes: bytes, path: "line.txt", kind: .text)
        #expect(document.paragraphs.count == 1)
        #expect(document.sentences.count == count)
        #expect(document.sentences.last?.text == Self.sentence)
    }

    @Test func aMegabyteWithoutAnyPunctuationIsOneSentenceAndIsAnnotated() throws {
        let unit = "深入实施孔雀计划推进放管服改革试点工作"
        let count = 1024 * 1024 / unit.utf8.count
        let text = String(repeating: unit, count: count)
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "run-on.txt", kind: .text)
        #expect(document.sentences.count == 1)
        let annotated = try Self.pipeline(Glossary(entries: [Self.peacock])).annotate(document)
        #expect(annotated.terms.first { $0.entryID == "peacock-plan" }?.count == count)
    }

    @Test func aHundredThousandShortLinesAreEachAParagraph() throws {
        let text = (0..<100_000).map { "第\($0)条推进改革。" }.joined(separator: "\n")
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "lines.txt", kind: .text)
        #expect(document.paragraphs.count == 100_000)
        #expect(document.sentences.count == 100_000)
        #expect(document.sentences[99_999].text == "第99999条推进改革。")
    }

    @Test func htmlNestedTenThousandLevelsDeepIsExtractedWithoutRecursion() throws {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>深入实施孔雀计划。</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let document = try DocumentReader().read(bytes: Array(html.utf8), path: "deep.html", kind: .html)
        #expect(document.sentences.map(\.text) == ["深入实施孔雀计划。"])
        // Never closed: the same, without the closing tags.
        let unclosed = "<html><body>" + String(repeating: "<div><span><b>", count: 10_000) + "深入实施孔雀计划。"
        let open = try DocumentReader().read(bytes: Array(unclosed.utf8), path: "open.html", kind: .html)
        #expect(open.sentences.map(\.text) == ["深入实施孔雀计划。"])
        let annotated = try Self.pipeline(Glossary(entries: [Self.peacock])).annotate(document)
        #expect(annotated.terms.map(\.entryID) == ["peacock-plan"])
    }

    @Test func markdownWithTensOfThousandsOfUnclosedBracketsIsReadInOnePass() throws {
        // Each `[` used to rescan the rest of the line for `]` and `)`: quadratic, minutes for this line.
        let line =
            String(repeating: "[", count: 30_000) + "孔雀计划" + String(repeating: "]", count: 30_000)
            + String(repeating: "(", count: 30_000)
        let stars = String(repeating: "*a", count: 30_000)
        let (lines, _) = MarkdownTextExtractor().extract(
            line + "\n" + stars + "\n见[孔雀计划](https://example.org)与![图](x.png)和*强调*。")
        #expect(lines.count == 3)
        #expect(lines[0].text == line, "no link closes, so every bracket is text")
        #expect(lines[1].text == String(repeating: "a", count: 29_999) + "*a")
        #expect(lines[2].text.hasPrefix("见孔雀计划与和强调"))
    }

    @Test func tensOfThousandsOfUnclosedQuotationMarksAreSplitInOnePass() throws {
        // Each unclosed “ used to rescan the rest of its paragraph: quadratic, a minute for 40,000.
        let text = String(repeating: "“", count: 30_000) + "孔雀计划。第二句。\n他说：“改革。开放。”然后《规划。》结束。"
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "quotes.txt", kind: .text)
        let sentences = document.sentences.map(\.text)
        #expect(sentences.prefix(2) == [String(repeating: "“", count: 30_000) + "孔雀计划。", "第二句。"])
        // Balanced marks still keep their sentence together.
        #expect(sentences.contains { $0.contains("改革。开放。”") })
        #expect(sentences.contains { $0.contains("《规划。》") })
        // Candidate terms look for quoted phrases: the same unclosed marks, one pass.
        let annotated = try Self.pipeline(Glossary(entries: [Self.peacock])).annotate(document)
        #expect(annotated.terms.first?.entryID == "peacock-plan")
        #expect(annotated.sentences.count == sentences.count)
    }

    /// 100,000 entries, 5,000 of them sharing the prefix 国家发展, and one single-character term.
    static func largeGlossaryTSV() -> String {
        var rows = ["id\tzh\ten\tsource"]
        var seen = Set<String>()
        var seed: UInt64 = 42
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed >> 33
        }
        func han() -> String { String(UnicodeScalar(0x4E00 + UInt32(next() % 3000))!) }
        while rows.count <= 100_000 {
            let zh =
                rows.count <= 5_000
                ? "国家发展" + han() + han() + han() : (0..<(2 + Int(next() % 5))).map { _ in han() }.joined()
            guard seen.insert(zh).inserted, zh != "省" else { continue }
            rows.append("g-\(rows.count)\t\(zh)\tEnglish \(rows.count)\ttest")
        }
        rows.append("province\t省\tprovince\ttest")
        return rows.joined(separator: "\n") + "\n"
    }

    @Test func aHundredThousandEntryGlossaryWithSharedPrefixesLoadsAndMatches() throws {
        let file = GlossaryTSVParser().parse(Self.largeGlossaryTSV(), path: "big.tsv")
        #expect(file.diagnostics.isEmpty)
        let glossary = Glossary(files: [file])
        #expect(glossary.entries.count == 100_001)
        let prefixed = glossary.entries.filter { $0.zh.hasPrefix("国家发展") }
        #expect(prefixed.count == 5_000)
        let target = prefixed[2_500]
        let matcher = try TermMatcher(glossary: glossary)
        let text = "各省要把\(target.zh)落实到位，国家发展不停步。"
        let found = Set(matcher.scan(text).map(\.entryID))
        #expect(found.contains(target.id))
        #expect(found.contains("province"))
        // The bare shared prefix is no entry.
        #expect(!matcher.scan("国家发展").contains { $0.surface == "国家发展" })
        let lookup = try GlossaryLookup(glossary: glossary).lookup(target.zh, limit: 5)
        #expect(lookup.results.first?.entry.id == target.id)
    }

    @Test func aSingleCharacterTermIsMatchedEverywhereItStands() throws {
        let entry = GlossaryEntry(
            id: "province", zh: "省", en: "province", category: "general", status: .established, source: "test")
        let document = try DocumentReader().read(bytes: Array("省政府召开会议。各省、市要落实。本省。".utf8), path: "one.txt", kind: .text)
        let annotated = try Self.pipeline(Glossary(entries: [entry])).annotate(document)
        #expect(annotated.terms.first?.entryID == "province")
        #expect(annotated.terms.first?.count == 3)
    }

    @Test func anEmptyGlossaryAnnotatesWithoutTerms() throws {
        let file = GlossaryTSVParser().parse("id\tzh\ten\tsource\n", path: "empty.tsv")
        #expect(file.diagnostics.isEmpty && file.records.isEmpty)
        let glossary = Glossary(files: [file])
        #expect(glossary.isEmpty)
        let annotated = try Self.pipeline(glossary).annotate(
            try DocumentReader().read(bytes: Array(Self.sentence.utf8), path: "a.txt", kind: .text))
        #expect(annotated.terms.isEmpty)
        #expect(annotated.sentences.count == 1)
        #expect(try TermMatcher(glossary: glossary).scan(Self.sentence).isEmpty)
    }

    @Test func inputsOverTheSizeLimitStopWithTheSizeError() throws {
        let bytes = Array(String(repeating: Self.sentence, count: 100).utf8)
        #expect(throws: IngestionError.tooLarge(path: "big.txt", bytes: bytes.count, limit: 1000)) {
            try DocumentReader(maxSize: 1000).read(bytes: bytes, path: "big.txt", kind: .text)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: IngestionError.tooLarge(path: path, bytes: bytes.count, limit: 1000)) {
            try InputFile.read(path, maxSize: 1000)
        }
        // A device or a pipe has no size up front (an endless one here): the read stops at the limit.
        #expect(throws: IngestionError.streamTooLarge(path: "/dev/zero", limit: 5000)) {
            try InputFile.read("/dev/zero", maxSize: 5000)
        }
        #expect(try InputFile.read(path, maxSize: bytes.count) == bytes)
    }
}
