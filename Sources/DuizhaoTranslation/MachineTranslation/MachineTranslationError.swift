/// Why machine translation failed. Messages say what went wrong (the command line adds which
/// of its options to check); none contains the API key (texts that come from the service are
/// cleaned of it before they are kept).
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

    public var description: String { "machine translation: \(reason)" }

    /// What went wrong: for the issue on each sentence's line.
    public var reason: String {
        switch self {
        case .invalidConfiguration(let problem): return problem
        case .unreachable(let host, let detail): return "cannot connect to \(host) (\(detail))"
        case .timedOut(let host, let seconds): return "\(host) did not answer within \(Self.seconds(seconds)) s"
        case .httpStatus(let host, let status, let detail):
            return "\(host) answered HTTP \(status)\(detail.isEmpty ? "" : ": \(detail)")"
        case .transport(let host, let detail): return "the request to \(host) failed (\(detail))"
        case .malformedResponse(let host, let detail):
            return "\(host) sent an answer that is not a chat completion (\(detail))"
        case .unusableAnswer(let host, let detail): return "the model at \(host) gave no usable translation (\(detail))"
        }
    }

    /// True when the service cannot be reached at all: later requests of the run are not tried.
    var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
