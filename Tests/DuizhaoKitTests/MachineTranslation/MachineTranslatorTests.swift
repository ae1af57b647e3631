import Foundation
import LoopbackHTTPServer
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoTranslation

@Suite struct MachineTranslatorTests {
    @Test func translatesABatchInOneRequest() throws {
        let server = try LoopbackHTTPServer(handler: MTFixtures.translatingService())
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let sentences = MTFixtures.sentences
        let lines = try MTFixtures.translate(sentences, with: translator)

        #expect(server.requests.count == 1)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == nil, "no key configured, none sent")
        #expect(ChatServiceScript.body(request)?["model"] as? String == "test-model")
        #expect(ChatServiceScript.isBatch(request))
        #expect(ChatServiceScript.batchSentences(request).map(\.source) == sentences.map(\.text))
        for (sentence, line) in zip(sentences, lines) {
            #expect(line.origin == .machineTranslation)
            #expect(line.text == MTFixtures.translations[sentence.text])
            #expect(line.provider == "test-model @ 127.0.0.1:\(server.port)")
            #expect(line.issues == nil, "\(sentence.text): \(line.issues ?? [])")
        }
        #expect(translator.takeFailures() == nil)
    }

    @Test func splitsSentencesIntoBatchesAndSendsRepeatsOnce() throws {
        let server = try LoopbackHTTPServer(handler: MTFixtures.translatingService())
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 4, concurrency: 1))
        let sentences = MTFixtures.sentences + [MTFixtures.sentence("深圳市实施孔雀计划。", index: 9, start: 100)]
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(server.requests.map { ChatServiceScript.batchSentences($0).count } == [4, 2])
        #expect(lines.last?.text == "Shenzhen implements the Peacock Plan.")
    }

    @Test func flagsWhatTheVerifierFinds() throws {
        let server = try LoopbackHTTPServer { request, _ in
            ChatServiceScript.completion("The plan of 孔雀计划 gets 100 million yuan.")
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let line = try #require(
            try MTFixtures.translate([MTFixtures.sentence("孔雀计划每年安排10亿元。")], with: translator).first)
        #expect(line.origin == .machineTranslation)
        #expect(line.issues?.map(\.kind) == [.missingRendering, .numberMismatch, .untranslatedChinese])
    }

    @Test func fallsBackToOneRequestPerSentenceWhenABatchCannotBeRead() throws {
        let server = try LoopbackHTTPServer { request, _ in
            if ChatServiceScript.isBatch(request) {
                return ChatServiceScript.completion("Sure! 1. Shenzhen implements… 2. …")
            }
            return MTFixtures.translatingService()(request, 0)
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, concurrency: 1))
        let sentences = Array(MTFixtures.sentences.prefix(3))
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(server.requests.count == 4)
        #expect(server.requests.dropFirst().allSatisfy { !ChatServiceScript.isBatch($0) })
        #expect(server.requests.dropFirst().compactMap(ChatServiceScript.singleSentence) == sentences.map(\.text))
        #expect(lines.map(\.text) == sentences.map { MTFixtures.translations[$0.text] })
        #expect(lines.allSatisfy { $0.origin == .machineTranslation })
    }

    @Test func asksOnlyForTheSentencesABatchAnswerLeftOut() throws {
        let server = try LoopbackHTTPServer { request, _ in
            if ChatServiceScript.isBatch(request) {
                let items = ChatServiceScript.batchSentences(request).filter { $0.id != 2 }.map {
                    (id: $0.id, en: MTFixtures.translations[$0.source] ?? "?")
                }
                return ChatServiceScript.batchCompletion(items)
            }
            return MTFixtures.translatingService()(request, 0)
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let sentences = Array(MTFixtures.sentences.prefix(3))
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(server.requests.count == 2)
        #expect(server.requests.last.flatMap(ChatServiceScript.singleSentence) == sentences[1].text)
        #expect(lines.map(\.text) == sentences.map { MTFixtures.translations[$0.text] })
    }

    @Test func waitsOutA429ThenSucceeds() throws {
        let server = try LoopbackHTTPServer { request, index in
            index == 0
                ? ChatServiceScript.error(status: 429, message: "slow down", headers: ["Retry-After": "1"])
                : MTFixtures.translatingService()(request, index)
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let lines = try MTFixtures.translate(MTFixtures.sentences, with: translator)
        #expect(server.requests.count == 2)
        #expect(server.requests[0].body == server.requests[1].body, "the same request is sent again")
        #expect(lines.allSatisfy { $0.origin == .machineTranslation })
    }

    @Test func retriesServerErrorsThenSucceeds() throws {
        let server = try LoopbackHTTPServer { request, index in
            index < 2
                ? ChatServiceScript.error(status: index == 0 ? 500 : 503, message: "busy")
                : MTFixtures.translatingService()(request, index)
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let lines = try MTFixtures.translate(MTFixtures.sentences, with: translator)
        #expect(server.requests.count == 3)
        #expect(lines.allSatisfy { $0.origin == .machineTranslation })
    }

    @Test func givesUpAfterTheRetriesAndKeepsTheGlossWithAnIssue() throws {
        let server = try LoopbackHTTPServer { _, _ in ChatServiceScript.error(status: 500, message: "model crashed") }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, maxRetries: 2))
        let sentences = Array(MTFixtures.sentences.prefix(2))
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(server.requests.count == 3)
        for line in lines {
            #expect(line.origin == .gloss)
            #expect(line.issues?.map(\.kind) == [.serviceFailure])
            #expect(line.issues?.first?.message.contains("HTTP 500: model crashed") == true)
        }
        let failures = try #require(translator.takeFailures())
        #expect(failures.sentences == 2)
        #expect(
            failures.firstError == .httpStatus(host: "127.0.0.1:\(server.port)", status: 500, detail: "model crashed"))
        #expect(translator.takeFailures() == nil, "taking the failures resets them")
    }

    @Test func aTimeoutLeavesTheGlossAndTheRunGoesOn() throws {
        let server = try LoopbackHTTPServer { _, _ in .hang }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, timeout: 1.5))
        let sentences = Array(MTFixtures.sentences.prefix(3))
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(lines.count == 3)
        for (sentence, line) in zip(sentences, lines) {
            #expect(line.origin == .gloss)
            #expect(line.text == GlossTranslator().gloss(sentence))
            #expect(line.issues?.first?.kind == .serviceFailure)
            #expect(line.issues?.first?.message.contains("did not answer within 1.5 s") == true)
        }
        // At most one: on a loaded machine the server may not even have read the request.
        #expect(server.requests.count <= 1, "timeouts are not retried")
        #expect(translator.takeFailures()?.firstError == .timedOut(host: "127.0.0.1:\(server.port)", seconds: 1.5))
    }

    @Test func canLeaveAFailedSentenceToTheNextTranslatorOfAChain() throws {
        let server = try LoopbackHTTPServer { _, _ in ChatServiceScript.error(status: 503, message: "down") }
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, maxRetries: 0), answersFailuresWithGloss: false)
        let sentence = MTFixtures.sentence("深圳市实施孔雀计划。")
        try translator.prepare([sentence])
        #expect(try translator.english(for: sentence) == nil)
        #expect(translator.takeFailures()?.sentences == 1)
        let chained = try TranslatorChain([translator]).english(for: sentence)
        #expect(chained?.origin == .gloss)
        #expect(chained?.issues == nil)
    }

    @Test func anAnswerThatIsNotJSONIsAServiceFailure() throws {
        let server = try LoopbackHTTPServer { _, _ in
            .respond(status: 200, body: Data("{\"choices\": [{\"message\": ".utf8))
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let lines = try MTFixtures.translate(Array(MTFixtures.sentences.prefix(2)), with: translator)
        #expect(lines.allSatisfy { $0.origin == .gloss && $0.issues?.first?.kind == .serviceFailure })
        #expect(lines.first?.issues?.first?.message.contains("not a chat completion") == true)
        #expect(server.requests.count == 1)
    }

    @Test func anUnreachableEndpointIsAClearErrorAndNothingMoreIsTried() throws {
        let port = try LoopbackHTTPServer.closedPort()
        let configuration = try MachineTranslationConfiguration(
            endpoint: "http://127.0.0.1:\(port)", model: "test-model", timeout: 5, batchSize: 1, concurrency: 1)
        let translator = MachineTranslator(configuration: configuration)
        let sentences = Array(MTFixtures.sentences.prefix(3))
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(lines.allSatisfy { $0.origin == .gloss && $0.issues?.map(\.kind) == [.serviceFailure] })
        let failures = try #require(translator.takeFailures())
        #expect(failures.sentences == 3)
        #expect(failures.firstError.isUnreachable)
        #expect(failures.firstError.description.contains("cannot connect to 127.0.0.1:\(port) (connection refused)"))
    }

    @Test func aRerunWithTheSameCacheSendsNoRequest() throws {
        let server = try LoopbackHTTPServer(handler: MTFixtures.translatingService())
        defer { server.stop() }
        let cache = InMemoryMachineTranslationCache()
        let first = try MTFixtures.translate(
            MTFixtures.sentences,
            with: MachineTranslator(configuration: try MTFixtures.configuration(server), cache: cache))
        let sent = server.requests.count
        #expect(sent == 1)
        #expect(cache.count == MTFixtures.sentences.count)
        let second = try MTFixtures.translate(
            MTFixtures.sentences,
            with: MachineTranslator(configuration: try MTFixtures.configuration(server), cache: cache))
        #expect(server.requests.count == sent, "every sentence came from the cache")
        #expect(second == first)
    }

    @Test func theCacheKeyChangesWithModelAndRenderings() throws {
        let url = try #require(URL(string: "http://127.0.0.1:1/v1/chat/completions"))
        let rendering = [TranslationPrompt.Rendering(zh: "孔雀计划", en: "Peacock Plan")]
        let base = MachineTranslationCacheKey.make(endpoint: url, model: "a", sentence: "孔雀计划。", renderings: rendering)
        #expect(
            base == MachineTranslationCacheKey.make(endpoint: url, model: "a", sentence: "孔雀计划。", renderings: rendering)
        )
        #expect(
            base != MachineTranslationCacheKey.make(endpoint: url, model: "b", sentence: "孔雀计划。", renderings: rendering)
        )
        #expect(
            base
                != MachineTranslationCacheKey.make(
                    endpoint: url, model: "a", sentence: "孔雀计划。", renderings: [.init(zh: "孔雀计划", en: "Peacock Program")]
                ))
        #expect(
            base
                != MachineTranslationCacheKey.make(
                    endpoint: url, model: "a", promptVersion: "other", sentence: "孔雀计划。", renderings: rendering))
    }

    @Test func sendsTheKeyAsABearerTokenAndNeverShowsIt() throws {
        let key = "sk-test-\(UUID().uuidString)"
        let server = try LoopbackHTTPServer { request, _ in
            // A careless service that echoes the header it rejects.
            ChatServiceScript.error(status: 401, message: "invalid API key: \(request.headers["authorization"] ?? "")")
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, key: key))
        let lines = try MTFixtures.translate(Array(MTFixtures.sentences.prefix(2)), with: translator)
        #expect(server.requests.first?.headers["authorization"] == "Bearer \(key)")
        let failures = try #require(translator.takeFailures())
        #expect(failures.firstError.description.contains("HTTP 401"))
        #expect(failures.firstError.description.contains("[key]"))
        #expect(!failures.firstError.description.contains(key))
        #expect(!"\(failures)".contains(key))
        for line in lines {
            let json = String(decoding: try JSONEncoder().encode(line), as: UTF8.self)
            #expect(json.contains("HTTP 401"))
            #expect(!json.contains(key))
        }
        #expect(server.requests.count == 1, "401 is not retried")
    }

    @Test func keepsToTheConcurrencyLimit() throws {
        let server = try LoopbackHTTPServer(handler: MTFixtures.translatingService(delay: 0.2))
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 1, concurrency: 3))
        let lines = try MTFixtures.translate(MTFixtures.sentences, with: translator)
        #expect(server.requests.count == MTFixtures.sentences.count)
        #expect(server.maxConcurrentRequests <= 3)
        #expect(lines.allSatisfy { $0.origin == .machineTranslation })
    }

    @Test func translatesASentenceItWasNotPreparedWithAndSkipsSentencesWithoutChinese() throws {
        let server = try LoopbackHTTPServer(handler: MTFixtures.translatingService())
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let heading = MTFixtures.sentence("支持高新区发展。")
        #expect(try translator.english(for: heading)?.text == "Support the development of high-tech zones.")
        #expect(server.requests.count == 1)
        #expect(!ChatServiceScript.isBatch(server.requests[0]))
        try translator.prepare([MTFixtures.sentence("2025 – 2030"), MTFixtures.sentence("。")])
        #expect(try translator.english(for: MTFixtures.sentence("2025 – 2030")) == nil)
        #expect(server.requests.count == 1, "nothing to translate, nothing sent")
    }
}

