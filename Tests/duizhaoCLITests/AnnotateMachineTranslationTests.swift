import Foundation
import LoopbackHTTPServer
import Testing

@Suite struct AnnotateMachineTranslationTests {
    static let text = "深圳市实施孔雀计划。每年安排10亿元。\n"

    /// Runs duizhao with exactly `environment` added to a copy of this process's
    /// environment without any DUIZHAO_MT_ or DUIZHAO_TM variable, in `directory` (a new
    /// temporary folder when nil: the default memory store is created in the current folder).
    static func run(
        _ arguments: [String], input: String = text, environment: [String: String] = [:], directory: URL? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = try directory ?? CLI.temporaryFolder()
        var variables = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("DUIZHAO_MT_") && $0.key != "DUIZHAO_TM"
        }
        variables.merge(environment) { _, new in new }
        process.environment = variables
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func glossaryArguments(_ folder: URL) throws -> [String] {
        let path = folder.appendingPathComponent("terms.tsv")
        try GlossaryCLIFixtures.good.write(to: path, atomically: true, encoding: .utf8)
        return ["--no-default-glossary", "--glossary", path.path]
    }

    static func englishLines(_ stdout: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        return sentences.compactMap { $0["english"] as? [String: Any] }
    }

    @Test func writesMachineTranslationsWithTheirIssues() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try LoopbackHTTPServer { request, _ in
            let english = [
                "深圳市实施孔雀计划。": "Shenzhen implements the Peacock Scheme.",
                "每年安排10亿元。": "RMB 1 billion is allocated every year.",
            ]
            return ChatServiceScript.batchCompletion(
                ChatServiceScript.batchSentences(request).map { (id: $0.id, en: english[$0.source] ?? "?") })
        }
        defer { server.stop() }
        let key = "sk-cli-\(UUID().uuidString)"
        let arguments = [
            "annotate", "-", "--stdout", "--format", "json", "--mt-endpoint", server.baseURL, "--mt-model",
            "test-model",
        ]
        let result = try Self.run(
            arguments + (try Self.glossaryArguments(folder)), environment: ["DUIZHAO_MT_KEY": key])
        #expect(result.status == 0, "\(result.stderr)")

