import DuizhaoCore
import DuizhaoText
import Foundation

/// Reads the pairs of an XLIFF file, for `check` and `tm import` alike: XLIFF 1.2
/// `trans-unit` and XLIFF 2.x `segment`, each with its `source` and `target` (inline markup
/// read as its text), and whether the file marks the target a draft (`state` `initial`,
/// `new` or `needs-…`). Units with an empty source are left out.
public struct XLIFFPairReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The pairs of the XLIFF `data`, read from `file` (the name used in errors).
    public func read(_ data: Data, file: String) throws -> [BilingualPair] {
        let root = try XMLNode.parse(data, file: file)
        guard root.name == "xliff" else {
            throw InterchangeError.unexpectedRoot(path: file, root: root.name, expected: "xliff")
        }
        var pairs: [BilingualPair] = []
        func visit(_ node: XMLNode) {
            if node.name == "trans-unit" || node.name == "segment" {
                let source =
                    node.children.first { $0.name == "source" }?.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? ""
                let targetNode = node.children.first { $0.name == "target" }
                let target = targetNode?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let state = (node.name == "segment" ? node.attributes["state"] : targetNode?.attributes["state"]) ?? ""
                let isDraft = state == "initial" || state == "new" || state.hasPrefix("needs-")
                if !source.isEmpty {
                    pairs.append(BilingualPair(source: source, target: target, line: node.line, isDraft: isDraft))
                }
                return
            }
            for child in node.children { visit(child) }
        }
        visit(root)
        return pairs
    }
}
