import DuizhaoCore
import Foundation

/// Turns the inputs of a batch (files and folders) into a stream of documents, one at a
/// time: folders are walked lazily in sorted order, so a batch of any size holds one folder
/// listing per level, never the whole list.
///
/// - Folder scans take files with the extensions of the input kinds (`.txt`, `.md`,
///   `.html`, `.htm`…) that pass the include and exclude globs; hidden files and folders and
///   the excluded folders (the batch's own output) are skipped.
/// - Symbolic links are followed only when their target lies inside the folder argument
///   (after resolving every link); a link out of it, a dangling link, and a folder reached a
///   second time (a link cycle, or two links to one folder) are skipped.
/// - A file named on the command line is always taken, whatever its name.
/// - Each argument gets a label: its last path component, lengthened with parent folders
///   until no label equals or contains another (`x/docs` and `y/docs`). A file's key is its
///   argument's label followed by its path inside the folder.
/// - An argument inside a folder argument, or given twice, is covered once.
public struct InputScanner: Sequence, Sendable {
    /// A problem with the inputs themselves: a usage error.
    public enum ScanError: Error, Equatable, CustomStringConvertible {
        /// An input does not exist.
        case notFound(path: String)
        /// No inputs were given.
        case noInputs
        /// An input lies inside the output folder.
        case insideOutput(path: String, output: String)

        public var description: String {
            switch self {
            case .notFound(let path): return "\(path): no such file or folder"
            case .noInputs: return "no inputs given"
            case .insideOutput(let path, let output): return "\(path): lies inside the output folder \(output)"
            }
        }
    }

    /// An input argument, resolved.
    struct Root: Sendable, Equatable {
        var url: URL
        var isFolder: Bool
        var label: [String]
    }

    let roots: [Root]
    let include: [Glob]
    let exclude: [Glob]
    let excludedFolders: [String]
    let extensions: [String: InputKind]