        #expect(server.requests.count == 1)
        #expect(server.requests.first?.headers["authorization"] == "Bearer \(key)")
        let terms = ChatServiceScript.batchSentences(try #require(server.requests.first)).first?.terms
        #expect(terms == ["孔雀计划": "Peacock Plan"], "the prompt carries the required rendering")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let resources = (document["resources"] as? [[String: Any]]) ?? []
        #expect(
            resources.contains {
                $0["kind"] as? String == "machine-translation"
                    && $0["name"] as? String == "test-model @ 127.0.0.1:\(server.port)"
            })
        let lines = try Self.englishLines(result.stdout)
        #expect(lines.count == 2)
        #expect(
            lines.allSatisfy {
                $0["origin"] as? String == "mt" && $0["provider"] as? String == "test-model @ 127.0.0.1:\(server.port)"
            })
        let issues = lines[0]["issues"] as? [[String: Any]]
        #expect(issues?.count == 1)
        #expect(issues?.first?["kind"] as? String == "missing-rendering")
        #expect(issues?.first?["entryID"] as? String == "peacock-plan")
        #expect(lines[1]["issues"] == nil)
        #expect(!result.stdout.contains(key) && !result.stderr.contains(key))
        // Standard error is not a terminal here: no progress, only the summary.
        let summary =
            "machine translation: 2 sentence(s) sent in 1 request(s): 2 translated, 0 failed; 0 from the memory (no request); "
        #expect(result.stderr.hasPrefix(summary) && result.stderr.hasSuffix(" sentences/s\n"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test func aRerunTakesTheTranslationsFromTheMemoryStore() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try LoopbackHTTPServer { request, _ in
            ChatServiceScript.batchCompletion(
                ChatServiceScript.batchSentences(request).map {
                    (id: $0.id, en: "English for \($0.source.count) characters, RMB 1 billion, Peacock Plan.")
                })
        }
        defer { server.stop() }
        let arguments =
            [
                "annotate", "-", "--stdout", "--format", "json", "--mt-endpoint", server.baseURL, "--mt-model",
                "test-model",
            ] + (try Self.glossaryArguments(folder))
        let first = try Self.run(arguments, directory: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let requests = server.requests.count
        #expect(requests == 1)
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("duizhao-memory.sqlite").path),
            "the default store keeps the translations")
        let second = try Self.run(arguments, directory: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(server.requests.count == requests, "the rerun sends no request")
        #expect(
            try Self.englishLines(second.stdout).map { $0["text"] as? String }
                == (try Self.englishLines(first.stdout).map { $0["text"] as? String }))
        #expect(try Self.englishLines(second.stdout).allSatisfy { $0["origin"] as? String == "mt" })
        // --no-tm: no store, so the service is asked again.
        let third = try Self.run(arguments + ["--no-tm"], directory: folder)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(server.requests.count == requests + 1)
    }

    @Test func batchTranslatesEveryDocumentOnEveryWorker() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 1...4 {
            try "第\(index)号通知。深圳市实施孔雀计划。\n".write(
                to: input.appendingPathComponent("n\(index).txt"), atomically: true, encoding: .utf8)
        }
        let server = try LoopbackHTTPServer { request, _ in
            ChatServiceScript.batchCompletion(
                ChatServiceScript.batchSentences(request).map {
                    (id: $0.id, en: "Notice. Shenzhen implements the Peacock Plan.")
                })
        }
        defer { server.stop() }
        let out = folder.appendingPathComponent("out")
        let result = try Self.run(
            [
                "batch", input.path, "--out", out.path, "--jobs", "2", "--quiet", "--format", "json", "--mt-endpoint",
                server.baseURL, "--mt-model", "m",
            ]
                + (try Self.glossaryArguments(folder)), directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let files =
            FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String }.filter {
                $0.hasSuffix(".json") && !$0.contains("batch-")
            } ?? []
        let documents = files.filter { !$0.hasPrefix("report") }
        #expect(documents.count == 4, "\(files)")
        for file in documents {
            let lines = try Self.englishLines(String(contentsOf: out.appendingPathComponent(file), encoding: .utf8))
            #expect(!lines.isEmpty && lines.allSatisfy { $0["origin"] as? String == "mt" }, "\(file)")
        }
        #expect(!server.requests.isEmpty)
    }

    @Test func theConcurrencyDefaultsToTheServersSlots() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try LoopbackHTTPServer(slots: 3) { _, _ in
            ChatServiceScript.completion("The zone grows.", delay: 0.5)
        }
        defer { server.stop() }
        let sentences = ["高新区第一次发展。", "高新区第二次发展。", "高新区第三次发展。", "高新区第四次发展。", "高新区第五次发展。", "高新区第六次发展。"]
        let text = sentences.joined(separator: "\n") + "\n"
        let arguments = [
            "annotate", "-", "--stdout", "--format", "json", "--mt-endpoint", server.baseURL, "--mt-model", "m",
            "--mt-batch-size", "1",
        ]
        let result = try Self.run(arguments + (try Self.glossaryArguments(folder)), input: text, directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(server.propsRequests == 1, "asked once per run")
        #expect(server.requests.count == sentences.count)
        #expect(server.maxConcurrentRequests == 3, "as many in flight as the server has slots")

        let limited = try LoopbackHTTPServer(slots: 3) { _, _ in
            ChatServiceScript.completion("The zone grows.", delay: 0.2)
        }
        defer { limited.stop() }
        let again = try Self.run(
            [
                "annotate", "-", "--stdout", "--format", "json", "--no-tm", "--mt-endpoint", limited.baseURL,
                "--mt-model", "m", "--mt-batch-size", "1",
                "--mt-concurrency", "1",
            ] + (try Self.glossaryArguments(folder)), input: text, directory: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(limited.propsRequests == 0, "a concurrency given is not asked")
        #expect(limited.maxConcurrentRequests == 1)
    }

    @Test func anUnreachableServiceLeavesGlossesAndOneWarning() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try LoopbackHTTPServer.closedPort()
        let key = "sk-cli-\(UUID().uuidString)"
        let input = folder.appendingPathComponent("plan.txt")
        try Data(Self.text.utf8).write(to: input)
        let result = try Self.run(
            ["annotate", input.path, "--out", folder.path, "--format", "json,md"]
                + (try Self.glossaryArguments(folder)),
            environment: [
                "DUIZHAO_MT_ENDPOINT": "http://127.0.0.1:\(port)", "DUIZHAO_MT_MODEL": "test-model",
                "DUIZHAO_MT_KEY": key,
            ])
        #expect(result.status == 0, "the run goes on: \(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter {
            $0.hasPrefix("duizhao: warning: machine translation failed")
        }
        #expect(warnings.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("cannot connect to 127.0.0.1:\(port)"))
        #expect(!result.stderr.contains(key))

        let json = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.json").path, encoding: .utf8)
        let lines = try Self.englishLines(json)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0["origin"] as? String == "gloss" })
        #expect(
            lines.allSatisfy { (($0["issues"] as? [[String: Any]])?.first?["kind"] as? String) == "service-failure" })
        let markdown = try String(contentsOfFile: folder.appendingPathComponent("plan/plan.md").path, encoding: .utf8)
        #expect(markdown.contains("**Issue** (service-failure)"))
    }

    @Test func rejectsABadKeyVariableWithoutRepeatingIt() throws {
        let pasted = "sk-pasted-\(UUID().uuidString)"
        let result = try Self.run([
            "annotate", "-", "--stdout", "--format", "json", "--mt-endpoint", "http://127.0.0.1:1", "--mt-model", "m",
            "--mt-key-env", pasted,
        ])
        #expect(result.status == 64, "a usage error")
        #expect(result.stderr.contains("--mt-key-env takes the name of an environment variable"))
        #expect(!result.stderr.contains(pasted))

        let unset = try Self.run([
            "annotate", "-", "--stdout", "--format", "json", "--mt-endpoint", "http://127.0.0.1:1", "--mt-model", "m",
            "--mt-key-env", "DUIZHAO_TEST_UNSET_KEY",
        ])
        #expect(unset.status != 0)
        #expect(unset.stderr.contains("DUIZHAO_TEST_UNSET_KEY"))

        let noModel = try Self.run([
            "annotate", "-", "--stdout", "--format", "json", "--mt-endpoint", "http://127.0.0.1:1",
        ])
        #expect(noModel.status != 0)
        #expect(noModel.stderr.contains("--mt-model"))

        let noEndpoint = try Self.run(["annotate", "-", "--stdout", "--format", "json", "--mt-model", "m"])
        #expect(noEndpoint.status != 0)
        #expect(noEndpoint.stderr.contains("need an endpoint"))
    }

    @Test func withoutAnEndpointNothingChanges() throws {
        let result = try Self.run(["annotate", "-", "--stdout", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try Self.englishLines(result.stdout).allSatisfy {
                $0["origin"] as? String == "gloss" && $0["issues"] == nil
            })
    }
}
