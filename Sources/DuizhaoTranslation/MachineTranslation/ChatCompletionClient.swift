import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Posts chat-completion requests with AsyncHTTPClient (SwiftNIO), blocking the calling thread
/// until the answer (callers run it on their own worker threads). The thread sleeps until the
/// answer or the deadline: nothing polls, so a run waiting for a slow server uses no CPU.
/// (Foundation's `URLSession` on Linux kept a core busy while it waited: its libcurl sockets
/// are watched by dispatch sources that fired over a thousand times a second.)
///
/// Connections are kept and reused (HTTP/1.1 keep-alive), at most
/// ``MachineTranslationConfiguration/concurrency`` per host; redirects are not followed (the
/// key would go with them). Each request has its own deadline,
/// ``MachineTranslationConfiguration/timeout`` seconds from when it is sent.
///
/// Retries 429 and 5xx answers, and connections closed before the answer, with exponential
/// backoff, waiting what `Retry-After` asks (at most
/// ``MachineTranslationConfiguration/maxRetryDelay``). Timeouts and failures to connect are
/// not retried: a slow server would only get more work, a missing one would not appear. The key is sent as
/// `Authorization: Bearer` and cleaned out of any text kept from the service's answers.
public final class ChatCompletionClient: Sendable {
    /// The service and limits.
    public let configuration: MachineTranslationConfiguration
    private let http: HTTPClient

    /// The largest answer body read.
    static let maxBodyBytes = 16 << 20
    /// The longest wait for a connection to be made.
    static let connectTimeout = 10.0

