import HTTPTypes
import Hummingbird

/// The middleware in front of every route.
///
/// Before the route: refuses a `Host` that DNS could rebind and a state-changing request from
/// another site (``HostCheck``), and a body larger than `--max-size` by its declared length.
/// After it: puts the security headers on every answer, errors included: the app's
/// Content-Security-Policy (own scripts and styles only, no inline code, no other origin)
/// unless the route set a stricter one, `X-Content-Type-Options: nosniff`, and
/// same-origin resource and referrer policies. Errors become a page for a page and JSON for the API.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    /// The policy of the app's own pages.
    static var appPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"
    }

    let maxSize: Int
    /// How to raise `maxSize`, for the message of a request over it.
    let sizeHint: String?
    let pages: PageRenderer

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            try check(request)
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = try errorResponse(
                status: error.status, message: error.body ?? error.status.reasonPhrase, request: request)
        } catch let error as any HTTPResponseError {
            response = try errorResponse(status: error.status, message: error.status.reasonPhrase, request: request)
        } catch {
            context.logger.error("request failed: \(String(describing: error))")
            response = try errorResponse(
                status: .internalServerError, message: "The server could not answer this request.", request: request)
        }
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.appPolicy }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"  // "no-referrer" would make forms post "Origin: null"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// Throws a 4xx for a request the server must not answer.
    func check(_ request: Request) throws {
        let hosts = [request.head.authority].compactMap { $0 } + request.headers[values: .hostHeader]
        guard !hosts.isEmpty else { throw HTTPError(.badRequest, message: "The request has no Host header.") }
        for host in hosts where !HostCheck.isAllowedHost(host) {
            throw HTTPError(
                .misdirectedRequest,
                message: "Host '\(host)' is not this server: open it as localhost or by its IP address.")
        }
        if request.method != .get, request.method != .head {
            if let origin = request.headers[.origin], !hosts.allSatisfy({ HostCheck.isSameOrigin(origin, host: $0) }) {
                throw HTTPError(.forbidden, message: "Requests from another site (Origin '\(origin)') are refused.")
            }
            if request.headers[.secFetchSite] == "cross-site" {
                throw HTTPError(.forbidden, message: "Requests from another site are refused.")
            }
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxSize {
            throw HTTPError(
                .contentTooLarge,
                message:
                    "The request body has \(length) bytes; the limit is \(maxSize)\(ServerConfiguration.Hints.suffix(sizeHint))."
            )
        }
    }

    /// The error as JSON under `/api/`, as a page elsewhere.
    func errorResponse(status: HTTPResponse.Status, message: String, request: Request) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return try Reply.json(APIError(error: .init(status: status.code, message: message)), status: status)
        }
        return Reply.html(
            pages.error(status: status.code, reason: status.reasonPhrase, message: message), status: status)
    }
}

/// The body of an API error: `{"error": {"status": 400, "message": "…"}}`.
struct APIError: Codable {
    struct Detail: Codable {
        var status: Int
        var message: String
    }

    var error: Detail
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    /// `Host` as a plain field: HTTP/1 servers move it into the request's authority, but a
    /// request may carry it as a field too, and then it is checked as well.
    static let hostHeader = HTTPField.Name("Host")!
}
