/// Why machine translation failed. Messages say what to check; none contains the API key
/// (texts that come from the service are cleaned of it before they are kept).
public enum MachineTranslationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The endpoint, model or limits are not usable.
    case invalidConfiguration(String)
    /// No connection could be made (connection refused, unknown host, network down).
    case unreachable(host: String, detail: String)
    /// The service did not answer within the timeout.
    case timedOut(host: String, seconds: Double)
    /// The service answered with an HTTP error status (after any retries).
    case httpStatus(host: String, status: Int, detail: String)
    /// The connection failed after it was made (closed early, reset).
    case transport(host: String, detail: String)
    /// The service answered, but not with a chat completion that can be read.
    case malformedResponse(host: String, detail: String)
    /// The service answered with a chat completion, but the model's answer is not a usable
    /// translation (empty, or cut off at the generation limit): the model, not the
    /// connection, is the problem. Not counted toward giving the service up.
    case unusableAnswer(host: String, detail: String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let problem):
            return "machine translation: \(problem)"
        case .unreachable(let host, let detail):
            return "machine translation: cannot connect to \(host) (\(detail)); check that the server is running and that --mt-endpoint is right"
        case .timedOut(let host, let seconds):
            return "machine translation: \(host) did not answer within \(Self.seconds(seconds)) s; raise --mt-timeout or lower --mt-batch-size"
        case .httpStatus(let host, let status, let detail):
            let hint: String
            switch status {
            case 401, 403: hint = "check the API key (its environment variable, see --mt-key-env)"
            case 404: hint = "check --mt-endpoint (the chat-completions path) and --mt-model"
            case 429: hint = "the service is rate limiting; lower --mt-concurrency or try later"
            case 500...599: hint = "the service failed; try later"
            default: hint = "check --mt-endpoint and --mt-model"
            }
            return "machine translation: \(host) answered HTTP \(status)\(detail.isEmpty ? "" : ": \(detail)"); \(hint)"
        case .transport(let host, let detail):
            return "machine translation: the request to \(host) failed (\(detail)); try again, or lower --mt-concurrency"
        case .malformedResponse(let host, let detail):
            return "machine translation: \(host) sent an answer that is not a chat completion (\(detail)); check that --mt-endpoint speaks the OpenAI chat-completions API"
        case .unusableAnswer(let host, let detail):
            return "machine translation: the model at \(host) gave no usable translation (\(detail)); "
                + "use a larger instruction-tuned model with Chinese (--mt-model), such as a 7B one"
        }
    }

    /// What went wrong, without the advice: for the issue on each sentence's line.
    public var reason: String {
        switch self {
        case .invalidConfiguration(let problem): return problem
        case .unreachable(let host, let detail): return "cannot connect to \(host) (\(detail))"
        case .timedOut(let host, let seconds): return "\(host) did not answer within \(Self.seconds(seconds)) s"
        case .httpStatus(let host, let status, let detail): return "\(host) answered HTTP \(status)\(detail.isEmpty ? "" : ": \(detail)")"
        case .transport(let host, let detail): return "the request to \(host) failed (\(detail))"
        case .malformedResponse(let host, let detail): return "\(host) sent an answer that is not a chat completion (\(detail))"
        case .unusableAnswer(let host, let detail): return "the model at \(host) gave no usable translation (\(detail))"
        }
    }

    /// True when the service cannot be reached at all: later requests of the run are not tried.
    public var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
