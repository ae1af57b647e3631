import Foundation

/// Finds the CC-CEDICT file: a path given on the command line (`--dictionary`), else the
/// `DUIZHAO_DICTIONARY` environment variable, else `data/cedict/cedict_ts.u8` in the current
/// folder or in the executable's folder or any folder above it (so a binary built in
/// `.build/release` finds the project's `data/`).
///
/// A dictionary named explicitly must exist; the default location may be empty, in which
/// case duizhao runs without a dictionary.
public struct DictionaryLocator: Sendable {
    /// Where a located dictionary was found.
    public enum Origin: String, Sendable {
        case option = "the command line"
        case environment = "DUIZHAO_DICTIONARY"
        case currentDirectory = "the current folder"
        case executableDirectory = "the executable's folder"
    }

    /// The environment variable that names a dictionary file.
    public static let environmentVariable = "DUIZHAO_DICTIONARY"
    /// The default location, relative to the project root.
    public static let defaultRelativePath = "data/cedict/cedict_ts.u8"

    /// The process environment.
    public var environment: [String: String]
    /// The folder relative paths are resolved against.
    var currentDirectory: String
    /// The running executable, when known.
    var executablePath: String?

    /// A locator for this process: its environment, working folder and executable.
    public init() {
        environment = ProcessInfo.processInfo.environment
        currentDirectory = FileManager.default.currentDirectoryPath
        executablePath = Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// A locator with everything given (tests).
    public init(environment: [String: String], currentDirectory: String, executablePath: String?) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
    }

    /// The dictionary file to use, and where it was found; nil when none was named and the
    /// default location has none. Throws when a named file does not exist.
    func locate(explicitPath: String? = nil) throws -> (path: String, origin: Origin)? {
        if let explicitPath, !explicitPath.isEmpty {
            let path = absolute(explicitPath)
            guard isFile(path) else {
                throw DictionaryError.notFound(path: explicitPath, origin: Origin.option.rawValue)
            }
            return (path, .option)
        }
        if let named = environment[Self.environmentVariable], !named.isEmpty {
            let path = absolute(named)
            guard isFile(path) else { throw DictionaryError.notFound(path: named, origin: Origin.environment.rawValue) }
            return (path, .environment)
        }
        for (path, origin) in defaultCandidates() where isFile(path) { return (path, origin) }
        return nil
    }

    /// The default locations searched, in order.
    func defaultCandidates() -> [(path: String, origin: Origin)] {
        var candidates = [(join(currentDirectory, Self.defaultRelativePath), Origin.currentDirectory)]
        if let executablePath {
            var folder = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            while true {
                candidates.append((folder.appendingPathComponent(Self.defaultRelativePath).path, .executableDirectory))
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path || folder.path == "/" { break }
                folder = parent
            }
        }
        return candidates
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : join(currentDirectory, path)
    }

    private func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    private func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

extension CEDictionary {
    /// The dictionary file this process would use by default (`DUIZHAO_DICTIONARY`, else
    /// `data/cedict/cedict_ts.u8` in the current folder or above the executable); nil when
    /// there is none. Throws when `DUIZHAO_DICTIONARY` names a missing file.
    static func locateDefault() throws -> String? {
        try DictionaryLocator().locate()?.path
    }

    /// Locates (`explicitPath`, else the defaults) and loads the dictionary; nil when none
    /// was named and none is at the default locations.
    public static func load(
        explicitPath: String?, locator: DictionaryLocator = DictionaryLocator()
    ) throws -> CEDictionary? {
        guard let located = try locator.locate(explicitPath: explicitPath) else { return nil }
        return try load(path: located.path)
    }
}
