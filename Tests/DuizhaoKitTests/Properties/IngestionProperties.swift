import PropertyBased
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

/// Reading arbitrary bytes never traps: the reader returns a document whose spans hold, or
/// throws an ``IngestionError`` (which names the file).
@Suite struct IngestionProperties {
    static let kinds: [InputKind] = [.text, .markdown, .html]
    /// Declared encodings (nil: detection), as `--encoding` passes them.
    static let encodings: [String?] = [nil, nil, "UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "gbk"]

    /// One reading: the bytes, the kind and the declared encoding.
    struct Reading: CustomStringConvertible {
        var bytes: [UInt8]
        var kind: InputKind
        var encoding: String?
        var description: String {
            "kind \(kind), encoding \(encoding ?? "detected"), bytes \(PropertyRunner.describe(bytes))"
        }
    }

    static let readings = zip(
        HostileText.bytes, Gen.int(in: 0...(kinds.count - 1)), Gen.int(in: 0...(encodings.count - 1))
    )
    .map { bytes, kind, encoding in Reading(bytes: bytes, kind: kinds[kind], encoding: encodings[encoding]) }

    /// The outcome of reading: problems with the document, or none for a typed error.
    static func problems(reading: Reading, reader: DocumentReader) -> [String] {
        reader.encoding = reading.encoding
        do {
            let document = try reader.read(bytes: reading.bytes, path: "fuzz.input", kind: reading.kind)
            return SpanInvariants.problems(in: document)
        } catch let error as IngestionError {
            if case .unknownEncoding = error { return [] }
            return error.description.contains("fuzz.input") ? [] : ["error does not name the file: \(error)"]
        } catch {
            return ["untyped error \(type(of: error)): \(error)"]
        }
    }

    @Test func arbitraryBytesReadOrFailWithATypedError() throws {
        let reader = try DocumentReader()
        var read = 0, refused = 0
        PropertyRunner.check("ingestion.bytes", count: 150, Self.readings) { reading in
            let problems = Self.problems(reading: reading, reader: reader)
            if (try? reader.read(bytes: reading.bytes, path: "fuzz.input", kind: reading.kind)) != nil {
                read += 1
            } else {
                refused += 1
            }
            return problems
        }
        // Both outcomes occur: the generator makes readable documents and unreadable bytes.
        #expect(read > 0 && refused > 0, "\(read) read, \(refused) refused")
    }

    @Test func htmlPagesReadOrFailWithATypedError() throws {
        let reader = try DocumentReader()
        PropertyRunner.check("ingestion.html", count: 120, HostileText.html) { page in
            Self.problems(reading: Reading(bytes: Array(page.utf8), kind: .html, encoding: nil), reader: reader)
        }
    }

    @Test func markdownReadsOrFailsWithATypedError() throws {
        let reader = try DocumentReader()
        PropertyRunner.check("ingestion.markdown", count: 120, HostileText.markdown) { text in
            Self.problems(reading: Reading(bytes: Array(text.utf8), kind: .markdown, encoding: nil), reader: reader)
        }
    }

    /// Decoding alone: UTF-16 with lone surrogates and odd lengths, double-byte look-alikes
    /// and random bytes decode to text or fail with the byte offset inside the input.
    @Test func decodingFailsWithAnOffsetInsideTheInput() {
        let decoder = TextDecoder()
        PropertyRunner.check("ingestion.decode", count: 300, HostileText.bytes) { bytes in
            var problems: [String] = []
            for encoding in [nil, "UTF-16LE", "UTF-16BE", "GB18030", "Big5"] as [String?] {
                do {
                    _ = try decoder.decode(bytes, path: "fuzz.input", encoding: encoding)
                } catch IngestionError.undecodable(_, _, let offset, let line) {
                    if offset < 0 || offset > bytes.count {
                        problems.append("\(encoding ?? "detected"): offset \(offset) outside \(bytes.count) bytes")
                    }
                    if line < 1 { problems.append("\(encoding ?? "detected"): line \(line)") }
                } catch IngestionError.binary(_, let offset) {
                    if offset < 0 || offset >= bytes.count || bytes[offset] != 0 {
                        problems.append("binary: offset \(offset) is not a NUL byte")
                    }
                } catch is IngestionError {
                } catch {
                    problems.append("untyped error \(type(of: error)): \(error)")
                }
            }
            return problems
        }
    }
}
