import Foundation

/// How to reach an OpenAI-compatible chat-completions service (llama.cpp's server, vLLM,
/// Ollama, hosted services) and how hard to push it.
///
/// The API key is a value handed in by the caller (the command line reads it from an
/// environment variable); it is sent only as `Authorization: Bearer`, and ``description``
/// never shows it.
public struct MachineTranslationConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The chat-completions URL requests are posted to.
    public var url: URL
    /// The model name sent with every request.
    public var model: String
    /// The API key, nil for services that need none (a local server).
    public var apiKey: String?
    /// Seconds a request may take before it is abandoned.
    public var timeout: Double
    /// Sentences sent in one request.
    public var batchSize: Int
    /// Requests in flight at once.
    public var concurrency: Int
    /// Retries after a 429 or 5xx answer (0: one attempt only).
    public var maxRetries: Int
    /// The first retry's wait in seconds when the service gives no `Retry-After`; doubled
    /// for each further retry.
    var retryDelay: Double
    /// The longest wait before a retry, whatever `Retry-After` asks for.
    var maxRetryDelay: Double

    /// Creates a configuration. `endpoint` is either a full chat-completions URL (ending in
    /// `/chat/completions`) or a base URL (`http://127.0.0.1:8080`, `https://host/v1`) to
    /// which `/v1/chat/completions` (or `/chat/completions` after `/v1`) is added.
    public init(
        endpoint: String, model: String, apiKey: String? = nil, timeout: Double = 120, batchSize: Int = 8,
        concurrency: Int = 2,
        maxRetries: Int = 3, retryDelay: Double = 1, maxRetryDelay: Double = 60
    ) throws {
        url = try Self.chatCompletionsURL(endpoint)
        let model = model.trimmingCharacters(in: .whitespaces)
        guard !model.isEmpty else { throw MachineTranslationError.invalidConfiguration("the model name is empty") }
        guard timeout > 0 else {
            throw MachineTranslationError.invalidConfiguration(
                "the timeout must be more than 0 seconds (got \(timeout))")
        }
        guard batchSize >= 1 else {
            throw MachineTranslationError.invalidConfiguration("the batch size must be at least 1 (got \(batchSize))")
        }
        guard concurrency >= 1 else {
            throw MachineTranslationError.invalidConfiguration(
                "the concurrency must be at least 1 (got \(concurrency))")
        }
        guard maxRetries >= 0 else {
            throw MachineTranslationError.invalidConfiguration(
                "the number of retries cannot be negative (got \(maxRetries))")
        }
        self.model = model
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.timeout = timeout
        self.batchSize = batchSize
        self.concurrency = concurrency
        self.maxRetries = maxRetries
        self.retryDelay = max(0, retryDelay)
        self.maxRetryDelay = max(0, maxRetryDelay)
    }

    /// The host (and port) requests go to, for messages.
    public var host: String {
        guard let host = url.host else { return url.absoluteString }
        return url.port.map { "\(host):\($0)" } ?? host
    }

    /// Who produced a machine-translated line: `<model> @ <host>`.
    public var provider: String { "\(model) @ \(host)" }

    /// The configuration without the key.
    public var description: String {
        "\(provider) (\(url.absoluteString), key \(apiKey == nil ? "none" : "set"), timeout \(timeout) s, batch \(batchSize), concurrency \(concurrency), retries \(maxRetries))"
    }

    /// The same as ``description``: debug output does not show the key either.
    public var debugDescription: String { description }

    /// The fields without the key, for `dump` and debuggers.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "url": url, "model": model, "apiKey": apiKey == nil ? "none" : "[set]", "timeout": timeout,
                "batchSize": batchSize,
                "concurrency": concurrency, "maxRetries": maxRetries, "retryDelay": retryDelay,
                "maxRetryDelay": maxRetryDelay,
            ])
    }

    /// The chat-completions URL for an endpoint as a user writes it.
    static func chatCompletionsURL(_ endpoint: String) throws -> URL {
        let trimmed = endpoint.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else {
            throw MachineTranslationError.invalidConfiguration(
                "the endpoint \"\(trimmed)\" is not an http(s) URL (for example http://127.0.0.1:8080 or https://api.example.com/v1)"
            )
        }
        guard components.user == nil, components.password == nil else {
            throw MachineTranslationError.invalidConfiguration(
                "the endpoint must not contain a user name or password: pass the key through the environment")
        }
        var result = components
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        if !path.hasSuffix("/chat/completions") {
            path += path.hasSuffix("/v1") ? "/chat/completions" : "/v1/chat/completions"
        }
        result.path = path
        guard let url = result.url else {
            throw MachineTranslationError.invalidConfiguration("the endpoint \"\(trimmed)\" is not a valid URL")
        }
        return url
    }
}
