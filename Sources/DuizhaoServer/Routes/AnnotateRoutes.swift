import DuizhaoKit
import Hummingbird

/// A document sent to the server: its bytes and what the user said about it.
struct DocumentUpload: Sendable {
    /// The bytes, in any encoding the CLI reads.
    var bytes: [UInt8]
    /// The name shown for it (the uploaded file's name, or `pasted.txt`): never a path.
    var name: String
    /// Its kind.
    var kind: InputKind
    /// An explicit encoding, nil to detect.
    var encoding: String?

    /// The kind from `parameter` (`text`, `markdown`, `html`; `auto` or nothing: from the
    /// file name's extension, else HTML when the text starts with `<`, else plain text).
    static func kind(parameter: String?, name: String, bytes: [UInt8]) throws -> InputKind {
        if let parameter, !parameter.isEmpty, parameter != "auto" {
            guard let kind = InputKind(rawValue: parameter) else {
                throw HTTPError(
                    .badRequest, message: "Unknown kind '\(parameter)': choose text, markdown, html or auto.")
            }
            return kind
        }
        let lower = name.lowercased()
        if let known = InputKind.allCases.first(where: { kind in
            kind.fileExtensions.contains { lower.hasSuffix("." + $0) }
        }) {
            return known
        }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "<") ? .html : .text
    }
}

/// Annotate: the form, the result page with the parallel page and the brief, downloads of
/// every format, and `POST /api/annotate`.
enum AnnotateRoutes {
    static func add(to router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/") { _, _ in
            let recent = state.documents.recent().map { item -> [String: Any] in
                [
                    "id": item.id, "title": item.value.displayTitle, "name": item.value.source.path,
                    "terms": item.value.terms.count,
                ]
            }
            return Reply.html(
                state.pages.render(
                    "annotate", title: "Annotate", section: .annotate,
                    values: ["recent": recent, "hasRecent": !recent.isEmpty]))
        }

        router.post("/annotate") { request, _ in
            let form = try await request.form(
                limit: state.configuration.maxSize, hint: state.configuration.hints.sizeLimit)
            let upload: DocumentUpload
            let encoding = form.field("encoding").flatMap { $0.isEmpty ? nil : $0 }
            if let file = form.part("file"), !file.bytes.isEmpty {
                let name = file.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? "upload.txt"
                upload = DocumentUpload(
                    bytes: file.bytes, name: name,
                    kind: try DocumentUpload.kind(parameter: form.field("kind"), name: name, bytes: file.bytes),
                    encoding: encoding)
            } else if let text = form.field("text"), !text.allSatisfy(\.isWhitespace) {
                let bytes = Array(text.utf8)
                let kind = try DocumentUpload.kind(parameter: form.field("kind"), name: "", bytes: bytes)
                let name = "pasted." + (kind.fileExtensions.first ?? "txt")
                // Pasted text is already Unicode: an encoding field does not apply to it.
                upload = DocumentUpload(bytes: bytes, name: name, kind: kind, encoding: nil)
            } else {
                throw HTTPError(.badRequest, message: "Paste a text or choose a file: the form had neither.")
            }
            let document = try await state.annotate(upload)
            return Reply.redirect(to: "/documents/" + state.documents.add(document))
        }

        router.get("/documents/{id}") { request, context in
            let (id, document) = try state.storedDocument(context)
            let brief = request.query("tab") == "brief"
            let frame = "/documents/\(id)/view/" + (brief ? "brief" : "html")
            let downloads = DocumentDownload.all.map {
                ["href": "/documents/\(id)/download/\($0.name)", "label": $0.name]
            }
            let values: [String: Any] = [
                "id": id, "name": document.source.path, "kind": document.source.kind.rawValue,
                "encoding": document.source.encoding,
                "sentences": document.sentences.count, "termCount": document.terms.count, "downloads": downloads,
                "parallel": !brief, "brief": brief, "frame": frame,
                "frameTitle": brief ? "The English brief" : "The parallel page",
            ]
            return Reply.html(
                state.pages.render(
                    "document", title: document.displayTitle, section: .annotate, values: values, wide: true))
        }

