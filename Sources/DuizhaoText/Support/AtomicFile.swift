import Foundation

/// Writes files atomically: the content goes to a temporary file in the same folder, which
/// is then renamed over the destination, so a reader (or a run that is killed) never sees
/// a partial file.
package enum AtomicFile {
    /// An error writing an output file.
    package enum WriteError: Error, CustomStringConvertible {
        /// The folder could not be created or the file could not be written.
        case cannotWrite(path: String, reason: String)

        package var description: String {
            switch self {
            case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
            }
        }
    }

    /// Writes `data` to `path`, creating intermediate folders.
    ///
    /// A symbolic link is followed (its target is replaced, not the link). A destination that
    /// is not a regular file (a device such as `/dev/null`, a pipe) is written in place: it
    /// cannot be replaced by renaming, and must not be.
    package static func write(_ data: Data, to path: String) throws {
        try write(to: path) { write in try write([UInt8](data)) }
    }

    /// Writes the chunks `produce` gives to `path`, atomically: they go to a temporary file
    /// that is renamed over `path` only when `produce` returns, so large outputs are written
    /// without being held in memory whole. Devices and pipes are written in place.
    package static func write(to path: String, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        var status = stat()
        if lstat(url.path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG, (status.st_mode & S_IFMT) != S_IFDIR {
            guard let handle = FileHandle(forWritingAtPath: url.path) else {
                throw WriteError.cannotWrite(path: path, reason: "cannot open for writing")
            }
            defer { try? handle.close() }
            try produceInBackground(produce) { chunk in try writeChunk(chunk, to: handle, path: path) }
            return
        }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            // A file where a folder should be is the usual cause the system does not name.
            var ancestor = folder
            while ancestor.path != "/", !FileManager.default.fileExists(atPath: ancestor.path) {
                ancestor.deleteLastPathComponent()
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw WriteError.cannotWrite(
                    path: path, reason: "cannot create folder \(folder.path): \(ancestor.path) is a file, not a folder")
            }
            throw WriteError.cannotWrite(path: path, reason: "cannot create folder \(folder.path): \(reason(error))")
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        )
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError.cannotWrite(
                path: path, reason: "cannot create a file in \(folder.path): \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try produceInBackground(produce) { chunk in try writeChunk(chunk, to: handle, path: path) }
            do {
                try handle.close()
            } catch {
                throw WriteError.cannotWrite(path: path, reason: reason(error))
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Runs `produce` with its chunks written by a ``BackgroundWriter``: every chunk is
    /// written (or the first error thrown) before this returns, also when `produce` throws.
    static func produceInBackground(
        _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void,
        writeChunk: @escaping @Sendable ([UInt8]) throws -> Void
    ) throws {
        let writer = BackgroundWriter(writeChunk)
        do {
            try produce { chunk in try writer.submit(chunk) }
        } catch {
            try? writer.finish()
            throw error
        }
        try writer.finish()
    }

    /// Writes one chunk; a failure (disk full, quota, I/O error) becomes a ``WriteError``
    /// naming the destination and the system's reason.
    static func writeChunk(_ chunk: [UInt8], to handle: FileHandle, path: String) throws {
        do {
            try handle.write(contentsOf: chunk)
        } catch {
            throw WriteError.cannotWrite(path: path, reason: reason(error))
        }
    }

    /// The system's words for a file error (`No space left on device`).
    package static func reason(_ error: Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain, let text = strerror(Int32(error.code)) { return String(cString: text) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let text = strerror(Int32(underlying.code))
        {
            return String(cString: text)
        }
        switch (error.domain, error.code) {
        case (NSCocoaErrorDomain, CocoaError.fileWriteNoPermission.rawValue): return String(cString: strerror(EACCES))
        case (NSCocoaErrorDomain, CocoaError.fileWriteOutOfSpace.rawValue): return String(cString: strerror(ENOSPC))
        case (NSCocoaErrorDomain, CocoaError.fileWriteVolumeReadOnly.rawValue): return String(cString: strerror(EROFS))
        default: return error.localizedDescription
        }
    }

    /// Writes `text` as UTF-8 to `path`.
    package static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
