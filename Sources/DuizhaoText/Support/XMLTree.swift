import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: local name (namespace prefixes dropped), attributes, children and
/// text, with the line its start tag ends on. Small glossary files are read whole into this
/// tree, which is simpler to map than parser callbacks.
package struct XMLNode {
    /// The local name.
    package var name: String
    /// The attributes as written (`xml:lang` keeps its prefix).
    package var attributes: [String: String]
    /// The child elements, in order.
    package var children: [XMLNode] = []
    /// All text inside, children's included, in document order (a `term` may wrap parts in `hi`).
    package var text = ""
    /// The 1-based line of the start tag.
    package var line: Int

    /// The value of `type`.
    package var type: String? { attributes["type"] }

    /// Parses `data`. External entities are never resolved and documents declaring
    /// entities are refused outright, so nothing is fetched or expanded.
    package static func parse(_ data: Data, file: String) throws -> XMLNode {
        if let line = entityDeclarationLine(data) {
            throw InterchangeError.entityDeclaration(path: file, line: line)
        }
        // Stream mode: swift-corelibs-foundation's `XMLParser(data:)` reports failure at the
        // end of documents over about 10 MB even when they are well-formed.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if !ok || builder.root == nil {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root element"
            throw InterchangeError.malformedXML(
                path: file, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        return builder.root!
    }

    /// The line of the first `<!ENTITY` declaration, if any (in the first 1 MiB, where a
    /// DOCTYPE has to be).
    package static func entityDeclarationLine(_ data: Data) -> Int? {
        let needle = Array("<!ENTITY".utf8)
        let bytes = [UInt8](data.prefix(1 << 20))
        guard bytes.count >= needle.count else { return nil }
        for index in 0...(bytes.count - needle.count) where bytes[index] == 0x3C {
            if Array(bytes[index..<(index + needle.count)]) == needle {
                return TextLines.position(ofByte: index, in: bytes).line
            }
        }
        return nil
    }

    /// Collects the tree from parser callbacks.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            stack.append(XMLNode(name: local, attributes: attributes, line: parser.lineNumber))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].text += node.text
                stack[stack.count - 1].children.append(node)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