        router.get("/documents/{id}/view/{which}") { _, context in
            let (_, document) = try state.storedDocument(context)
            let which = context.parameters.get("which") ?? ""
            guard let download = DocumentDownload.named(which == "brief" ? "brief.html" : which),
                download.name.hasSuffix("html")
            else {
                throw HTTPError(.notFound, message: "No view '\(which)': choose html or brief.")
            }
            let html = try await BlockingWork.run { try download.render(document) }
            return Reply.html(html, policy: InlineCodePolicy.policy(for: html))
        }

        router.get("/documents/{id}/download/{name}") { _, context in
            let (_, document) = try state.storedDocument(context)
            let name = context.parameters.get("name") ?? ""
            guard let download = DocumentDownload.named(name) else {
                throw HTTPError(
                    .notFound,
                    message:
                        "No format '\(name)': choose one of \(DocumentDownload.all.map(\.name).joined(separator: ", "))."
                )
            }
            let text = try await BlockingWork.run { try download.render(document) }
            let fileName = DocumentSlug.make(path: document.source.path) + "." + download.name
            return Reply.download(
                Array(text.utf8), fileName: fileName, contentType: Reply.contentType(forFileName: fileName))
        }

        router.post("/api/annotate") { request, _ in
            let bytes = try await request.bodyBytes(
                limit: state.configuration.maxSize, hint: state.configuration.hints.sizeLimit)
            guard !bytes.isEmpty else {
                throw HTTPError(.badRequest, message: "The request body is empty: send the document's bytes.")
            }
            let name = ExchangeFileName.name(request.query("name") ?? "document.txt")
            let formatName = request.query("format") ?? "json"
            guard let format = OutputFormat(rawValue: formatName),
                let download = DocumentDownload.all.first(where: { $0.format == format })
            else {
                throw HTTPError(
                    .badRequest,
                    message:
                        "Unknown format '\(formatName)': choose one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))."
                )
            }
            let upload = DocumentUpload(
                bytes: bytes, name: name,
                kind: try DocumentUpload.kind(parameter: request.query("kind"), name: name, bytes: bytes),
                encoding: request.query("encoding").flatMap { $0.isEmpty ? nil : $0 })
            let document = try await state.annotate(upload)
            let text = try await BlockingWork.run { try download.render(document) }
            return Reply.text(text, contentType: Reply.contentType(forFileName: "x." + download.name))
        }
    }
}

extension ServerState {
    /// The annotated document (paths reduced to file names), made off the event loop by one
    /// of the pooled pipelines. Input problems (undecodable bytes, nothing but markup) are 422.
    func annotate(_ upload: DocumentUpload) async throws -> AnnotatedDocument {
        try await BlockingWork.run { [pipelines] in
            do {
                return try pipelines.withResource { pipeline in
                    pipeline.reader.encoding = upload.encoding
                    defer { pipeline.reader.encoding = nil }
                    let document = try pipeline.reader.read(bytes: upload.bytes, path: upload.name, kind: upload.kind)
                    return PublicView.document(try pipeline.annotate(document))
                }
            } catch {
                throw inputError(error)
            }
        }
    }

    /// The document named by the route's `id`, or 404.
    func storedDocument(_ context: BasicRequestContext) throws -> (String, AnnotatedDocument) {
        let id = context.parameters.get("id") ?? ""
        guard let document = documents.value(id) else {
            throw HTTPError(
                .notFound,
                message:
                    "No document '\(id)' in this session: documents are kept in memory, the last \(configuration.keptResults) of them."
            )
        }
        return (id, document)
    }
}

/// One downloadable output file of an annotated document: a renderer of an output format,
/// named by its file suffix (`json`, `md`, `html`, `xlf`, `tmx`, `terms.tsv`, `brief.md`,
/// `brief.html`).
struct DocumentDownload: Sendable {
    /// The suffix without its dot.
    var name: String
    /// The format it belongs to.
    var format: OutputFormat
    /// Its position among the format's renderers.
    var position: Int

    /// Every output file of every format, in the CLI's order.
    static let all: [DocumentDownload] = OutputFormat.allCases.flatMap { format in
        format.renderers(options: RenderOptions()).enumerated().map { position, renderer in
            DocumentDownload(name: String(renderer.fileSuffix.dropFirst()), format: format, position: position)
        }
    }

    /// The file with suffix `name`.
    static func named(_ name: String) -> DocumentDownload? { all.first { $0.name == name } }

    /// The file's text, from the format's renderer.
    func render(_ document: AnnotatedDocument) throws -> String {
        try format.renderers(options: RenderOptions())[position].render(document)
    }
}
