import DuizhaoKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DuizhaoServer

@Suite struct LookupAndGlossaryRoutesTests {
    @Test func theAPIFindsTermsBySimplifiedTraditionalPinyinAndEnglish() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            for (query, id) in [
                ("放管服", "fangguanfu"), ("大灣區", "gba"), ("fangguanfu", "fangguanfu"), ("fàng guǎn fú", "fangguanfu"),
                ("peacock", "peacock-plan"),
            ] {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                try await client.execute(uri: "/api/lookup?q=" + encoded, method: .get) { response in
                    #expect(response.status == .ok, "\(query)")
                    let answer = try JSONDecoder().decode(LookupAnswer.self, from: Data(buffer: response.body))
                    #expect(answer.results.first?.entry.id == id, "\(query)")
                    #expect(
                        answer.results.first?.entry.origin?.file.contains("/") == false,
                        "\(query): origin is a file name")
                }
            }
            try await client.execute(uri: "/api/lookup?q=%20", method: .get) { response in
                #expect(
                    response.status == .badRequest && (ServerFixtures.errorMessage(response).contains("q parameter")))
            }
            try await client.execute(uri: "/api/lookup?q=" + String(repeating: "a", count: 201), method: .get) {
                response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theLookupPageAnswersWithoutScriptAndTheCardHasEveryField() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(uri: "/lookup?q=fangguanfu", method: .get) { response in
                let page = ServerFixtures.text(response)
                #expect(page.contains("href=\"/terms/fangguanfu\"") && page.contains("value=\"fangguanfu\""))
            }
            try await client.execute(uri: "/lookup?q=zzzzqqq", method: .get) { response in
                #expect(ServerFixtures.text(response).contains("No glossary entry"))
            }
            try await client.execute(uri: "/terms/fangguanfu", method: .get) { response in
                let card = ServerFixtures.text(response)
                for part in [
                    "放管服", "fàng", "delegate power", "official",
                    "State Council, English version of the 2019 Government Work Report",
                    "streamline administration", "established", "简政放权", "Reform slogan since 2015.",
                    "/terms/fangguanfu",
                ] {
                    #expect(card.contains(part), "\(part)")
                }
            }
            try await client.execute(uri: "/terms/no-such-term", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func theGlossaryFiltersCountsAndExports() async throws {
        let state = try ServerFixtures.state()
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(uri: "/api/glossary?status=official", method: .get) { response in
                let listing = try JSONDecoder().decode(GlossaryListing.self, from: Data(buffer: response.body))
                #expect(listing.total == 3 && listing.entries.map(\.id) == ["fangguanfu", "gba"])
                #expect(listing.counts["status"] == ["official": 2, "established": 1])
                #expect(listing.counts["category"]?["talent"] == 1)
            }
            try await client.execute(uri: "/glossary?category=talent", method: .get) { response in
                let page = ServerFixtures.text(response)
                #expect(page.contains("1 of 3 entries") && page.contains("孔雀计划") && !page.contains(">放管服<"))
                #expect(page.contains("talent (1)") && page.contains("/glossary/export.tbx?category=talent"))
            }
            try await client.execute(uri: "/glossary/export.tsv?category=talent", method: .get) { response in
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"duizhao-glossary.tsv\"")
                let text = ServerFixtures.text(response)
                #expect(text.contains("孔雀计划") && !text.contains("放管服"))
            }
            try await client.execute(uri: "/glossary/export.tbx", method: .get) { response in
                #expect(
                    ServerFixtures.text(response).contains("<martif")
                        && ServerFixtures.text(response).contains("粤港澳大湾区"))
            }
            try await client.execute(uri: "/glossary/export.csv", method: .get) { response in
                let csv = ServerFixtures.text(response)
                #expect(
                    csv.hasPrefix("id,zh,en,") && csv.contains("peacock-plan,孔雀计划,Peacock Plan,")
                        && csv.contains("gba,粤港澳大湾区,"))
            }
            try await client.execute(uri: "/glossary/export.exe", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func theOpenAPIFileIsServedAndNamesEveryAPIRoute() async throws {
        let state = try ServerFixtures.state()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let kept = try String(contentsOf: repository.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        try await ServerFixtures.app(state).test(.router) { client in
            try await client.execute(uri: "/api/openapi.yaml", method: .get) { response in
                #expect(ServerFixtures.text(response) == kept, "docs/openapi.yaml and the served description differ")
            }
        }
        for path in ["/api/annotate:", "/api/lookup:", "/api/glossary:", "/api/check:"] {
            #expect(kept.contains("\n  \(path)\n"))
        }
    }
}
