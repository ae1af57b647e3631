import DuizhaoKit
import Foundation

/// A batch output folder (`duizhao batch --out DIR`) as the server may show it: its report,
/// its manifest, and the files of its documents, and nothing else.
///
/// A file is served only when its relative path has no empty, `.` or `..` component and no
/// hidden one, and its real path (every symbolic link resolved) lies inside the folder's real
/// path: a link pointing out of the folder is refused like `../`.
struct BatchFolder: Sendable {
    /// Why a file is not served.
    enum Refusal: Error, Equatable {
        /// The path has a component that could leave the folder or is hidden.
        case badPath
        /// The file does not exist, is not a regular file, or resolves outside the folder.
        case notFound
    }

    /// The folder's real path, with a trailing slash.
    let root: String
    /// The folder's layout.
    let layout: OutputLayout

    /// The folder at `path`; throws when it is not a readable folder.
    init(path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            let real = Self.realPath(path)
        else { throw BatchFolderError.notAFolder(path: path) }
        root = real.hasSuffix("/") ? real : real + "/"
        layout = OutputLayout(root: URL(fileURLWithPath: real, isDirectory: true))
    }

    /// The batch report, when the batch has written one.
    func report() throws -> BatchReport? {
        let url = layout.report("json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try BatchReport.read(url)
    }

    /// The manifest, when there is one.
    func manifest() throws -> BatchManifest? {
        try BatchManifest.read(layout.manifest)
    }

    /// The bytes of the file at `relative` inside the folder, at most `maxSize` of them.
    func read(_ relative: String, maxSize: Int) throws -> [UInt8] {
        let path = try resolve(relative)
        return try InputFile.read(path, maxSize: maxSize)
    }

    /// The real path of `relative` inside the folder; refuses paths that could leave it.
    func resolve(_ relative: String) throws -> String {
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty,
            components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") && !$0.contains("\0") }
            )
        else { throw Refusal.badPath }
        guard let real = Self.realPath(root + relative), real.hasPrefix(root) else { throw Refusal.notFound }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else {
            throw Refusal.notFound
        }
        return real
    }

    /// `path` with every symbolic link resolved (realpath(3)); nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Why a batch folder cannot be served.
package enum BatchFolderError: Error, CustomStringConvertible {
    /// The path is not a folder.
    case notAFolder(path: String)

    package var description: String {
        switch self {
        case .notAFolder(let path):
            return "\(path): not a folder (a batch folder is the output folder of a duizhao batch run)"
        }
    }
}