@Suite struct MachineTranslatorRecoveryTests {
    @Test func retriesAConnectionClosedBeforeTheAnswer() throws {
        let server = try LoopbackHTTPServer { request, index in
            index == 0 ? .close : MTFixtures.translatingService()(request, index)
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let lines = try MTFixtures.translate(MTFixtures.sentences, with: translator)
        #expect(server.requests.count == 2)
        #expect(lines.allSatisfy { $0.origin == .machineTranslation })
    }

    @Test func aBatchRejectedWith400IsAskedSentenceBySentence() throws {
        let server = try LoopbackHTTPServer { request, index in
            ChatServiceScript.isBatch(request)
                ? ChatServiceScript.error(status: 400, message: "response_format is not supported")
                : MTFixtures.translatingService()(request, index)
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, concurrency: 1))
        let sentences = Array(MTFixtures.sentences.prefix(2))
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(server.requests.map(ChatServiceScript.isBatch) == [true, false, false])
        #expect(lines.map(\.text) == sentences.map { MTFixtures.translations[$0.text] })
    }

    @Test func aTranslationCutOffAtTheLengthLimitIsNotUsed() throws {
        let server = try LoopbackHTTPServer { _, _ in
            let object: [String: Any] = [
                "choices": [
                    [
                        "finish_reason": "length",
                        "message": ["role": "assistant", "content": "Shenzhen implements the"],
                    ]
                ]
            ]
            return .respond(status: 200, body: try! JSONSerialization.data(withJSONObject: object))
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let line = try #require(try MTFixtures.translate([MTFixtures.sentence("深圳市实施孔雀计划。")], with: translator).first)
        #expect(line.origin == .gloss)
        #expect(line.issues?.first?.message.contains("cut off") == true)
        #expect(line.issues?.first?.message.contains("max_tokens") == true)
        // The warning blames the model, not the endpoint (the command line adds what to do:
        // ErrorAdviceTests).
        let failure = try #require(translator.takeFailures())
        guard case .unusableAnswer = failure.firstError else {
            Issue.record("a cut-off answer is an unusable answer, got \(failure.firstError)")
            return
        }
        #expect(failure.firstError.description.contains("gave no usable translation"))
        #expect(!failure.firstError.description.contains("chat-completions API"))
    }

    @Test func anAnswerThatIsOnlyALeadInIsNotUsed() throws {
        let server = try LoopbackHTTPServer { _, _ in
            ChatServiceScript.completion("The translation of this sentence into English is:")
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server))
        let line = try #require(try MTFixtures.translate([MTFixtures.sentence("深圳市实施孔雀计划。")], with: translator).first)
        #expect(line.origin == .gloss)
        #expect(line.issues?.first?.kind == .serviceFailure)
        #expect(line.issues?.first?.message.contains("lead-in") == true)
    }

