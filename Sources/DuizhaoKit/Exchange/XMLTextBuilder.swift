/// Builds indented XML text; every attribute value and text node is escaped, so no input
/// can add markup.
struct XMLTextBuilder {
    private(set) var text = ""
    private var depth = 0
    /// Characters XML could not hold, replaced by U+FFFD since the count was last reset.
    var replaced = 0

    /// Appends a line as it is (the XML declaration).
    mutating func raw(_ line: String) {
        text += line + "\n"
    }

    /// Opens `name` on its own line.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += indent + "<" + name + attributeText(attributes) + ">\n"
        depth += 1
    }

    /// Closes `name` on its own line.
    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// An element with text content on one line.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        text += indent + "<" + name + attributeText(attributes) + ">" + XMLEscaping.text(content, replaced: &replaced) + "</" + name + ">\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private mutating func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1, replaced: &replaced))\"" }.joined()
    }
}
