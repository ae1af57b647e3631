import ArgumentParser
import DuizhaoKit
import Foundation

/// Options for machine translation through an OpenAI-compatible chat-completions service.
/// Off unless an endpoint is given (`--mt-endpoint` or `DUIZHAO_MT_ENDPOINT`). The API key
/// is read only from an environment variable, never from a flag or a file.
struct MachineTranslationOptions: ParsableArguments {
    static let defaultKeyVariable = "DUIZHAO_MT_KEY"

    @Option(
        name: .customLong("mt-endpoint"),
        help: ArgumentHelp(
            "Machine translation: an OpenAI-compatible service (llama.cpp server, vLLM, Ollama, hosted), as a base URL (http://127.0.0.1:8080) or the full chat-completions URL. Default $DUIZHAO_MT_ENDPOINT; none: no machine translation.",
            valueName: "url"))
    var endpoint: String?

    @Option(
        name: .customLong("mt-model"),
        help: ArgumentHelp("The model to ask for. Default $DUIZHAO_MT_MODEL.", valueName: "name"))
    var model: String?

    @Option(
        name: .customLong("mt-key-env"),
        help: ArgumentHelp(
            "The environment variable holding the API key, sent as a bearer token (default DUIZHAO_MT_KEY; local servers need none).",
            valueName: "name"))
    var keyVariable: String?

    @Option(
        name: .customLong("mt-timeout"),
        help: ArgumentHelp(
            "Seconds each translation request may take (from when it is sent; a request past it fails, and its sentences keep their glosses, flagged).",
            valueName: "seconds"))
    var timeout: Double = 120

    @Option(name: .customLong("mt-batch-size"), help: ArgumentHelp("Sentences per request.", valueName: "n"))
    var batchSize = 8

    @Option(
        name: .customLong("mt-concurrency"),
        help: ArgumentHelp(
            "Requests in flight at once. Default: what the server serves in parallel (llama.cpp's server reports its slots), else \(Self.defaultConcurrency).",
            valueName: "n"))
    var concurrency: Int?

    /// Requests in flight when the server does not say how many it serves in parallel.
    static let defaultConcurrency = 2

    @Option(name: .customLong("mt-retries"), help: ArgumentHelp("Retries after a 429 or 5xx answer.", valueName: "n"))
    var retries = 3

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--mt-timeout must be more than 0 seconds") }
        guard batchSize >= 1 else { throw ValidationError("--mt-batch-size must be at least 1") }
        if let concurrency, concurrency < 1 { throw ValidationError("--mt-concurrency must be at least 1") }
        guard retries >= 0 else { throw ValidationError("--mt-retries cannot be negative") }
        // Refuse anything that is not a variable name without repeating it: it may be the
        // key itself, typed in the wrong place.
        if let keyVariable, !Self.isVariableName(keyVariable) {
            throw ValidationError(
                "--mt-key-env takes the name of an environment variable (letters, digits and _), not the key itself")
        }
    }

    /// The service the options describe, nil when no endpoint is given. Without
    /// `--mt-concurrency` the server is asked how many requests it serves in parallel.
    func configuration(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> MachineTranslationConfiguration? {
        let endpoint = (self.endpoint ?? environment["DUIZHAO_MT_ENDPOINT"]).flatMap { $0.isEmpty ? nil : $0 }
        guard let endpoint else {
            if model != nil || keyVariable != nil {
                throw ValidationError(
                    "--mt-model and --mt-key-env need an endpoint: --mt-endpoint or DUIZHAO_MT_ENDPOINT")
            }
            return nil
        }
        guard let model = (model ?? environment["DUIZHAO_MT_MODEL"]).flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw ValidationError("machine translation needs a model: --mt-model or DUIZHAO_MT_MODEL")
        }
        let variable = keyVariable ?? Self.defaultKeyVariable
        let key = environment[variable].flatMap { $0.isEmpty ? nil : $0 }
        if key == nil, keyVariable != nil {
            throw ValidationError("the environment variable \(variable) named by --mt-key-env is not set")
        }
        var configuration = try MachineTranslationConfiguration(
            endpoint: endpoint, model: model, apiKey: key, timeout: timeout, batchSize: batchSize,
            concurrency: concurrency ?? Self.defaultConcurrency, maxRetries: retries)
        if concurrency == nil, let slots = ChatCompletionClient(configuration: configuration).serverSlots() {
            configuration.concurrency = slots
        }
        return configuration
    }

    /// The warning on standard error when sentences fell back to their gloss.
    /// `unusableAnswers` of the `sentences` failed because the model's answer was unusable;
    /// when only some did, the warning says so, since `firstError` then names the other cause.
    static func warn(sentences: Int, unusableAnswers: Int = 0, firstError: MachineTranslationError) {
        var standardError = StandardError()
        let mixed =
            unusableAnswers > 0 && unusableAnswers < sentences
            ? " (\(unusableAnswers) of them because the model's answer was unusable: cut off, empty or only a lead-in)"
            : ""
        print(
            "duizhao: warning: machine translation failed for \(sentences) sentence(s)\(mixed); their English lines are glosses flagged service-failure. \(ErrorAdvice.message(for: firstError))",
            to: &standardError)
    }

    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }
}
