import DuizhaoCore
import DuizhaoText
import Foundation

/// Machine translation through an OpenAI-compatible chat-completions service, checked
/// against the glossary.
///
/// ``prepare(_:)`` sends every sentence with Chinese in it that the cache does not know, in
/// batches of ``MachineTranslationConfiguration/batchSize`` on at most
/// ``MachineTranslationConfiguration/concurrency`` connections; a batch answer that cannot
/// be read (or that leaves sentences out) is completed with one request per missing
/// sentence, and after ``unreadableBatchesBeforeSingles`` batch answers in a row with nothing
/// readable in them (a model too weak for the JSON form) the rest of the run goes sentence by
/// sentence. ``english(for:)`` then answers from those results (a sentence it was not
/// prepared with, such as part of a heading, is translated on its own).
///
/// Lines are labelled `mt` with provider `<model> @ <host>` and carry the
/// ``TranslationVerifier``'s issues. When the service fails for a sentence (unreachable,
/// timeout, HTTP error after retries, an answer that is not a chat completion) the line is
/// the gloss, labelled `gloss`, with a `service-failure` issue; the run goes on, and
/// ``takeFailures()`` tells the caller so that it can warn once. After a connection
/// failure, or three failed requests in a row, no further request is sent in the run.
///
/// Every request is bounded by a ``GenerationLimit`` worked out from the sentences it asks
/// about. ``statistics`` counts what was asked, translated, failed and found in the cache;
/// a ``ProgressMeter`` given at creation is told of each sentence as its answer comes.
public final class MachineTranslator: Translator, @unchecked Sendable {
    /// The service and limits.
    public let configuration: MachineTranslationConfiguration
    /// Translations kept between sentences, documents and (with a persistent cache) runs.
    public let cache: any MachineTranslationCache
    private let client: ChatCompletionClient
    private let verifier = TranslationVerifier()
    private let state = LockedValue(State())
    private let progress: ProgressMeter?

    /// What went wrong since the last ``takeFailures()``: how many sentences fell back to
    /// their gloss, how many of them because the model's answer was unusable, and the error
    /// to report.
    public struct Failures: Sendable, Equatable {
        /// Sentences whose line is a gloss because the service failed.
        public var sentences: Int
        /// The error to report: the first failure of the service (unreachable, timeout, HTTP
        /// error), else the first unusable answer, which only says the model is weak.
        public var firstError: MachineTranslationError
        /// Of ``sentences``, those whose answer was unusable (``MachineTranslationError/unusableAnswer(host:detail:)``).
        public var unusableAnswers = 0

        /// Adds one sentence that failed with `error`.
        mutating func add(_ error: MachineTranslationError) {
            sentences += 1
            if case .unusableAnswer = error {
                unusableAnswers += 1
            } else if case .unusableAnswer = firstError {
                firstError = error
            }
        }
    }

    private struct State {
        /// Results of the last ``prepare(_:)``, by cache key.
        var results: [String: Result<String, MachineTranslationError>] = [:]
        /// Set when the service is given up: later requests fail at once with it.
        var givenUp: MachineTranslationError?
        /// Requests that failed since the last one that succeeded.
        var failuresInARow = 0
        /// Batch answers with nothing readable in them since the last readable one.
        var unreadableBatchesInARow = 0
        var failures: Failures?
        var statistics = Statistics()
        var firstRequest: Date?
        var lastAnswer: Date?
    }

    /// What the translator did so far.
    public struct Statistics: Sendable, Equatable {
        /// Sentences sent to the service (each counted once, however many requests it took).
        public var asked = 0
        /// Sentences the service translated.
        public var translated = 0
        /// Sentences whose request failed (their lines are glosses flagged `service-failure`).
        public var failed = 0
        /// Sentences answered from the cache, with no request.
        public var cached = 0
        /// Requests sent (retries not counted).
        public var requests = 0
        /// Seconds from the first request to the last answer.
        public var seconds: Double = 0

        /// No work yet.
        public init() {}

        /// Sentences answered (translated or failed) per second of requesting.
        public var sentencesPerSecond: Double { seconds > 0 ? Double(translated + failed) / seconds : 0 }
    }

    /// What the translator did so far.
    public var statistics: Statistics {
        state.withLock { state in
            var statistics = state.statistics
            if let first = state.firstRequest, let last = state.lastAnswer {
                statistics.seconds = max(0, last.timeIntervalSince(first))
            }
            return statistics
        }
    }

    /// When the service fails for a sentence: true to answer with the gloss flagged
    /// `service-failure` (the reader sees why there is no translation), false to answer nil
    /// so that a ``TranslatorChain`` asks its next translator (the failure is then only in
    /// ``takeFailures()``).
    let answersFailuresWithGloss: Bool

