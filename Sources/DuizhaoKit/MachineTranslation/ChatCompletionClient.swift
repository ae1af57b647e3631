import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts chat-completion requests with Foundation's `URLSession`, blocking the calling thread
/// until the answer (callers run it on their own worker threads).
///
/// Retries 429 and 5xx answers, and connections closed before the answer, with exponential
/// backoff, waiting what `Retry-After` asks (at most
/// ``MachineTranslationConfiguration/maxRetryDelay``). Timeouts and failures to connect are
/// not retried: a slow server would only get more work, a missing one would not appear. The key is sent as
/// `Authorization: Bearer` and cleaned out of any text kept from the service's answers.
public final class ChatCompletionClient: Sendable {
    /// The service and limits.
    public let configuration: MachineTranslationConfiguration
    private let session: URLSession

    /// Creates a client.
    public init(configuration: MachineTranslationConfiguration) {
        self.configuration = configuration
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = configuration.timeout
        sessionConfiguration.timeoutIntervalForResource = configuration.timeout
        sessionConfiguration.httpMaximumConnectionsPerHost = configuration.concurrency
        sessionConfiguration.urlCache = nil
        sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: sessionConfiguration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// The first choice of the answer to `messages`; `json` asks for a JSON object.
    public func complete(_ messages: [ChatCompletion.Message], json: Bool = false) throws -> ChatCompletion.Answer {
        let body = ChatCompletion.Request(model: configuration.model, messages: messages, json: json)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var request = URLRequest(url: configuration.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: configuration.timeout)
        request.httpMethod = "POST"
        request.httpBody = try encoder.encode(body)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let key = configuration.apiKey { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }

        var attempt = 0
        while true {
            let status: Int, headers: [String: String], data: Data
            do {
                (status, headers, data) = try send(request)
            } catch let error as MachineTranslationError {
                guard case .transport = error, attempt < configuration.maxRetries else { throw error }
                (status, headers, data) = (0, [:], Data())
            }
            if (200..<300).contains(status) { return try answer(data) }
            let retriable = status == 0 || status == 429 || (500...599).contains(status)
            guard retriable, attempt < configuration.maxRetries else {
                throw MachineTranslationError.httpStatus(host: configuration.host, status: status, detail: errorDetail(data))
            }
            let backoff = configuration.retryDelay * pow(2, Double(attempt))
            let wait = min(Self.retryAfter(headers["retry-after"]) ?? backoff, configuration.maxRetryDelay)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            attempt += 1
        }
    }

    /// One exchange: status, headers (lowercased names) and body.
    private func send(_ request: URLRequest) throws -> (Int, [String: String], Data) {
        let outcome = LockedValue<(Data?, URLResponse?, Error?)?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.withLock { $0 = (data, response, error) }
            done.signal()
        }
        task.resume()
        // URLSession's own timeouts should end the task first; this is the backstop.
        if done.wait(timeout: .now() + configuration.timeout + 5) == .timedOut {
            task.cancel()
            throw MachineTranslationError.timedOut(host: configuration.host, seconds: configuration.timeout)
        }
        let (data, response, error) = outcome.withLock { $0 } ?? (nil, nil, nil)
        if let error { throw map(error) }
        guard let http = response as? HTTPURLResponse else {
            throw MachineTranslationError.malformedResponse(host: configuration.host, detail: "no HTTP response")
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return (http.statusCode, headers, data ?? Data())
    }

    /// A URLSession error as a ``MachineTranslationError``.
    private func map(_ error: Error) -> MachineTranslationError {
        let host = configuration.host
        guard let urlError = error as? URLError else {
            return .transport(host: host, detail: clean((error as NSError).localizedDescription))
        }
        switch urlError.code {
        case .timedOut:
            return .timedOut(host: host, seconds: configuration.timeout)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .secureConnectionFailed:
            return .unreachable(host: host, detail: Self.describe(urlError.code))
        default:
            return .transport(host: host, detail: Self.describe(urlError.code))
        }
    }

    static func describe(_ code: URLError.Code) -> String {
        switch code {
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "unknown host"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed: return "TLS handshake failed"
        case .networkConnectionLost: return "the connection was closed before the answer was complete"
        case .badServerResponse: return "bad server response"
        case .cancelled: return "cancelled"
        default: return "URL error \(code.rawValue)"
        }
    }

    /// The first choice.
    private func answer(_ data: Data) throws -> ChatCompletion.Answer {
        let response: ChatCompletion.Response
        do {
            response = try JSONDecoder().decode(ChatCompletion.Response.self, from: data)
        } catch {
            throw MachineTranslationError.malformedResponse(host: configuration.host, detail: "the body is not chat-completion JSON: \(snippet(data))")
        }
        guard let choice = response.choices.first, let content = choice.message.content,
            !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw MachineTranslationError.malformedResponse(host: configuration.host, detail: "the answer has no text")
        }
        return ChatCompletion.Answer(content: content, truncated: choice.finishReason == "length")
    }

    /// What an error answer says: the OpenAI-style `error.message`, or the start of the body.
    private func errorDetail(_ data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return clean(String(message.prefix(200))) }
            if let message = object["error"] as? String { return clean(String(message.prefix(200))) }
        }
        return snippet(data)
    }

    /// The start of a body, on one line, without the key.
    private func snippet(_ data: Data) -> String {
        let text = String(decoding: data.prefix(200), as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
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
