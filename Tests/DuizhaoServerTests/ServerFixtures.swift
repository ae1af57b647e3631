import DuizhaoKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import DuizhaoServer

/// A small glossary, a server over it, and requests as a browser on this machine sends them.
enum ServerFixtures {
    /// A folder that exists only in the entries' origins: no page may show it.
    static let localFolder = "/home/analyst/private-glossaries"

    static let entries = [
        GlossaryEntry(
            id: "fangguanfu", zh: "放管服", en: "delegate power, improve regulation, and upgrade services",
            alternatives: [
                .init(
                    "streamline administration, delegate power, strengthen regulation and improve services",
                    status: .established)
            ],
            fullForm: "简政放权、放管结合、优化服务", category: "reform", status: .official,
            source: "State Council, English version of the 2019 Government Work Report",
            note: "Reform slogan since 2015.",
            origin: .init(file: localFolder + "/20-reform.tsv", line: 4)),
        GlossaryEntry(
            id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", category: "talent", status: .established,
            source: "Shenzhen Municipal Government English site",
            origin: .init(file: localFolder + "/40-talent.tsv", line: 2)),
        GlossaryEntry(
            id: "gba", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area", variants: ["大湾区"],
            category: "places",
            status: .official, source: "Outline Development Plan (official English version)",
            origin: .init(file: localFolder + "/70-places.tsv", line: 9)),
    ]

    static let text = "深化“放管服”改革。实施孔雀计划，每年安排10亿元支持粤港澳大湾区建设。"

    /// A server state over the fixture glossary (no dictionary).
    static func state(maxSize: Int = 1 << 20, batch: String? = nil) throws -> ServerState {
        let resources = try StandardResources(
            glossary: Glossary(entries: entries), glossaryFiles: entries.compactMap { $0.origin?.file }, dictionary: nil
        )
        return try ServerState(
            configuration: ServerConfiguration(maxSize: maxSize, batchFolder: batch), resources: resources)
    }

    /// The application for router tests.
    static func app(_ state: ServerState) -> some ApplicationProtocol {
        Application(router: DuizhaoServer.router(state: state))
    }

    /// The headers of a same-origin form post from the app's own page.
    static let sameOrigin: HTTPFields = [.origin: "http://localhost"]

    /// A URL-encoded form body.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        let body = fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    static let formHeaders: HTTPFields = [
        .origin: "http://localhost", .contentType: "application/x-www-form-urlencoded",
    ]

    /// A multipart body with one file and some fields.
    static func multipart(file: [UInt8], fileName: String, fields: [(String, String)] = []) -> (HTTPFields, ByteBuffer)
    {
        let boundary = "----duizhaoTestBoundary7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body += file
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return (
            [.origin: "http://localhost", .contentType: "multipart/form-data; boundary=\(boundary)"],
            ByteBuffer(bytes: body)
        )
    }

    /// A response body as text.
    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// The message of an API error answer (`{"error": {"status", "message"}}`), empty when
    /// the body is not one.
    static func errorMessage(_ response: TestResponse) -> String {
        guard let error = try? JSONDecoder().decode(APIError.self, from: Data(buffer: response.body)).error,
            error.status == Int(response.status.code)
        else { return "" }
        return error.message
    }
}
