import DuizhaoKit
import Foundation
import Hummingbird

/// What to check: a Chinese text with its English translation, or one bilingual file.
enum CheckInput: Sendable {
    case texts(source: String, translation: String)
    case bilingual(bytes: [UInt8], name: String, format: BilingualReader.Format)
}

/// The body of `POST /api/check` as JSON.
struct CheckRequest: Codable {
    /// The Chinese text.
    var source: String
    /// The English translation.
    var translation: String
}

/// Check: the form, the findings (the check renderer's page), and `POST /api/check`.
enum CheckRoutes {
    static func add(to router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/check") { _, _ in
            Reply.html(state.pages.render("check", title: "Check", section: .check))
        }

        router.post("/check") { request, _ in
            let form = try await request.form(
                limit: state.configuration.maxSize, hint: state.configuration.hints.sizeLimit)
            let input: CheckInput
            if let file = form.part("file"), !file.bytes.isEmpty {
                let name = file.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? "upload"
                guard let format = BilingualReader.Format(path: name) else {
                    throw HTTPError(
                        .badRequest, message: "\(name): not a bilingual file; give a .tmx, .xlf/.xliff or .tsv file.")
                }
                input = .bilingual(bytes: file.bytes, name: name, format: format)
            } else {
                input = try texts(source: form.field("source"), translation: form.field("translation"))
            }
            let report = try await state.check(input)
            return Reply.redirect(to: "/checks/" + state.reports.add(report))
        }

        router.get("/checks/{id}") { _, context in
            let (id, report) = try state.storedReport(context)
            let values: [String: Any] = [
                "id": id, "summary": CheckTableRenderer.summary(report), "counts": CheckTableRenderer.counts(report),
            ]
            return Reply.html(state.pages.render("report", title: "Check", section: .check, values: values, wide: true))
        }

        router.get("/checks/{id}/view") { _, context in
            let (_, report) = try state.storedReport(context)
            let html = CheckHTMLRenderer().render(report)
            return Reply.html(html, policy: InlineCodePolicy.policy(for: html))
        }

        router.get("/checks/{id}/report.{format}") { _, context in
            let (_, report) = try state.storedReport(context)
            switch context.parameters.get("format") {
            case "json":
                return Reply.download(
                    Array(try JSONOutput.data(report)), fileName: "check-report.json",
                    contentType: "application/json; charset=utf-8")
            case "html":
                return Reply.download(
                    Array(CheckHTMLRenderer().render(report).utf8), fileName: "check-report.html",
                    contentType: "text/html; charset=utf-8")
            default: throw HTTPError(.notFound, message: "No report format: choose json or html.")
            }
        }

        router.post("/api/check") { request, _ in
            let bytes = try await request.bodyBytes(
                limit: state.configuration.maxSize, hint: state.configuration.hints.sizeLimit)
            guard !bytes.isEmpty else { throw HTTPError(.badRequest, message: "The request body is empty.") }
            let input: CheckInput
            if (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") {
                let body: CheckRequest
                do { body = try JSONDecoder().decode(CheckRequest.self, from: Data(bytes)) } catch {
                    throw HTTPError(
                        .badRequest,
                        message:
                            "The body is not {\"source\": \"…\", \"translation\": \"…\"}: \(error.localizedDescription)"
                    )
                }
                input = try texts(source: body.source, translation: body.translation)
            } else {
                let name =
                    request.query("format").map { "upload." + $0 } ?? ExchangeFileName.name(request.query("name") ?? "")
                guard let format = BilingualReader.Format(path: name) else {
                    throw HTTPError(
                        .badRequest,
                        message:
                            "Send JSON {\"source\", \"translation\"}, or a bilingual file with ?format=tmx, xliff or tsv."
                    )
                }
                input = .bilingual(bytes: bytes, name: ExchangeFileName.name(name), format: format)
            }
            return try Reply.json(try await state.check(input))
        }
    }

    /// The two texts, or 400 when either is blank.
    static func texts(source: String?, translation: String?) throws -> CheckInput {
        guard let source, !source.allSatisfy(\.isWhitespace), let translation, !translation.allSatisfy(\.isWhitespace)
        else {
            throw HTTPError(
                .badRequest, message: "Give both the Chinese text and its English translation, or one bilingual file.")
        }
        return .texts(source: source, translation: translation)
    }
}

extension ServerState {
    /// The check report for `input`, made off the event loop.
    func check(_ input: CheckInput) async throws -> CheckReport {
        try await BlockingWork.run { [pipelines, checkers, configuration] in
            do {
                switch input {
                case .texts(let source, let translation):
                    let (zh, en) = try pipelines.withResource { pipeline in
                        (
                            try pipeline.reader.read(bytes: Array(source.utf8), path: "chinese.txt", kind: .text),
                            try pipeline.reader.read(bytes: Array(translation.utf8), path: "english.txt", kind: .text)
                        )
                    }
                    return try checkers.withResource {
                        try $0.check(
                            source: TextSegment.sentences(of: zh), target: TextSegment.sentences(of: en),
                            sourceName: "chinese.txt", translationName: "english.txt")
                    }
                case .bilingual(let bytes, let name, let format):
                    let pairs = try BilingualReader(maxSize: configuration.maxSize).read(
                        bytes: bytes, path: name, format: format)
                    return try checkers.withResource { try $0.check(pairs: pairs, file: name) }
                }
            } catch {
                throw inputError(error)
            }
        }
    }

    /// The report named by the route's `id`, or 404.
    func storedReport(_ context: BasicRequestContext) throws -> (String, CheckReport) {
        let id = context.parameters.get("id") ?? ""
        guard let report = reports.value(id) else {
            throw HTTPError(.notFound, message: "No check report '\(id)' in this session.")
        }
        return (id, report)
    }
}
