import DuizhaoCore
import Foundation

/// One document of a batch: where it is, and its key, the relative path that names its
/// outputs and decides its shard (the same on every machine that runs the same command).
public struct BatchInput: Sendable, Hashable {
    /// The file.
    public var url: URL
    /// The relative path, `/`-separated: the input argument's label, then the path inside a
    /// folder argument (`docs/a/index.html`).
    public var key: String
    /// The input kind its name implies.
    public var kind: InputKind

    /// The key's path components.
    public var components: [String] { key.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
}
