/// Builds indented XML text; every attribute value and text node is escaped, so no input
/// can add markup.
package struct XMLTextBuilder {
    package private(set) var text = ""
    private var depth = 0
    /// Characters XML could not hold, replaced by U+FFFD since the count was last reset.
    package var replaced = 0

    /// An empty document.
    package init() {}

    /// Appends a line as it is (the XML declaration).
    package mutating func raw(_ line: String) {
        text += line + "\n"
    }

    /// Opens `name` on its own line.
    package mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += indent + "<" + name + attributeText(attributes) + ">\n"
        depth += 1
    }

    /// Closes `name` on its own line.
    package mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// An element with text content on one line.
    package mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        text +=
            indent + "<" + name + attributeText(attributes) + ">" + XMLEscaping.text(content, replaced: &replaced)
            + "</" + name + ">\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private mutating func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1, replaced: &replaced))\"" }.joined()
    }
}
