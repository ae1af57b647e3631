import DuizhaoKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DuizhaoServer

@Suite struct SecurityTests {
    @Test func everyAnswerCarriesThePolicyAndNosniffErrorsIncluded() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            for uri in [
                "/", "/lookup", "/glossary", "/check", "/batch", "/assets/app.js", "/api/lookup?q=x", "/no-such-page",
                "/api/lookup",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                    #expect(
                        policy.contains("default-src 'none'") && !policy.contains("unsafe-inline")
                            && policy.contains("frame-ancestors 'self'"), "\(uri)")
                }
            }
        }
    }

    @Test func aHostNameDNSCouldRebindIsRefused() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(
                uri: "/api/lookup?q=放管服", method: .get, headers: [.hostHeader: "evil.example:8080"]
            ) { response in
                #expect(response.status == .misdirectedRequest)
                #expect(ServerFixtures.errorMessage(response).contains("evil.example"))
            }
            // Refused before anything runs: a rebound form post stores nothing.
            try await client.execute(
                uri: "/annotate", method: .post,
                headers: [.hostHeader: "attacker.test", .contentType: "application/x-www-form-urlencoded"],
                body: ServerFixtures.form([("text", ServerFixtures.text)])
            ) { response in
                #expect(response.status == .misdirectedRequest)
            }
            #expect(state.documents.count == 0)
            for host in ["127.0.0.1:8080", "localhost", "[::1]:9000"] {
                try await client.execute(uri: "/api/lookup?q=放管服", method: .get, headers: [.hostHeader: host]) {
                    response in
                    #expect(response.status == .ok, "\(host)")
                }
            }
        }
    }

    @Test func aPostFromAnotherSiteIsRefusedAndStoresNothing() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(
                uri: "/annotate", method: .post,
                headers: [.origin: "http://evil.example", .contentType: "application/x-www-form-urlencoded"],
                body: ServerFixtures.form([("text", ServerFixtures.text)])
            ) { response in
                #expect(response.status == .forbidden)
                #expect(ServerFixtures.text(response).contains("another site"))
            }
            try await client.execute(
                uri: "/api/check", method: .post,
                headers: [.secFetchSite: "cross-site", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"source":"放管服","translation":"x"}"#)
            ) { response in
                #expect(response.status == .forbidden)
            }
            #expect(state.documents.count == 0 && state.reports.count == 0)
        }
    }

    @Test func anOversizedBodyIs413AndStoresNothing() async throws {
        let state = try ServerFixtures.state(maxSize: 1_000)
        try await ServerFixtures.app(state).test(.router) { client in
            let big = String(repeating: "放管服改革。", count: 200)
            try await client.execute(uri: "/api/annotate", method: .post, body: ByteBuffer(string: big)) { response in
                #expect(response.status == .contentTooLarge)
                // The library names no option (duizhao serve adds its own as a hint).
                #expect(
                    ServerFixtures.errorMessage(response)
                        == "The request body has \(big.utf8.count) bytes; the limit is 1000.")
            }
            try await client.execute(
                uri: "/annotate", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("text", big)])
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            #expect(state.documents.count == 0)
        }
    }

    @Test func noPageOrAnswerShowsALocalPath() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            let location = try await client.execute(
                uri: "/annotate", method: .post, headers: ServerFixtures.formHeaders,
                body: ServerFixtures.form([("text", ServerFixtures.text)])
            ) { $0.headers[.location] }
            let document = try #require(location)
            var uris = [
                "/terms/fangguanfu", "/api/lookup?q=放管服", "/api/glossary", "/glossary", document,
                document + "/view/html", document + "/view/brief",
            ]
            uris += DocumentDownload.all.map { document + "/download/" + $0.name }
            for uri in uris {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(
                        !ServerFixtures.text(response).contains(ServerFixtures.localFolder),
                        "\(uri) shows the glossary folder")
                }
            }
            try await client.execute(uri: "/terms/fangguanfu", method: .get) { response in
                #expect(ServerFixtures.text(response).contains("20-reform.tsv:4"))
            }
        }
    }

    @Test func theHostRulesAcceptOnlyAddressesAndLocalhost() {
        #expect(
            HostCheck.isAllowedHost("127.0.0.1:8080") && HostCheck.isAllowedHost("localhost")
                && HostCheck.isAllowedHost("[::1]:80"))
        #expect(HostCheck.isAllowedHost("192.168.1.20:8080"))
        #expect(!HostCheck.isAllowedHost("evil.example") && !HostCheck.isAllowedHost("localhost.evil.example:80"))
        #expect(
            !HostCheck.isAllowedHost("127.0.0.1:80:80") && !HostCheck.isAllowedHost("")
                && !HostCheck.isAllowedHost("[::1"))
        #expect(!HostCheck.isAllowedHost("999.1.1.1"))
        #expect(HostCheck.isLoopback("127.0.0.1") && HostCheck.isLoopback("::1") && !HostCheck.isLoopback("0.0.0.0"))
        #expect(
            HostCheck.isSameOrigin("http://127.0.0.1:8080", host: "127.0.0.1:8080")
                && !HostCheck.isSameOrigin("http://evil.example", host: "127.0.0.1:8080"))
    }

    @Test func aRendererPageIsAllowedExactlyItsOwnInlineCode() {
        let html =
            "<html><head><style>p{}</style></head><body><p>&lt;script&gt;</p><script>run()</script></body></html>"
        let policy = InlineCodePolicy.policy(for: html)
        #expect(policy.contains("style-src \(ContentSecurityPolicy.hashSource("p{}"))"))
        #expect(policy.contains("script-src \(ContentSecurityPolicy.hashSource("run()"))"))
        #expect(InlineCodePolicy.policy(for: "<p>no code</p>").contains("script-src") == false)
    }
}