    /// Resolves `arguments` (paths as given, relative to the current folder); files under
    /// `excluding` (the output folder) are never taken.
    public init(arguments: [String], include: [Glob] = [], exclude: [Glob] = [], excluding: [URL] = []) throws {
        guard !arguments.isEmpty else { throw ScanError.noInputs }
        let excluded = excluding.map { Self.resolve($0).path }
        var candidates: [(url: URL, isFolder: Bool)] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw ScanError.notFound(path: argument)
            }
            let url = Self.resolve(URL(fileURLWithPath: argument))
            for output in excluded
            where url.path == output || url.path.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
                throw ScanError.insideOutput(path: argument, output: output)
            }
            candidates.append((url, isDirectory.boolValue))
        }
        // Drop duplicates and arguments inside folder arguments.
        var kept: [(url: URL, isFolder: Bool)] = []
        for candidate in candidates {
            let inside = candidates.contains { other in
                other.isFolder && other.url.path != candidate.url.path
                    && candidate.url.path.hasPrefix(other.url.path == "/" ? "/" : other.url.path + "/")
            }
            if inside || kept.contains(where: { $0.url.path == candidate.url.path }) { continue }
            kept.append(candidate)
        }
        let labels = Self.labels(for: kept.map { $0.url.pathComponents.filter { $0 != "/" } })
        roots = zip(kept, labels).map { Root(url: $0.0.url, isFolder: $0.0.isFolder, label: $0.1) }
        self.include = include
        self.exclude = exclude
        excludedFolders = excluded
        var extensions: [String: InputKind] = [:]
        for kind in InputKind.allCases { for name in kind.fileExtensions { extensions[name] = kind } }
        self.extensions = extensions
    }

    /// The shortest trailing paths that are unique and not prefixes of one another.
    static func labels(for paths: [[String]]) -> [[String]] {
        var lengths = paths.map { _ in 1 }
        func label(_ index: Int) -> [String] {
            let path = paths[index]
            if path.isEmpty { return ["root"] }
            return Array(path.suffix(lengths[index]))
        }
        var changed = true
        while changed {
            changed = false
            for i in paths.indices {
                for j in paths.indices where i < j {
                    let a = label(i), b = label(j)
                    if a.starts(with: b) || b.starts(with: a) {
                        if lengths[i] < paths[i].count { lengths[i] += 1; changed = true }
                        if lengths[j] < paths[j].count { lengths[j] += 1; changed = true }
                    }
                }
            }
        }
        return paths.indices.map(label)
    }

    /// A path with symbolic links resolved, for comparisons.
    static func resolve(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The kind of a file found in a folder scan, nil when its extension is not an input kind.
    func kind(ofScanned name: String) -> InputKind? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return extensions[name[name.index(after: dot)...].lowercased()]
    }

    /// True when a scanned file's path inside its folder passes the globs.
    func accepts(relativePath: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(relativePath) }) { return false }
        return !exclude.contains { $0.matches(relativePath) }
    }

    public func makeIterator() -> Iterator { Iterator(scanner: self) }

    /// Walks the roots in order; each folder's entries in sorted order, depth first.
    public struct Iterator: IteratorProtocol {
        struct Frame {
            var folder: URL
            var relative: [String]
            var entries: [String]
            var next = 0
        }

        let scanner: InputScanner
        var rootIndex = 0
        var stack: [Frame] = []
        var rootOpened = false
        /// The resolved paths of the folders entered under the current root.
        var visited: Set<String> = []

        init(scanner: InputScanner) { self.scanner = scanner }

        public mutating func next() -> BatchInput? {
            while rootIndex < scanner.roots.count {
                let root = scanner.roots[rootIndex]
                if !root.isFolder {
                    rootIndex += 1
                    return BatchInput(
                        url: root.url, key: root.label.joined(separator: "/"),
                        kind: InputKind(path: root.url.lastPathComponent))
                }
                if !rootOpened {
                    rootOpened = true
                    visited = [root.url.path]
                    stack = [Frame(folder: root.url, relative: [], entries: Self.list(root.url))]
                }
                while var frame = stack.popLast() {
                    guard frame.next < frame.entries.count else { continue }
                    let name = frame.entries[frame.next]
                    frame.next += 1
                    stack.append(frame)
                    if name.hasPrefix(".") { continue }
                    let url = frame.folder.appendingPathComponent(name)
                    let relative = frame.relative + [name]
                    switch Self.type(of: url, inside: root.url) {
                    case .folder:
                        let resolved = InputScanner.resolve(url).path
                        if scanner.excludedFolders.contains(url.path) || scanner.excludedFolders.contains(resolved) {
                            continue
                        }
                        guard visited.insert(resolved).inserted else { continue }
                        stack.append(Frame(folder: url, relative: relative, entries: Self.list(url)))
                    case .file:
                        guard let kind = scanner.kind(ofScanned: name) else { continue }
                        let relativePath = relative.joined(separator: "/")
                        guard scanner.accepts(relativePath: relativePath) else { continue }
                        return BatchInput(url: url, key: (root.label + relative).joined(separator: "/"), kind: kind)
                    case .other:
                        continue
                    }
                }
                rootIndex += 1
                rootOpened = false
            }
            return nil
        }

        enum EntryType { case file, folder, other }

        /// A folder entry's type; a symbolic link has its target's type when the target lies
        /// inside `root` (resolved), and is `other` (skipped) when it leads out or nowhere.
        static func type(of url: URL, inside root: URL) -> EntryType {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                let type = attributes[.type] as? FileAttributeType
            else { return .other }
            switch type {
            case .typeDirectory: return .folder
            case .typeRegular: return .file
            case .typeSymbolicLink:
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .other }
                let target = InputScanner.resolve(url).path
                guard target == root.path || target.hasPrefix(root.path == "/" ? "/" : root.path + "/") else {
                    return .other
                }
                if isDirectory.boolValue { return .folder }
                let attributes = try? FileManager.default.attributesOfItem(atPath: target)
                return attributes?[.type] as? FileAttributeType == .typeRegular ? .file : .other
            default: return .other
            }
        }

        /// A folder's entry names in a fixed order (by Unicode scalars), empty when unreadable.
        static func list(_ folder: URL) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
    }
}
