import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `duizhao annotate` wrote in a document's output folder, recorded in a small hidden
/// file there (`.duizhao-outputs`, one file name a line), so that a later run replaces its own
/// files and never a file it did not write.
///
/// Before writing, ``check(folder:names:force:)`` refuses a target that exists but is not
/// recorded (a user's file, or one another program wrote), and a folder that is a symbolic
/// link (writing through it would leave the output folder); `force` allows both. After
/// writing, ``record(folder:names:)`` adds the names.
public enum OutputOwnership {
    /// The record's file name, inside the document's folder.
    static let recordName = ".duizhao-outputs"

    /// Why a target may not be written.
    public enum RefusalError: Error, Equatable, CustomStringConvertible {
        /// The file exists and duizhao did not write it.
        case notWritten(path: String)
        /// The folder is a symbolic link.
        case linkedFolder(path: String)

        public var description: String {
            switch self {
            case .notWritten(let path):
                return "\(path): exists and was not written by duizhao"
            case .linkedFolder(let path):
                return "\(path): the output folder is a symbolic link; writing through it could leave the output folder"
            }
        }
    }

    /// The names recorded in `folder` (empty when there is no record).
    public static func recorded(in folder: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: folder + "/" + recordName) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// Throws when a file of `names` exists in `folder` without being recorded, or `folder`
    /// is a symbolic link; nothing is checked with `force`.
    public static func check(folder: String, names: [String], force: Bool) throws {
        guard !force else { return }
        var status = stat()
        if lstat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
            throw RefusalError.linkedFolder(path: folder)
        }
        let known = recorded(in: folder)
        for name in names where !known.contains(name) {
            let path = folder + "/" + name
            if lstat(path, &status) == 0 { throw RefusalError.notWritten(path: path) }
        }
    }

    /// Adds `names` to the record in `folder`, atomically.
    public static func record(folder: String, names: [String]) throws {
        let all = recorded(in: folder).union(names).sorted()
        try AtomicFile.write(all.joined(separator: "\n") + "\n", to: folder + "/" + recordName)
    }
}