    /// Creates a translator; `cache` defaults to an in-memory one.
    public init(
        configuration: MachineTranslationConfiguration,
        cache: any MachineTranslationCache = InMemoryMachineTranslationCache(),
        answersFailuresWithGloss: Bool = true, progress: ProgressMeter? = nil
    ) {
        self.configuration = configuration
        self.cache = cache
        self.answersFailuresWithGloss = answersFailuresWithGloss
        self.progress = progress
        client = ChatCompletionClient(configuration: configuration)
    }

    /// The engine as a resource of the annotated document (`<model> @ <host>`).
    public var resource: ResourceInfo { ResourceInfo(kind: .machineTranslation, name: configuration.provider) }

    /// The failures since the last call, nil when there were none; resets them.
    public func takeFailures() -> Failures? {
        state.withLock { state in
            defer { state.failures = nil }
            return state.failures
        }
    }

    /// True when the sentence has Chinese to translate.
    static func needsTranslation(_ sentence: AnnotatedSentence) -> Bool {
        sentence.text.unicodeScalars.contains(where: \.isHan)
    }

    func key(_ sentence: AnnotatedSentence) -> String {
        MachineTranslationCacheKey.make(
            endpoint: configuration.url, model: configuration.model, sentence: sentence.text,
            renderings: TranslationPrompt.renderings(of: sentence))
    }

