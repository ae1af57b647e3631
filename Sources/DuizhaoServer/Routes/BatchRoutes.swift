import DuizhaoKit
import Foundation
import Hummingbird

/// Batch (with `--batch DIR`): the documents of a batch output folder with their outcome,
/// each one's page and brief, the batch report, and the new-term candidates as glossary TSV.
/// Files are served only from inside the folder (``BatchFolder``).
enum BatchRoutes {
    static func add(to router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/batch") { _, _ in
            var values: [String: Any] = ["available": state.batch != nil]
            if let batch = state.batch, let report = try readReport(batch) {
                let manifest = try? batch.manifest()
                let files = Dictionary(
                    (manifest?.documents ?? []).map { ($0.key, $0.files) }, uniquingKeysWith: { first, _ in first })
                values["hasReport"] = true
                values["documentCount"] = report.counts.documents
                values["processed"] = report.counts.processed
                values["unchanged"] = report.counts.unchanged
                values["failed"] = report.counts.failed
                values["reportFile"] = batch.layout.report("html").lastPathComponent
                values["documents"] = report.documents.map { line -> [String: Any] in
                    let written = line.outcome == .failed ? [] : files[line.key] ?? []
                    let page = written.first { $0.hasSuffix(".html") && !$0.hasSuffix(".brief.html") }
                    let brief = written.first { $0.hasSuffix(".brief.html") }
                    // The error names the input by its path on this machine: show the key instead.
                    let values: [String: Any?] = [
                        "input": line.key, "outcome": line.outcome.rawValue,
                        "statusClass": line.outcome == .failed ? "failed" : "ok",
                        "page": page.map { line.output + "/" + $0 }, "brief": brief.map { line.output + "/" + $0 },
                        "error": line.error.map { $0.replacingOccurrences(of: line.input, with: line.key) } ?? "",
                    ]
                    return values.compactMapValues { $0 }
                }
                values["candidateCount"] = report.candidates.candidates.count
                values["candidatesTSV"] = CandidateTSV().render(report.candidates.candidates)
            }
            return Reply.html(state.pages.render("batch", title: "Batch", section: .batch, values: values))
        }

        router.get("/batch/candidates.tsv") { _, _ in
            guard let batch = state.batch, let report = try readReport(batch) else {
                throw HTTPError(
                    .notFound,
                    message:
                        "No batch report is being served\(ServerConfiguration.Hints.suffix(state.configuration.hints.batchFolder))."
                )
            }
            return Reply.download(
                Array(CandidateTSV().render(report.candidates.candidates).utf8), fileName: "candidates.tsv",
                contentType: "text/tab-separated-values; charset=utf-8")
        }

        router.get("/batch/files/**") { _, context in
            guard let batch = state.batch else {
                throw HTTPError(
                    .notFound,
                    message:
                        "No batch folder is being served\(ServerConfiguration.Hints.suffix(state.configuration.hints.batchFolder))."
                )
            }
            let relative = context.parameters.getCatchAll().joined(separator: "/")
            let bytes: [UInt8]
            do {
                bytes = try batch.read(relative, maxSize: state.configuration.maxSize)
            } catch BatchFolder.Refusal.badPath {
                throw HTTPError(
                    .badRequest,
                    message: "Paths inside the batch folder only: no '..', '.', empty or hidden components.")
            } catch {
                throw HTTPError(.notFound, message: "No file '\(relative)' in the batch folder.")
            }
            let type = Reply.contentType(forFileName: relative)
            if type.hasPrefix("text/html") {
                let html = String(decoding: bytes, as: UTF8.self)
                return Reply.html(html, policy: InlineCodePolicy.policy(for: html))
            }
            return Reply.text(String(decoding: bytes, as: UTF8.self), contentType: type)
        }
    }

    /// The folder's report; a report that cannot be read is a 500 with the reason.
    static func readReport(_ batch: BatchFolder) throws -> BatchReport? {
        do { return try batch.report() } catch {
            throw HTTPError(
                .internalServerError,
                message: "The batch report (batch-report.json) cannot be read: run duizhao batch into the folder again."
            )
        }
    }
}
