import DuizhaoKit

/// How `duizhao serve` listens and what it serves besides the glossary.
package struct ServerConfiguration: Sendable {
    /// The address to bind: loopback (`127.0.0.1`) unless the user chooses another.
    package var host: String
    /// The port; 0 lets the system choose one.
    package var port: Int
    /// The largest request body accepted, in bytes (documents, bilingual files, forms).
    package var maxSize: Int
    /// A batch output folder (`duizhao batch --out`) to browse, if any.
    package var batchFolder: String?
    /// How many annotated documents and check reports are kept in memory for their pages
    /// and downloads (the oldest goes first). Nothing is written to disk.
    package var keptResults: Int
    /// How the operator changes what an error is about, added to its message; none by default
    /// (`duizhao serve` names its options: the library names none).
    package var hints = Hints()

    /// How the operator changes a setting, for the messages of requests that hit it.
    package struct Hints: Sendable {
        /// How to raise the request size limit.
        package var sizeLimit: String?
        /// How to serve a batch folder.
        package var batchFolder: String?

        /// Creates hints.
        package init(sizeLimit: String? = nil, batchFolder: String? = nil) {
            self.sizeLimit = sizeLimit
            self.batchFolder = batchFolder
        }

        /// ` (hint)` for the end of a message, empty without one.
        static func suffix(_ hint: String?) -> String {
            hint.map { " (\($0))" } ?? ""
        }
    }

    /// Creates a configuration.
    package init(
        host: String = "127.0.0.1", port: Int = 8080, maxSize: Int = 8 << 20, batchFolder: String? = nil,
        keptResults: Int = 32
    ) {
        self.host = host
        self.port = port
        self.maxSize = maxSize
        self.batchFolder = batchFolder
        self.keptResults = keptResults
    }

    /// Whether `host` is a loopback address, reachable only from this machine.
    package var isLoopback: Bool { HostCheck.isLoopback(host) }

    /// The URL to print for the user (`[::1]` bracketed).
    package func url(port actualPort: Int? = nil) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(actualPort ?? port)/"
    }
}
