import Foundation

/// Reads the bytes of an input path (`-` for standard input), with the checks every command
/// shares: the path exists, is a regular file, and is within the size limit.
public enum InputFile {
    /// The default size limit: 64 MiB.
    public static let defaultMaxSize = 64 << 20

    /// The bytes at `path`.
    public static func read(_ path: String, maxSize: Int = defaultMaxSize) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxSize else { throw IngestionError.tooLarge(path: path, bytes: data.count, limit: maxSize) }
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw IngestionError.notFound(path: path) }
        if isDirectory.boolValue { throw IngestionError.isDirectory(path: path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maxSize { throw IngestionError.tooLarge(path: path, bytes: size, limit: maxSize) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestionError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw IngestionError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