    /// Creates a client.
    public init(configuration: MachineTranslationConfiguration) {
        self.configuration = configuration
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.concurrency)
        // A refused connection fails its request at once (the pool would otherwise try again
        // until the request's deadline).
        pool.retryConnectionEstablishment = false
        let timeout = HTTPClient.Configuration.Timeout(
            connect: Self.amount(min(configuration.timeout, Self.connectTimeout)))
        http = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: HTTPClient.Configuration(
                redirectConfiguration: .disallow, timeout: timeout, connectionPool: pool))
    }

    deinit {
        // Closes the kept connections in the background; the HTTP client lives until then.
        http.shutdown { _ in }
    }

    /// The first choice of the answer to `messages`, at most `limit` long; `json` asks for a
    /// JSON object.
    func complete(
        _ messages: [ChatCompletion.Message], limit: GenerationLimit, json: Bool = false
    ) throws -> ChatCompletion.Answer {
        let body = ChatCompletion.Request(model: configuration.model, messages: messages, limit: limit, json: json)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let request: HTTPClient.Request
        do {
            var headers = HTTPHeaders([("Content-Type", "application/json"), ("Accept", "application/json")])
            if let key = configuration.apiKey { headers.add(name: "Authorization", value: "Bearer \(key)") }
            request = try HTTPClient.Request(
                url: configuration.url.absoluteString, method: .POST, headers: headers,
                body: .bytes(try encoder.encode(body)))
        } catch {
            throw MachineTranslationError.invalidConfiguration(
                "cannot make a request to \(configuration.url.absoluteString): \(clean("\(error)"))")
        }

        var attempt = 0
        while true {
            let status: Int, headers: HTTPHeaders, data: Data
            do {
                (status, headers, data) = try send(request)
            } catch let error as MachineTranslationError {
                guard case .transport = error, attempt < configuration.maxRetries else { throw error }
                (status, headers, data) = (0, [:], Data())
            }
            if (200..<300).contains(status) { return try answer(data) }
            let retriable = status == 0 || status == 429 || (500...599).contains(status)
            guard retriable, attempt < configuration.maxRetries else {
                throw MachineTranslationError.httpStatus(
                    host: configuration.host, status: status, detail: errorDetail(data))
            }
            let backoff = configuration.retryDelay * pow(2, Double(attempt))
            let wait = min(Self.retryAfter(headers.first(name: "retry-after")) ?? backoff, configuration.maxRetryDelay)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            attempt += 1
        }
    }

    /// How many requests the server answers in parallel, when it says: llama.cpp's server
    /// reports its slots (`total_slots`) at `/props`. Nil when the server does not answer that
    /// within a few seconds (other services).
    public func serverSlots() -> Int? {
        guard var components = URLComponents(url: configuration.url, resolvingAgainstBaseURL: false) else { return nil }
        components.path = "/props"
        components.query = nil
        guard let url = components.url else { return nil }
        var headers = HTTPHeaders([("Accept", "application/json")])
        if let key = configuration.apiKey { headers.add(name: "Authorization", value: "Bearer \(key)") }
        guard let request = try? HTTPClient.Request(url: url.absoluteString, method: .GET, headers: headers),
            let response = try? http.execute(
                request: request, deadline: .now() + Self.amount(min(configuration.timeout, 5))
            ).wait(),
            response.status == .ok, let body = response.body,
            let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
            let slots = (object["total_slots"] as? NSNumber)?.intValue, slots >= 1
        else { return nil }
        return slots
    }

    /// One exchange: status, headers and body. Waits (asleep) for the answer or the deadline.
    private func send(_ request: HTTPClient.Request) throws -> (Int, HTTPHeaders, Data) {
        do {
            let response = try http.execute(request: request, deadline: .now() + Self.amount(configuration.timeout))
                .wait()
            let data = response.body.map { Data($0.readableBytesView) } ?? Data()
            guard data.count <= Self.maxBodyBytes else {
                throw MachineTranslationError.malformedResponse(
                    host: configuration.host, detail: "the answer is larger than \(Self.maxBodyBytes >> 20) MB")
            }
            return (Int(response.status.code), response.headers, data)
        } catch let error as MachineTranslationError {
            throw error
        } catch {
            throw map(error)
        }
    }

    /// An HTTP client error as a ``MachineTranslationError``.
    func map(_ error: Error) -> MachineTranslationError {
        let host = configuration.host
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .timedOut(host: host, seconds: configuration.timeout)
            case .connectTimeout:
                return .unreachable(
                    host: host,
                    detail:
                        "no connection within \(MachineTranslationError.seconds(min(configuration.timeout, Self.connectTimeout))) s"
                )
            case .remoteConnectionClosed:
                return .transport(host: host, detail: "the connection was closed before the answer was complete")
            default:
                return .transport(host: host, detail: clean("\(client)"))
            }
        }
        if let connection = error as? NIOConnectionError {
            if connection.dnsAError != nil || connection.dnsAAAAError != nil, connection.connectionErrors.isEmpty {
                return .unreachable(host: host, detail: "unknown host")
            }
            if let first = connection.connectionErrors.first { return map(first.error) }
            return .unreachable(host: host, detail: "no connection")
        }
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return .unreachable(host: host, detail: "connection refused")
            case EHOSTUNREACH, ENETUNREACH: return .unreachable(host: host, detail: "no route to host")
            case ECONNRESET, EPIPE: return .transport(host: host, detail: "the connection was reset")
            default: return .transport(host: host, detail: clean(io.description))
            }
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return .unreachable(
                host: host, detail: "no connection within \(MachineTranslationError.seconds(Self.connectTimeout)) s")
        }
        return .transport(host: host, detail: clean("\(error)"))
    }

    /// `seconds` as a NIO time amount.
    static func amount(_ seconds: Double) -> TimeAmount {
        .nanoseconds(Int64((seconds * 1_000_000_000).rounded()))
    }

    /// The first choice.
    private func answer(_ data: Data) throws -> ChatCompletion.Answer {
        let response: ChatCompletion.Response
        do {
            response = try JSONDecoder().decode(ChatCompletion.Response.self, from: data)
        } catch {
            throw MachineTranslationError.malformedResponse(
                host: configuration.host, detail: "the body is not chat-completion JSON: \(snippet(data))")
        }
        guard let choice = response.choices.first, let content = choice.message.content,
            !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw MachineTranslationError.unusableAnswer(host: configuration.host, detail: "the answer has no text")
        }
        return ChatCompletion.Answer(content: content, truncated: choice.finishReason == "length")
    }

    /// What an error answer says: the OpenAI-style `error.message`, or the start of the body.
    private func errorDetail(_ data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String {
                return clean(String(message.prefix(200)))
            }
            if let message = object["error"] as? String { return clean(String(message.prefix(200))) }
        }
        return snippet(data)
    }

    /// The start of a body, on one line, without the key.
    private func snippet(_ data: Data) -> String {
        let text = String(decoding: data.prefix(200), as: UTF8.self).split(whereSeparator: \.isNewline).joined(
            separator: " ")
        return clean(text.isEmpty ? "empty body" : text)
    }

    /// `text` with the API key replaced (a service may echo request headers in errors).
    private func clean(_ text: String) -> String {
        guard let key = configuration.apiKey, !key.isEmpty else { return text }
        return text.replacingOccurrences(of: key, with: "[key]")
    }

    /// Seconds to wait from a `Retry-After` value: delay seconds or an HTTP date.
    static func retryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
