import Foundation
import Testing

@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct JSONWriterTests {
    @Test func escapesStringsAndNestsValues() throws {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.field("a", "引号\"反斜杠\\换行\n\u{01}</script>")
        writer.field("b", [String]())
        writer.field("c", 42)
        writer.field("d", String?.none)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"a":"引号\"反斜杠\\换行\n\u0001</script>","b":[],"c":42}"#)
    }

    @Test func documentJSONDecodesToTheSameDocumentAsJSONEncoder() throws {
        let document = try Fixtures.document("documents/outline-tiers.txt")
        let fast = Data(JSONWriter.encode(document))
        let decoded = try JSONDecoder().decode(Document.self, from: fast)
        #expect(decoded == document)
        // Same content and key order as the Codable path.
        let reference = try JSONOutput.data(document)
        let fastObject = try JSONSerialization.jsonObject(with: fast) as? NSDictionary
        let referenceObject = try JSONSerialization.jsonObject(with: reference) as? NSDictionary
        #expect(fastObject == referenceObject)
        #expect(JSONWriter.encode(document) == JSONWriter.encode(document))
        // Pretty output is byte for byte what JSONEncoder writes.
        #expect(fast == reference)
    }

    @Test func emptyContainersAndNumbersMatchJSONEncoder() throws {
        struct Sample: Encodable, JSONWritable {
            var empty: [String] = []
            var numbers: [Double] = [1e9, 0.5, 1.5e-7, 45, -3.25, 1e20]
            var text = "a/b"
            func write(to writer: inout JSONWriter) {
                writer.beginObject()
                writer.field("empty", empty)
                writer.key("numbers")
                writer.beginArray()
                for number in numbers { writer.double(number) }
                writer.endArray()
                writer.field("text", text)
                writer.endObject()
            }
        }
        #expect(Data(JSONWriter.encode(Sample())) == (try JSONOutput.data(Sample())))
    }
}

extension JSONWriterTests {
    @Test func integersAndDeepIndentationMatchJSONEncoder() throws {
        struct Nested: Encodable, JSONWritable {
            var integers = [0, 7, 9, 10, 42, -1, -10, 1_000_000, Int.max, Int.min]
            var depth: Int
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(integers, forKey: .integers)
                if depth > 0 { try container.encode(Nested(depth: depth - 1), forKey: .inner) }
            }
            enum Key: String, CodingKey { case inner, integers }
            func write(to writer: inout JSONWriter) {
                writer.beginObject()
                if depth > 0 { writer.field("inner", Nested(depth: depth - 1)) }
                writer.field("integers", integers)
                writer.endObject()
            }
        }
        // 40 levels: indentation longer than one run of spaces.
        let value = Nested(depth: 40)
        #expect(Data(JSONWriter.encode(value)) == (try JSONOutput.data(value)))
        #expect(
            String(decoding: JSONWriter.encode(value, pretty: false), as: UTF8.self).contains(
                #"{"inner":{"integers":[0,7,9,10,42,-1,-10,1000000,9223372036854775807,-9223372036854775808]},"#))
    }
}

@Suite struct JSONWriterParallelArrayTests {
    struct Item: JSONWritable {
        var number: Int
        var text: String
        func write(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("number", number)
            writer.field("tags", number % 3 == 0 ? [] : ["引号\"", "b"])
            writer.field("text", text)
            writer.endObject()
        }
    }

    @Test(arguments: [true, false])
    func anArrayRenderedInParallelRoundsEqualsTheSerialOne(pretty: Bool) {
        let items = (0..<1_001).map { Item(number: $0, text: "第\($0)句\n") }
        func render(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
            var chunks: [[UInt8]] = []
            var writer = JSONWriter(pretty: pretty, flushingEvery: 256) { chunks.append($0) }
            writer.beginObject()
            writer.field("a", 1)
            writer.key("items")
            body(&writer)
            writer.field("z", "end")
            writer.endObject()
            writer.finish()
            return chunks.flatMap { $0 }
        }
        let serial = render { items.write(to: &$0) }
        #expect(render { $0.array(items, round: 64) } == serial)
        #expect(render { $0.array(items, round: 7) } == serial)
        #expect(render { $0.array([Item](), round: 7) } == render { [Item]().write(to: &$0) })
    }
}

@Suite struct JSONWriterStreamingTests {
    @Test func flushedChunksConcatenateToTheWholeOutput() throws {
        let document = try Fixtures.document("documents/outline-tiers.txt")
        var chunks: [[UInt8]] = []
        var writer = JSONWriter(flushingEvery: 64) { chunks.append($0) }
        document.write(to: &writer)
        writer.finish()
        #expect(chunks.count > 3)
        #expect(chunks.flatMap { $0 } == JSONWriter.encode(document))
    }

    @Test func streamedFilesAreWrittenAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: path) { write in
                try write(Array("partial".utf8))
                throw Interrupted()
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] == [])
        try AtomicFile.write(to: path) { write in
            try write(Array("第一".utf8))
            try write(Array("第二".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "第一第二")
    }
}
