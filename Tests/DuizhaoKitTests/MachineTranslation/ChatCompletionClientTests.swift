import DuizhaoKit
import Foundation
import LoopbackHTTPServer
import Testing

@Suite struct ChatCompletionClientTests {
    @Test func reusesItsConnection() throws {
        let server = try LoopbackHTTPServer(keepAlive: true, handler: MTFixtures.translatingService())
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 1, concurrency: 1))
        let lines = try MTFixtures.translate(Array(MTFixtures.sentences.prefix(4)), with: translator)
        #expect(lines.allSatisfy { $0.origin == .machineTranslation })
        #expect(server.requests.count == 4)
        #expect(server.connectionCount == 1, "four requests one after the other on one kept connection")
    }

    @Test func eachRequestHasItsOwnTimeoutNamedInItsFailure() throws {
        // The first request is answered late, the second at once: the first fails on its own
        // timeout, the second is not cut short by it.
        let server = try LoopbackHTTPServer { request, index in
            let source = ChatServiceScript.singleSentence(request) ?? ""
            return ChatServiceScript.completion(MTFixtures.translations[source] ?? "?", delay: index == 0 ? 3 : 0)
        }
        defer { server.stop() }
        let configuration = try MTFixtures.configuration(
            server, timeout: 1, batchSize: 1, concurrency: 1, maxRetries: 0)
        let translator = MachineTranslator(configuration: configuration)
        let lines = try MTFixtures.translate(Array(MTFixtures.sentences.prefix(2)), with: translator)
        #expect(lines[0].origin == .gloss)
        #expect(lines[0].issues?.first?.kind == .serviceFailure)
        #expect(lines[0].issues?.first?.message.contains("did not answer within 1 s") == true)
        #expect(lines[1].origin == .machineTranslation)
    }

    @Test func asksTheServerHowManyRequestsItServesInParallel() throws {
        let llama = try LoopbackHTTPServer(slots: 4, handler: MTFixtures.translatingService())
        defer { llama.stop() }
        #expect(ChatCompletionClient(configuration: try MTFixtures.configuration(llama)).serverSlots() == 4)
        #expect(llama.propsRequests == 1)
        #expect(llama.requests.isEmpty)
        let other = try LoopbackHTTPServer(handler: MTFixtures.translatingService())
        defer { other.stop() }
        #expect(ChatCompletionClient(configuration: try MTFixtures.configuration(other)).serverSlots() == nil)
    }

    @Test func countsWhatItDidAndShowsProgress() throws {
        let server = try LoopbackHTTPServer(handler: MTFixtures.translatingService())
        defer { server.stop() }
        let shown = LockedLines()
        let progress = ProgressMeter(style: .lines(interval: 0), unit: "sentences", label: "mt") { shown.append($0) }
        let cache = InMemoryMachineTranslationCache()
        let sentences = Array(MTFixtures.sentences.prefix(3))
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 2), cache: cache, progress: progress)
        _ = try MTFixtures.translate(sentences, with: translator)
        let statistics = translator.statistics
        #expect(statistics.asked == 3 && statistics.translated == 3 && statistics.failed == 0 && statistics.cached == 0)
        #expect(statistics.requests == 2)
        #expect(shown.lines.last?.hasPrefix("mt: 3/3 100% ") == true, "\(shown.lines)")
        #expect(shown.lines.last?.contains("sentences/s") == true)

        let again = MachineTranslator(configuration: try MTFixtures.configuration(server), cache: cache)
        _ = try MTFixtures.translate(sentences, with: again)
        #expect(again.statistics.cached == 3 && again.statistics.asked == 0 && again.statistics.requests == 0)
    }
}

/// Lines a progress display wrote, kept across threads.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String] = []

    func append(_ line: String) {
        lock.lock()
        kept.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }
}
