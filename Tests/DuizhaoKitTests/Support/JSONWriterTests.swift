import Foundation
import Testing
@testable import DuizhaoKit

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
    }
}
