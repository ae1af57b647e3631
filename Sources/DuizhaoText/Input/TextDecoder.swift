import CICU

/// Text decoded from a file's bytes, with the encoding that decoded it.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text.
    public var text: String
    /// The encoding's name as reported (`UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `GB18030`, `Big5`).
    public var encoding: String
}

/// Detects and strictly decodes the encodings Chinese documents arrive in: UTF-8 (with or
/// without BOM), UTF-16 LE/BE with BOM, GB18030 (which covers GBK and GB2312) and Big5.
///
/// Decoding never replaces bad bytes: invalid input is an error naming the byte offset.
public struct TextDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes` read from `path` (used in errors). `encoding` overrides detection.
    public func decode(_ bytes: [UInt8], path: String, encoding: String? = nil) throws -> DecodedText {
        if let encoding {
            let name = try canonicalName(encoding)
            var body = bytes[...]
            if name == "UTF-8", bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
            let text = try convert(Array(body), charset: name, path: path, lineBase: bytes)
            return DecodedText(text: text, encoding: name)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return DecodedText(
                text: try convert(Array(bytes.dropFirst(3)), charset: "UTF-8", path: path, lineBase: bytes, shift: 3),
                encoding: "UTF-8 (BOM)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedText(
                text: try convert(
                    Array(bytes.dropFirst(2)), charset: "UTF-16LE", path: path, lineBase: bytes, shift: 2),
                encoding: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedText(
                text: try convert(
                    Array(bytes.dropFirst(2)), charset: "UTF-16BE", path: path, lineBase: bytes, shift: 2),
                encoding: "UTF-16BE")
        }
        if let nul = bytes.prefix(65536).firstIndex(of: 0) {
            throw IngestionError.binary(path: path, byteOffset: nul)
        }
        var attempts: [String] = []
        var candidates = ["UTF-8"]
        if let detected = detect(bytes), ["GB18030", "Big5"].contains(detected) {
            candidates.append(detected)
        }
        for fallback in ["GB18030", "Big5"] where !candidates.contains(fallback) { candidates.append(fallback) }
        for candidate in candidates {
            do {
                return DecodedText(
                    text: try convert(bytes, charset: candidate, path: path, lineBase: bytes), encoding: candidate)
            } catch IngestionError.undecodable(_, let name, let offset, let line) {
                attempts.append("not \(name) (bad sequence at byte \(offset), line \(line))")
            }
        }
        throw IngestionError.noEncodingFits(path: path, attempts: attempts)
    }

    /// ICU's best guess at the charset of `bytes`, or nil.
    public func detect(_ bytes: [UInt8]) -> String? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let sample = Array(bytes.prefix(1 << 16))
        let found = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cicu_detect_charset($0.baseAddress, Int32($0.count), &name, 64, &confidence)
            }
        }
        guard found != 0 else { return nil }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func canonicalName(_ name: String) throws -> String {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": return "UTF-8"
        case "utf-16le", "utf16le": return "UTF-16LE"
        case "utf-16be", "utf16be": return "UTF-16BE"
        case "gb18030", "gbk", "gb2312", "cp936", "euc-cn": return "GB18030"
        case "big5", "big-5", "cp950": return "Big5"
        default:
            var probe: Int32 = 0
            if cicu_convert_to_utf16(name, "", 0, nil, 0, &probe) == -2 {
                throw IngestionError.unknownEncoding(name: name)
            }
            return name
        }
    }

    private func convert(
        _ bytes: [UInt8], charset: String, path: String, lineBase: [UInt8], shift: Int = 0
    ) throws -> String {
        if bytes.isEmpty { return "" }
        if charset == "UTF-8" {
            if let text = String(validating: bytes, as: UTF8.self) { return text }
        }
        var errorOffset: Int32 = 0
        let count = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cicu_convert_to_utf16(charset, $0.baseAddress, Int32($0.count), nil, 0, &errorOffset)
            }
        }
        if count == -2 { throw IngestionError.unknownEncoding(name: charset) }
        if count < 0 {
            let offset = Int(errorOffset) + shift
            // UTF-16 writes line breaks as two bytes, and other characters hold 0x0A and 0x0D bytes.
            let line =
                charset.hasPrefix("UTF-16")
                ? lineBase.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                : TextLines.position(ofByte: offset, in: lineBase).line
            throw IngestionError.undecodable(path: path, encoding: charset, byteOffset: offset, line: line)
        }
        var units = [UInt16](repeating: 0, count: Int(count))
        _ = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cicu_convert_to_utf16(charset, $0.baseAddress, Int32($0.count), &units, count, &errorOffset)
            }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
