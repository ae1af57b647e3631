import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct TextDecoderTests {
    let expected = "深圳实施“孔雀计划”，每年安排10亿元。\n一、总体要求\n推进“放管服”改革；\n"

    @Test(arguments: [
        ("encodings/policy.utf8.txt", "UTF-8"),
        ("encodings/policy.utf8bom.txt", "UTF-8 (BOM)"),
        ("encodings/policy.utf16le.txt", "UTF-16LE"),
        ("encodings/policy.utf16be.txt", "UTF-16BE"),
        ("encodings/policy.gb18030.txt", "GB18030"),
    ])
    func detectsAndDecodes(file: String, encoding: String) throws {
        let decoded = try TextDecoder().decode(Fixtures.bytes(file), path: file)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == expected)
    }

    @Test func decodesBig5() throws {
        let decoded = try TextDecoder().decode(Fixtures.bytes("encodings/traditional.big5.txt"), path: "big5")
        #expect(decoded.encoding == "Big5")
        #expect(decoded.text == String(decoding: try Fixtures.bytes("encodings/traditional.utf8.txt"), as: UTF8.self))
    }

    @Test func explicitEncodingOverridesDetection() throws {
        let bytes = try Fixtures.bytes("encodings/policy.gb18030.txt")
        let decoded = try TextDecoder().decode(bytes, path: "x", encoding: "gbk")
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.text == expected)
        #expect(throws: IngestionError.self) { try TextDecoder().decode(bytes, path: "x", encoding: "UTF-8") }
    }

    @Test func invalidBytesNameTheOffsetAndLine() throws {
        let bytes = Array("第一行\n深圳".utf8) + [0xFF, 0x41]
        do {
            _ = try TextDecoder().decode(bytes, path: "bad.txt", encoding: "UTF-8")
            Issue.record("expected an error")
        } catch let error as IngestionError {
            #expect(error == .undecodable(path: "bad.txt", encoding: "UTF-8", byteOffset: 16, line: 2))
            #expect(error.description.contains("bad.txt:2"))
            #expect(error.description.contains("16"))
        }
    }

    @Test func undecodableInAnyCandidateIsAnError() throws {
        #expect(throws: IngestionError.self) {
            try TextDecoder().decode(Fixtures.bytes("encodings/bad-utf8-gb.txt"), path: "bad")
        }
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: IngestionError.binary(path: "b", byteOffset: 3)) {
            try TextDecoder().decode([0x41, 0x42, 0x43, 0x00, 0x44], path: "b")
        }
    }

    @Test func unknownEncodingIsAnError() {
        #expect(throws: IngestionError.unknownEncoding(name: "klingon-9")) {
            try TextDecoder().decode([0x41], path: "x", encoding: "klingon-9")
        }
    }
}
