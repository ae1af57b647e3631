import DuizhaoKit
import Foundation
import Hummingbird

/// The responses the server sends: pages, JSON (as the CLI writes it), downloads, redirects.
enum Reply {
    /// An HTML page; `policy` replaces the app's Content-Security-Policy (for renderer pages).
    static func html(_ text: String, status: HTTPResponse.Status = .ok, policy: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let policy { headers[.contentSecurityPolicy] = policy }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `value` as the CLI's JSON (sorted keys, pretty printed).
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try JSONOutput.data(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Text of `contentType`, shown in the browser.
    static func text(_ text: String, contentType: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A file to save, named `fileName`.
    static func download(_ bytes: [UInt8], fileName: String, contentType: String) -> Response {
        let safeName = String(
            fileName.unicodeScalars.filter { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 }.map(
                Character.init))
        return Response(
            status: .ok,
            headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(safeName)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// 303 See Other to `location` (after a form post).
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// The media type for a file name, by its extension; text types for text the browser
    /// must not run (Markdown, TSV, XLIFF and TMX are shown as plain text).
    static func contentType(forFileName name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") { return "text/html; charset=utf-8" }
        if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") { return "application/json; charset=utf-8" }
        if lower.hasSuffix(".csv") { return "text/csv; charset=utf-8" }
        if lower.hasSuffix(".tsv") { return "text/tab-separated-values; charset=utf-8" }
        if lower.hasSuffix(".xlf") || lower.hasSuffix(".tmx") || lower.hasSuffix(".tbx") {
            return "application/xml; charset=utf-8"
        }
        return "text/plain; charset=utf-8"
    }
}

/// Turns a library error about the user's input into a 422 answer that says what is wrong;
/// HTTP errors pass through.
func inputError(_ error: any Error) -> any Error {
    if error is HTTPError { return error }
    return HTTPError(.unprocessableContent, message: String(describing: error))
}