    @Test func aSourceEndingInAColonMayBeTranslatedWithOne() {
        #expect(MachineTranslator.isOnlyALeadIn("Here is the English translation:", source: "深圳市实施孔雀计划。"))
        #expect(MachineTranslator.isOnlyALeadIn("译文：", source: "深圳市实施孔雀计划"))
        #expect(!MachineTranslator.isOnlyALeadIn("The main measures are as follows:", source: "主要措施如下："))
        #expect(!MachineTranslator.isOnlyALeadIn("Shenzhen implements the Peacock Plan.", source: "深圳市实施孔雀计划。"))
    }

    @Test func aServiceFailureIsReportedBeforeAnUnusableAnswer() throws {
        // The first sentence gets a lead-in only, then the server is gone (502s): the warning
        // names the server's failure, and counts the unusable answer apart.
        let server = try LoopbackHTTPServer { _, index in
            index == 0
                ? ChatServiceScript.completion("Here is the English translation:")
                : ChatServiceScript.error(status: 502, message: "bad gateway")
        }
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 1, concurrency: 1, maxRetries: 0))
        _ = try MTFixtures.translate(Array(MTFixtures.sentences.prefix(3)), with: translator)
        let failures = try #require(translator.takeFailures())
        #expect(failures.sentences == 3)
        #expect(failures.unusableAnswers == 1)
        guard case .httpStatus(_, 502, _) = failures.firstError else {
            Issue.record("expected the 502 to be reported, got \(failures.firstError)")
            return
        }
    }

    @Test func unusableAnswersDoNotGiveTheServiceUp() throws {
        // A model that never ends (a tiny one) is cut off every time: the service still
        // answers, so every sentence is asked and flagged, none given up unasked.
        let server = try LoopbackHTTPServer { _, _ in
            let object: [String: Any] = [
                "choices": [
                    ["finish_reason": "length", "message": ["role": "assistant", "content": "Shenzhen Shenzhen"]]
                ]
            ]
            return .respond(status: 200, body: try! JSONSerialization.data(withJSONObject: object))
        }
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 1, concurrency: 1, maxRetries: 0))
        let lines = try MTFixtures.translate(MTFixtures.sentences, with: translator)
        #expect(MTFixtures.sentences.count > MachineTranslator.failuresBeforeGivingUp)
        #expect(server.requests.count == MTFixtures.sentences.count)
        #expect(lines.allSatisfy { $0.origin == .gloss && $0.issues?.first?.kind == .serviceFailure })
    }

    @Test func afterTwoUnreadableBatchAnswersTheRestGoesSentenceBySentence() throws {
        // A model too weak for the JSON form answers batches with text that has no list in it.
        let server = try LoopbackHTTPServer { request, index in
            ChatServiceScript.isBatch(request)
                ? ChatServiceScript.completion("Here are the translations of the sentences.")
                : MTFixtures.translatingService()(request, index)
        }
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 2, concurrency: 1))
        let sentences = MTFixtures.sentences
        #expect(sentences.count == 6)
        let lines = try MTFixtures.translate(sentences, with: translator)
        #expect(
            server.requests.map(ChatServiceScript.isBatch) == [true, false, false, true, false, false, false, false])
        #expect(lines.map(\.text) == sentences.map { MTFixtures.translations[$0.text] })
    }

    @Test func givesTheServiceUpAfterThreeFailuresInARow() throws {
        let server = try LoopbackHTTPServer { _, _ in ChatServiceScript.error(status: 502, message: "bad gateway") }
        defer { server.stop() }
        let translator = MachineTranslator(
            configuration: try MTFixtures.configuration(server, batchSize: 1, concurrency: 1, maxRetries: 0))
        let lines = try MTFixtures.translate(MTFixtures.sentences, with: translator)
        #expect(server.requests.count == MachineTranslator.failuresBeforeGivingUp)
        #expect(lines.count == MTFixtures.sentences.count)
        #expect(lines.allSatisfy { $0.origin == .gloss && $0.issues?.first?.kind == .serviceFailure })
        #expect(translator.takeFailures()?.sentences == MTFixtures.sentences.count)
    }

    @Test func annotatesADocumentWithAnObedientService() throws {
        // The service writes exactly the renderings and numbers the prompt asks for: the
        // verifier must find nothing missing.
        let server = try LoopbackHTTPServer { request, _ in
            if ChatServiceScript.isBatch(request) {
                return ChatServiceScript.batchCompletion(
                    ChatServiceScript.batchSentences(request).map { sentence in
                        (
                            id: sentence.id,
                            en: (sentence.terms.keys.sorted().map { sentence.terms[$0]! } + sentence.numbers).joined(
                                separator: ", ") + "."
                        )
                    })
            }
            // "- 孔雀计划: Peacock Plan" lines and "Numbers to keep: …".
            let lines = ChatServiceScript.userMessage(request).split(separator: "\n")
            let renderings = lines.filter { $0.hasPrefix("- ") }.compactMap {
                $0.split(separator: ":", maxSplits: 1).last.map(String.init)
            }
            let numbers = lines.filter { $0.hasPrefix("Numbers to keep: ") }.map {
                String($0.dropFirst("Numbers to keep: ".count))
            }
            return ChatServiceScript.completion((renderings + numbers).joined(separator: ", ") + ".")
        }
        defer { server.stop() }
        let translator = MachineTranslator(configuration: try MTFixtures.configuration(server, batchSize: 4))
        let context = AnnotationContext(
            glossary: AnnotationFixtures.glossary, matcher: FixtureMatcher(entries: AnnotationFixtures.entries),
            glosser: AnnotationFixtures.dictionary,
            translator: TranslatorChain([translator]))
        let document = try Annotator(context: context).annotate(try AnnotationFixtures.document())
        let chinese = document.sentences.filter { $0.text.unicodeScalars.contains(where: \.isHan) }
        #expect(!chinese.isEmpty)
        let sent = server.requests.flatMap {
            ChatServiceScript.isBatch($0)
                ? ChatServiceScript.batchSentences($0).map(\.source) : [ChatServiceScript.singleSentence($0) ?? ""]
        }
        for sentence in chinese {
            #expect(sent.filter { $0 == sentence.text }.count == 1, "\(sentence.text) is sent once")
        }
        // Headings that are part of a sentence are prepared with the sentences: every request is a batch.
        #expect(server.requests.allSatisfy(ChatServiceScript.isBatch))
        #expect(server.requests.count == (sent.count + 3) / 4)
        for sentence in chinese {
            #expect(sentence.english.origin == .machineTranslation, "\(sentence.text)")
            #expect(
                !(sentence.english.issues ?? []).contains { $0.kind == .missingRendering },
                "\(sentence.text): \(sentence.english.issues ?? [])")
        }
        let sectionLines = document.sections.map(\.english)
        #expect(sectionLines.contains { $0.origin == .machineTranslation })
    }
}