    public func prepare(_ sentences: [AnnotatedSentence]) throws {
        var pending: [(key: String, sentence: AnnotatedSentence)] = []
        var results: [String: Result<String, MachineTranslationError>] = [:]
        var seen = Set<String>()
        for sentence in sentences where Self.needsTranslation(sentence) {
            let key = key(sentence)
            guard seen.insert(key).inserted else { continue }
            if let cached = cache.cachedTranslation(forKey: key) {
                results[key] = .success(cached)
            } else {
                pending.append((key, sentence))
            }
        }
        state.withLock { $0.statistics.cached += results.count }
        progress?.addToTotal(pending.count)
        let batches = stride(from: 0, to: pending.count, by: configuration.batchSize).map {
            Array(pending[$0..<min($0 + configuration.batchSize, pending.count)])
        }
        let next = LockedValue(0)
        let answers = LockedValue([String: Result<String, MachineTranslationError>]())
        let group = DispatchGroup()
        for _ in 0..<min(configuration.concurrency, batches.count) {
            group.enter()
            let worker = Thread { [self] in
                defer { group.leave() }
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < batches.count else { return }
                    let translated = translate(batches[index])
                    answers.withLock { $0.merge(translated) { _, new in new } }
                    record(translated.values)
                }
            }
            worker.start()
        }
        group.wait()
        results.merge(answers.withLock { $0 }) { _, new in new }
        state.withLock { $0.results = results }
    }

    public func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        guard Self.needsTranslation(sentence) else { return nil }
        let key = key(sentence)
        let result: Result<String, MachineTranslationError>
        if let prepared = state.withLock({ $0.results[key] }) {
            result = prepared
        } else if let cached = cache.cachedTranslation(forKey: key) {
            state.withLock { $0.statistics.cached += 1 }
            result = .success(cached)
        } else {
            progress?.addToTotal(1)
            result = translateOne(sentence, key: key)
            record([result])
        }
        switch result {
        case .success(let text):
            return EnglishLine(
                text: text, origin: .machineTranslation, provider: configuration.provider,
                issues: verifier.issues(sentence: sentence, english: text))
        case .failure(let error):
            state.withLock { state in
                if state.failures == nil { state.failures = Failures(sentences: 0, firstError: error) }
                state.failures?.add(error)
            }
            guard answersFailuresWithGloss else { return nil }
            return EnglishLine(
                text: GlossTranslator().gloss(sentence), origin: .gloss,
                issues: [
                    TranslationIssue(
                        kind: .serviceFailure,
                        message: "machine translation failed, the line is a gloss: \(error.reason)")
                ])
        }
    }

    /// Counts answered sentences and tells the progress display.
    private func record<Results: Collection>(_ results: Results)
    where Results.Element == Result<String, MachineTranslationError> {
        var translated = 0, failed = 0
        for result in results {
            if case .success = result { translated += 1 } else { failed += 1 }
        }
        state.withLock { state in
            state.statistics.asked += translated + failed
            state.statistics.translated += translated
            state.statistics.failed += failed
            state.lastAnswer = Date()
        }
        for _ in 0..<translated { progress?.update(.processed) }
        for _ in 0..<failed { progress?.update(.failed) }
    }

    // MARK: Requests

    /// Failed requests in a row after which the service is given up for the run.
    static let failuresBeforeGivingUp = 3

    /// Sends `messages` unless the service has been given up: after a connection failure, or
    /// after ``failuresBeforeGivingUp`` failed requests in a row (timeouts, errors after the
    /// retries), so that a run over a dead or swamped service does not wait out a timeout
    /// per sentence.
    private func complete(
        _ messages: [ChatCompletion.Message], limit: GenerationLimit, json: Bool
    ) throws -> ChatCompletion.Answer {
        if let known = state.withLock({ $0.givenUp }) { throw known }
        state.withLock { state in
            state.statistics.requests += 1
            if state.firstRequest == nil { state.firstRequest = Date() }
        }
        do {
            let answer = try client.complete(messages, limit: limit, json: json)
            state.withLock { $0.failuresInARow = 0 }
            return answer
        } catch let error as MachineTranslationError {
            // The service answered: a poor model is no reason to give the service up.
            if case .unusableAnswer = error {
                state.withLock { $0.failuresInARow = 0 }
                throw error
            }
            state.withLock { state in
                state.failuresInARow += 1
                if state.givenUp == nil, error.isUnreachable || state.failuresInARow >= Self.failuresBeforeGivingUp {
                    state.givenUp = error
                }
            }
            throw error
        }
    }

    /// Batch answers in a row with nothing readable in them after which the run asks
    /// sentence by sentence (each such batch costs a whole generation limit's time for nothing).
    static let unreadableBatchesBeforeSingles = 2

    /// A batch's results by key.
    private func translate(
        _ batch: [(key: String, sentence: AnnotatedSentence)]
    ) -> [String: Result<String, MachineTranslationError>] {
        var results: [String: Result<String, MachineTranslationError>] = [:]
        let singles = state.withLock { $0.unreadableBatchesInARow >= Self.unreadableBatchesBeforeSingles }
        guard batch.count > 1, !singles else {
            for item in batch { results[item.key] = translateOne(item.sentence, key: item.key) }
            return results
        }
        var parsed: [Int: String] = [:]
        do {
            // A batch cut off at the length limit is read as far as it goes; the rest is asked
            // sentence by sentence.
            let limit = GenerationLimit.forTranslating(batch.map(\.sentence.text), json: true)
            let answer = try complete(TranslationPrompt.batch(batch.map(\.sentence)), limit: limit, json: true)
            parsed = TranslationResponseParser.batch(answer.content, ids: Array(1...batch.count))
            state.withLock { $0.unreadableBatchesInARow = parsed.isEmpty ? $0.unreadableBatchesInARow + 1 : 0 }
        } catch let error as MachineTranslationError {
            // A 400 or 422 may mean the service rejects the JSON response format, and an
            // empty answer that the model cannot do the batch: ask sentence by sentence.
            // Other failures would only repeat.
            switch error {
            case .httpStatus(_, let status, _) where status == 400 || status == 422:
                break
            case .unusableAnswer:
                state.withLock { $0.unreadableBatchesInARow += 1 }
            default:
                for item in batch { results[item.key] = .failure(error) }
                return results
            }
        } catch {
            for item in batch { results[item.key] = .failure(.transport(host: configuration.host, detail: "\(error)")) }
            return results
        }
        for (offset, item) in batch.enumerated() {
            if let text = parsed[offset + 1] {
                cache.storeTranslation(
                    text, forKey: item.key, model: configuration.model, endpoint: configuration.url.absoluteString)
                results[item.key] = .success(text)
            } else {
                results[item.key] = translateOne(item.sentence, key: item.key)
            }
        }
        return results
    }

    /// True when `text` ends in a colon that `source` does not end in: a lead-in with nothing
    /// after it ("Here is the English translation:"), which small models give instead of a
    /// translation. A source that ends in a colon (主要措施如下：) may well be translated with one.
    static func isOnlyALeadIn(_ text: String, source: String) -> Bool {
        let colons: Set<Character> = [":", "："]
        let trimmedSource = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = text.last, colons.contains(last) else { return false }
        return !(trimmedSource.last.map(colons.contains) ?? false)
    }

    /// One sentence on its own, in plain text; stored in the cache when it succeeds.
    private func translateOne(_ sentence: AnnotatedSentence, key: String) -> Result<String, MachineTranslationError> {
        do {
            let limit = GenerationLimit.forTranslating([sentence.text], json: false)
            let answer = try complete(TranslationPrompt.single(sentence), limit: limit, json: false)
            guard !answer.truncated else {
                return .failure(
                    .unusableAnswer(
                        host: configuration.host,
                        detail: "the translation was cut off at the length limit, max_tokens \(limit.maxTokens)"))
            }
            guard let text = TranslationResponseParser.single(answer.content) else {
                return .failure(.unusableAnswer(host: configuration.host, detail: "the answer has no translation"))
            }
            guard !Self.isOnlyALeadIn(text, source: sentence.text) else {
                return .failure(
                    .unusableAnswer(
                        host: configuration.host, detail: "the answer is only a lead-in: \(text.prefix(80))"))
            }
            cache.storeTranslation(
                text, forKey: key, model: configuration.model, endpoint: configuration.url.absoluteString)
            return .success(text)
        } catch let error as MachineTranslationError {
            return .failure(error)
        } catch {
            return .failure(.transport(host: configuration.host, detail: "\(error)"))
        }
    }
}
