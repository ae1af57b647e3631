import Foundation
import Hummingbird

extension Request {
    /// The whole body, refused with 413 when it is larger than `limit` (chunked bodies too);
    /// `hint` says how to raise the limit.
    func bodyBytes(limit: Int, hint: String? = nil) async throws -> [UInt8] {
        do {
            let buffer = try await body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw HTTPError(
                .contentTooLarge,
                message:
                    "The request body is larger than the limit of \(limit) bytes\(ServerConfiguration.Hints.suffix(hint))."
            )
        }
    }

    /// The value of query parameter `name`, nil when absent.
    func query(_ name: String) -> String? {
        uri.queryParameters[name[...]].map { String($0) }
    }

    /// The fields of a posted form, `multipart/form-data` or `application/x-www-form-urlencoded`.
    func form(limit: Int, hint: String? = nil) async throws -> MultipartForm {
        let bytes = try await bodyBytes(limit: limit, hint: hint)
        let type = headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = MultipartForm.boundary(contentType: type) else {
                throw HTTPError(.badRequest, message: MultipartForm.ParseError.noBoundary.description)
            }
            do { return try MultipartForm(body: bytes, boundary: boundary) } catch {
                throw HTTPError(.badRequest, message: String(describing: error))
            }
        }
        if type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            return MultipartForm(urlEncoded: String(decoding: bytes, as: UTF8.self))
        }
        throw HTTPError(
            .unsupportedMediaType, message: "Send the form as multipart/form-data or application/x-www-form-urlencoded."
        )
    }
}

extension MultipartForm {
    /// The fields of a URL-encoded form body.
    init(urlEncoded body: String) {
        parts = body.split(separator: "&").map { pair in
            let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            let value = pieces.count > 1 ? decode(pieces[1]) : ""
            return Part(name: decode(pieces[0]), fileName: nil, bytes: Array(value.utf8))
        }
    }
}
