import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

/// Temporary folders and small corpora for batch tests.
enum BatchFixture {
    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `root/relative`, creating folders.
    @discardableResult
    static func write(_ text: String, to relative: String, in root: URL) throws -> URL {
        try write(Data(text.utf8), to: relative, in: root)
    }

    /// Writes `data` to `root/relative`, creating folders.
    @discardableResult
    static func write(_ data: Data, to relative: String, in root: URL) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    /// A short policy document that differs with `number`.
    static func document(_ number: Int, extra: String = "") -> String {
        """
        关于推进第\(number)批创新项目的通知
        一、深入实施“孔雀计划”，推动第\(number)批企业参与“放管服”改革。
        二、支持建设科技成果转化平台，完善人才服务。\(extra)
        """
    }

    /// Every regular file under `root` (relative path → bytes), skipping names for which
    /// `skip` is true.
    static func tree(_ root: URL, skip: (String) -> Bool = { _ in false }) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return result }
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey])
            guard values.isRegularFile == true else { continue }
            var path = url.standardizedFileURL.resolvingSymlinksInPath().path
            if path.hasPrefix(base + "/") { path.removeFirst(base.count + 1) }
            if skip(path) { continue }
            result[path] = try Data(contentsOf: url)
        }
        return result
    }

    /// True for the report files, which record timings.
    static func isReport(_ path: String) -> Bool { path.hasPrefix("batch-report") }
}

/// A job that counts documents by exact headword search and records what it processed; it
/// fails documents whose text contains `FAIL`.
struct RecordingJob: DocumentJob {
    let glossary: [GlossaryEntry]
    let log: LockedValue<[String]>
    var configuration: String { "recording" }

    init(glossary: [GlossaryEntry] = []) {
        self.glossary = glossary
        log = LockedValue([])
    }

    func makeProcessor() throws -> any DocumentProcessor { Processor(job: self) }

    var processed: [String] { log.withLock { $0.sorted() } }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "the document asks to fail" }
    }

    final class Processor: DocumentProcessor {
        let job: RecordingJob
        init(job: RecordingJob) { self.job = job }

        func process(_ input: DocumentInput, outputFolder: URL) throws -> DocumentOutcome {
            job.log.withLock { $0.append(input.input.key) }
            let text = String(decoding: input.bytes, as: UTF8.self)
            try AtomicFile.write("partial", to: outputFolder.appendingPathComponent("first.txt").path)
            if text.contains("FAIL") { throw Failure() }
            var terms: [TermCount] = []
            var lines: [String] = []
            for entry in job.glossary {
                let count = ([entry.zh] + entry.variants).reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
                if count > 0 {
                    terms.append(TermCount(term: entry.zh, entryID: entry.id, count: count))
                    lines.append("\(entry.zh)\t\(entry.en)\t\(count)")
                }
            }
            try AtomicFile.write(
                lines.joined(separator: "\n"), to: outputFolder.appendingPathComponent("terms.tsv").path)
            return DocumentOutcome(files: ["first.txt", "terms.tsv"], terms: terms)
        }
    }
}
