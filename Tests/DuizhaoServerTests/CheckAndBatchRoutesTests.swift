import DuizhaoKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DuizhaoServer

@Suite struct CheckAndBatchRoutesTests {
    static let english =
        "Deepen the reform. Implement the talent plan, with RMB 2 billion a year for the construction of the Greater Bay Area."

    @Test func pastedTextsGiveTheFindingsPageAndTheReport() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            let location = try await client.execute(
                uri: "/check", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("source", ServerFixtures.text), ("translation", Self.english)])
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location]
            }
            let report = try #require(location)
            try await client.execute(uri: report, method: .get) { response in
                #expect(ServerFixtures.text(response).contains("src=\"\(report)/view\""))
            }
            try await client.execute(uri: report + "/view", method: .get) { response in
                let html = ServerFixtures.text(response)
                #expect(html.contains("孔雀计划") && html.contains("Peacock Plan"), "the missing rendering is a finding")
                #expect(response.headers[.contentSecurityPolicy] == InlineCodePolicy.policy(for: html))
            }
            try await client.execute(uri: report + "/report.json", method: .get) { response in
                let decoded = try JSONDecoder().decode(CheckReport.self, from: Data(buffer: response.body))
                #expect(decoded.findings.contains { $0.entry?.id == "peacock-plan" })
                #expect(decoded.findings.contains { $0.kind.rawValue.contains("number") })
            }
        }
    }

    @Test func theAPIChecksJSONTextsAndBilingualFiles() async throws {
        let state = try ServerFixtures.state()
        let tsv = "放管服改革\tReform of the administration\n孔雀计划\tPeacock Plan\n"
        try await ServerFixtures.app(state).test(.router) { client in
            let body = try JSONEncoder().encode(CheckRequest(source: ServerFixtures.text, translation: Self.english))
            try await client.execute(
                uri: "/api/check", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                let decoded = try JSONDecoder().decode(CheckReport.self, from: Data(buffer: response.body))
                #expect(decoded.schema == "duizhao.check/1")
            }
            try await client.execute(uri: "/api/check?format=tsv", method: .post, body: ByteBuffer(string: tsv)) {
                response in
                let report = try JSONDecoder().decode(CheckReport.self, from: Data(buffer: response.body))
                #expect(report.pairs.count == 2 && report.findings.contains { $0.entry?.id == "fangguanfu" })
            }
            try await client.execute(
                uri: "/api/check", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"source":"","translation":"x"}"#)
            ) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(
                uri: "/api/check?format=tmx", method: .post, body: ByteBuffer(string: "<tmx><body><tu>")
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/check", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("source", "放管服")])
            ) { response in
                #expect(response.status == .badRequest)
            }
            #expect(state.reports.count == 0)
        }
    }

    /// A real batch output folder, made by the library's batch runner, with a file outside it
    /// and a symbolic link pointing at that file.
    static func batchFolder() throws -> (folder: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("duizhao-serve-\(UUID().uuidString)")
        let input = root.appendingPathComponent("in"), output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(ServerFixtures.text.utf8).write(to: input.appendingPathComponent("plan.txt"))
        try Data("实施“人才强市”战略，推进“揭榜挂帅”机制。实施“人才强市”战略。".utf8).write(to: input.appendingPathComponent("talent.txt"))
        try Data([0xFF, 0xFE, 0x00, 0xD8]).write(to: input.appendingPathComponent("broken.txt"))
        let resources = try StandardResources(
            glossary: Glossary(entries: ServerFixtures.entries), glossaryFiles: [], dictionary: nil)
        var options = BatchOptions(inputs: [input.path], output: output)
        options.jobs = 1
        _ = try BatchRunner(options: options, job: AnnotateJob(resources: resources, formats: [.json, .html, .brief]))
            .run()
        let outside = root.appendingPathComponent("secret.txt")
        try Data("not for the browser".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("link.txt").path, withDestinationPath: outside.path)
        return (output, outside)
    }

    @Test func theBatchPageListsDocumentsPagesBriefsAndCandidates() async throws {
        let (folder, _) = try Self.batchFolder()
        let state = try ServerFixtures.state(batch: folder.path)
        try await ServerFixtures.app(state).test(.router) { client in
            let page = try await client.execute(uri: "/batch", method: .get) { ServerFixtures.text($0) }
            #expect(page.contains("3 documents: 2 processed, 0 unchanged, 1 failed"))
            #expect(
                page.contains("href=\"/batch/files/documents/in/plan.txt/plan.html\"")
                    && !page.contains(folder.deletingLastPathComponent().path))
            let links = page.components(separatedBy: "href=\"/batch/files/").dropFirst().map {
                String($0.prefix { $0 != "\"" })
            }
            #expect(
                links.contains { $0.hasSuffix(".brief.html") } && links.contains { $0.hasSuffix("batch-report.html") })
            for link in links {
                try await client.execute(uri: "/batch/files/" + link, method: .get) { response in
                    #expect(response.status == .ok, "\(link): \(ServerFixtures.text(response).prefix(600))")
                    #expect(
                        response.headers[.contentSecurityPolicy]
                            == InlineCodePolicy.policy(for: ServerFixtures.text(response)))
                }
            }
            #expect(page.contains("人才强市"), "the candidates are listed")
            try await client.execute(uri: "/batch/candidates.tsv", method: .get) { response in
                let tsv = ServerFixtures.text(response)
                #expect(
                    tsv.contains("\n" + CandidateTSV.columns.joined(separator: "\t") + "\n") && tsv.contains("人才强市"))
            }
        }
    }

    @Test func theBatchBrowserServesNothingOutsideItsFolder() async throws {
        let (folder, _) = try Self.batchFolder()
        let state = try ServerFixtures.state(batch: folder.path)
        try await ServerFixtures.app(state).test(.router) { client in
            for uri in [
                "/batch/files/../secret.txt", "/batch/files/%2e%2e/secret.txt",
                "/batch/files/documents/..%2F..%2Fsecret.txt",
                "/batch/files/.batch.lock", "/batch/files/link.txt", "/batch/files//etc/passwd",
                "/batch/files/documents",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect((400..<500).contains(response.status.code), "\(uri): \(response.status)")
                    #expect(!ServerFixtures.text(response).contains("not for the browser"), "\(uri)")
                }
            }
        }
        #expect(throws: BatchFolder.Refusal.badPath) {
            try BatchFolder(path: folder.path).resolve("documents/../../secret.txt")
        }
        #expect(throws: BatchFolder.Refusal.notFound) { try BatchFolder(path: folder.path).resolve("link.txt") }
    }

    @Test func withoutABatchFolderThePageSaysHowToStartOne() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(uri: "/batch", method: .get) { response in
                #expect(ServerFixtures.text(response).contains("duizhao serve --batch DIR"))
            }
            try await client.execute(uri: "/batch/files/batch-report.html", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
