import DuizhaoKit
import Foundation

/// A `multipart/form-data` body (RFC 7578) read into its parts: the form a browser posts
/// when it uploads a file. Parts are held in memory; nothing is written to disk.
struct MultipartForm {
    /// One field or file.
    struct Part {
        /// The field name.
        var name: String
        /// The file name the browser sent (only its last component), nil for plain fields.
        var fileName: String?
        /// The content.
        var bytes: [UInt8]
    }

    /// Why a body could not be read.
    enum ParseError: Error, CustomStringConvertible {
        case noBoundary
        case malformed

        var description: String {
            switch self {
            case .noBoundary: return "multipart/form-data without a boundary"
            case .malformed: return "the multipart/form-data body is malformed"
            }
        }
    }

    /// The parts, in order.
    var parts: [Part]

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the field `name` (UTF-8), nil when absent.
    func field(_ name: String) -> String? { part(name).map { String(decoding: $0.bytes, as: UTF8.self) } }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` value.
    static func boundary(contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Reads `body` sent with `boundary`.
    init(body: [UInt8], boundary: String) throws {
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var from = 0
        while let found = ByteSearch.firstIndex(of: delimiter, in: body, from: from) {
            positions.append(found)
            from = found + delimiter.count
        }
        guard positions.count >= 2 else { throw ParseError.malformed }
        var parts: [Part] = []
        for (start, end) in zip(positions, positions.dropFirst()) {
            // Each part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
            var partStart = start + delimiter.count
            if partStart + 1 < body.count, body[partStart] == 13, body[partStart + 1] == 10 { partStart += 2 }
            guard let headerEnd = ByteSearch.firstIndex(of: [UInt8]([13, 10, 13, 10]), in: body, from: partStart),
                headerEnd < end
            else { throw ParseError.malformed }
            let headers = String(decoding: body[partStart..<headerEnd], as: UTF8.self)
            var contentEnd = end
            if contentEnd >= 2, body[contentEnd - 2] == 13, body[contentEnd - 1] == 10 { contentEnd -= 2 }
            let contentStart = headerEnd + 4
            guard contentStart <= contentEnd else { throw ParseError.malformed }
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                }),
                let name = Self.parameter("name", in: disposition)
            else { throw ParseError.malformed }
            let fileName = Self.parameter("filename", in: disposition).map { name in
                String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
            }
            parts.append(Part(name: name, fileName: fileName, bytes: Array(body[contentStart..<contentEnd])))
        }
        self.parts = parts
    }

    /// The quoted value of `name="…"` in a Content-Disposition line.
    private static func parameter(_ name: String, in line: Substring) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}
