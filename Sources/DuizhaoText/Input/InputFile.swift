import Foundation

/// Reads the bytes of an input path (`-` for standard input), with the checks every command
/// shares: the path exists, is a regular file, and is within the size limit.
public enum InputFile {
    /// The default size limit: 64 MiB.
    public static let defaultMaxSize = 64 << 20

    /// The bytes at `path`.
    public static func read(_ path: String, maxSize: Int = defaultMaxSize) throws -> [UInt8] {
        if path == "-" { return try readBounded(FileHandle.standardInput, path: path, maxSize: maxSize) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestionError.notFound(path: path)
        }
        if isDirectory.boolValue { throw IngestionError.isDirectory(path: path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maxSize {
            throw IngestionError.tooLarge(path: path, bytes: size, limit: maxSize)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestionError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        // A file can grow after the size check, and pipes and devices report no size: the read
        // itself stops at the limit.
        return try readBounded(handle, path: path, maxSize: maxSize)
    }

    /// Reads `handle` to its end in chunks, failing as soon as more than `maxSize` bytes
    /// arrive, so an endless or huge stream never fills memory.
    static func readBounded(_ handle: FileHandle, path: String, maxSize: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let chunkSize = 1 << 20
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: min(chunkSize, maxSize - bytes.count + 1)) ?? Data()
            } catch {
                throw IngestionError.unreadable(path: path, reason: error.localizedDescription)
            }
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > maxSize { throw IngestionError.streamTooLarge(path: path, limit: maxSize) }
        }
    }
}
