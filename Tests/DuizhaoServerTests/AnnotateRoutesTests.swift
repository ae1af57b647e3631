import DuizhaoKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DuizhaoServer

@Suite struct AnnotateRoutesTests {
    @Test func aPastedTextBecomesTheParallelPageTheBriefAndEveryDownload() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            let location = try await client.execute(
                uri: "/annotate", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("text", ServerFixtures.text), ("kind", "auto")])
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location]
            }
            let document = try #require(location)
            #expect(document.hasPrefix("/documents/") && document.count == "/documents/".count + 32)
            try await client.execute(uri: document, method: .get) { response in
                let page = ServerFixtures.text(response)
                #expect(page.contains("src=\"\(document)/view/html\"") && page.contains("pasted.txt"))
                for download in DocumentDownload.all { #expect(page.contains("\(document)/download/\(download.name)")) }
            }
            // The parallel page is the renderer's page, with a policy allowing exactly its inline code.
            try await client.execute(uri: document + "/view/html", method: .get) { response in
                let html = ServerFixtures.text(response)
                #expect(html.contains("data-entry=\"fangguanfu\"") || html.contains("fangguanfu"))
                #expect(html.contains("Peacock Plan"))
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy == InlineCodePolicy.policy(for: html) && policy.contains("script-src 'sha256-"))
            }
            try await client.execute(uri: document + "?tab=brief", method: .get) { response in
                #expect(ServerFixtures.text(response).contains("src=\"\(document)/view/brief\""))
            }
            try await client.execute(uri: document + "/view/brief", method: .get) { response in
                #expect(response.status == .ok && ServerFixtures.text(response).contains("Peacock Plan"))
            }
            for download in DocumentDownload.all {
                try await client.execute(uri: document + "/download/" + download.name, method: .get) { response in
                    #expect(response.status == .ok, "\(download.name)")
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"pasted.\(download.name)\"")
                    #expect(response.body.readableBytes > 0)
                }
            }
            try await client.execute(uri: document + "/download/json", method: .get) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(json?["schema"] as? String == AnnotatedDocument.schemaIdentifier)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(ServerFixtures.text(response).contains("href=\"\(document)\""), "the recent documents list it")
            }
        }
    }

    @Test func anUploadedGB18030FileIsDecodedAsTheCLIDecodesIt() async throws {
        let state = try ServerFixtures.state()
        // ServerFixtures.text in GB18030.
        let gb18030: [UInt8] = [
            0xC9, 0xEE, 0xBB, 0xAF, 0xA1, 0xB0, 0xB7, 0xC5, 0xB9, 0xDC, 0xB7, 0xFE, 0xA1, 0xB1, 0xB8, 0xC4, 0xB8, 0xEF,
            0xA1, 0xA3, 0xCA, 0xB5,
            0xCA, 0xA9, 0xBF, 0xD7, 0xC8, 0xB8, 0xBC, 0xC6, 0xBB, 0xAE, 0xA3, 0xAC, 0xC3, 0xBF, 0xC4, 0xEA, 0xB0, 0xB2,
            0xC5, 0xC5, 0x31, 0x30,
            0xD2, 0xDA, 0xD4, 0xAA, 0xD6, 0xA7, 0xB3, 0xD6, 0xD4, 0xC1, 0xB8, 0xDB, 0xB0, 0xC4, 0xB4, 0xF3, 0xCD, 0xE5,
            0xC7, 0xF8, 0xBD, 0xA8,
            0xC9, 0xE8, 0xA1, 0xA3,
        ]
        let (headers, body) = ServerFixtures.multipart(
            file: gb18030, fileName: "../../etc/notice.txt", fields: [("text", ""), ("kind", "auto")])
        try await ServerFixtures.app(state).test(.router) { client in
            let location = try await client.execute(uri: "/annotate", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
                return response.headers[.location]
            }
            let id = String(try #require(location).dropFirst("/documents/".count))
            let document = try #require(state.documents.value(id))
            #expect(document.source.path == "notice.txt", "only the file's name is kept")
            #expect(document.source.encoding.lowercased().contains("gb"))
            #expect(document.terms.map(\.entryID).sorted() == ["fangguanfu", "gba", "peacock-plan"])
        }
    }

    @Test func hostileTextIsShownAsText() async throws {
        let state = try ServerFixtures.state()
        let hostile = "<script>alert('x')</script>放管服改革<img src=x onerror=alert(1)>。"
        try await ServerFixtures.app(state).test(.router) { client in
            let location = try await client.execute(
                uri: "/annotate", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("text", hostile), ("kind", "text")])
            ) { $0.headers[.location] }
            let document = try #require(location)
            for view in ["html", "brief"] {
                try await client.execute(uri: document + "/view/" + view, method: .get) { response in
                    let html = ServerFixtures.text(response)
                    #expect(!html.contains("<script>alert") && !html.contains("<img src=x"), "\(view)")
                    #expect(html.contains("&lt;script&gt;") || html.contains("&lt;img"), "\(view)")
                }
            }
        }
    }

    @Test func theAPIAnswersWithTheCLIsJSONOrTheChosenFormat() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(
                uri: "/api/annotate?name=plan.txt", method: .post, body: ByteBuffer(string: ServerFixtures.text)
            ) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("application/json") == true)
                let document = try JSONDecoder().decode(AnnotatedDocument.self, from: Data(buffer: response.body))
                #expect(document.source.path == "plan.txt" && document.terms.count == 3)
            }
            // A name a Windows browser sends with its folders shows as the file's name alone,
            // like the TMX writers and resource names (ExchangeFileName).
            try await client.execute(
                uri: "/api/annotate?name=C:%5CUsers%5Cana%5Cplan.txt", method: .post,
                body: ByteBuffer(string: ServerFixtures.text)
            ) { response in
                let document = try JSONDecoder().decode(AnnotatedDocument.self, from: Data(buffer: response.body))
                #expect(document.source.path == "plan.txt")
            }
            try await client.execute(
                uri: "/api/annotate?format=md", method: .post, body: ByteBuffer(string: ServerFixtures.text)
            ) { response in
                #expect(response.status == .ok && ServerFixtures.text(response).contains("Peacock Plan"))
            }
            try await client.execute(
                uri: "/api/annotate?format=pdf", method: .post, body: ByteBuffer(string: ServerFixtures.text)
            ) { response in
                #expect(response.status == .badRequest && (ServerFixtures.errorMessage(response).contains("pdf")))
            }
        }
    }

    @Test func emptyOrBinaryInputIsAClear4xxAndStoresNothing() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(
                uri: "/annotate", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("text", "  \n ")])
            ) { response in
                #expect(
                    response.status == .badRequest
                        && ServerFixtures.text(response).contains("Paste a text or choose a file"))
            }
            try await client.execute(uri: "/api/annotate", method: .post) { response in
                #expect(response.status == .badRequest && (ServerFixtures.errorMessage(response).contains("empty")))
            }
            var binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
            for index in 0..<2_000 { binary.append(UInt8(truncatingIfNeeded: index &* 131 &+ 7)) }
            let (headers, body) = ServerFixtures.multipart(file: binary, fileName: "photo.txt")
            try await client.execute(uri: "/annotate", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(ServerFixtures.text(response).contains("photo.txt"))
            }
            try await client.execute(
                uri: "/api/annotate?name=photo.png", method: .post, body: ByteBuffer(bytes: binary)
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/annotate", method: .post,
                headers: [.origin: "http://localhost", .contentType: "application/pdf"], body: ByteBuffer(string: "x")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            #expect(state.documents.count == 0)
        }
    }

    @Test func aWrongMethodOrAnUnknownDocumentIsA4xx() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            for (uri, method) in [
                ("/api/annotate", HTTPRequest.Method.get), ("/api/lookup?q=x", .delete), ("/annotate", .put),
                ("/api/glossary", .post),
            ] {
                try await client.execute(uri: uri, method: method, headers: ServerFixtures.sameOrigin) { response in
                    #expect((400..<500).contains(response.status.code), "\(method) \(uri): \(response.status)")
                }
            }
            try await client.execute(uri: "/documents/0123456789abcdef0123456789abcdef", method: .get) { response in
                #expect(response.status == .notFound && ServerFixtures.text(response).contains("in this session"))
            }
            try await client.execute(uri: "/documents/0123/download/json", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
