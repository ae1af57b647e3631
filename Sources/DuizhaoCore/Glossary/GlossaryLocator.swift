import Foundation

/// Finds the glossary files to load and their declared order.
public enum GlossaryLocator {
    /// The environment variable naming the default glossary folder.
    public static let environmentVariable = "DUIZHAO_GLOSSARY_DIR"

    /// The default glossary folder: `$DUIZHAO_GLOSSARY_DIR` when set; else `glossaries` in
    /// the current directory; else the first `glossaries` folder holding a `README.md` in the
    /// executable's folder or one of its ancestors. Nil when there is none.
    ///
    /// - Throws: ``GlossaryError/environmentFolderMissing(variable:path:)`` when the variable
    ///   names something that is not a folder.
    public static func defaultFolder(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = Bundle.main.executablePath
    ) throws -> String? {
        try defaultFolder(
            named: "glossaries", variable: environmentVariable, environment: environment,
            currentDirectory: currentDirectory, executablePath: executablePath)
    }

    /// A data folder shipped with duizhao (`glossaries`, `lexicon`): the folder `variable`
    /// names when set; else `name` in the current directory; else the first `name` folder
    /// holding a `README.md` in the executable's folder or one of its ancestors. Nil when
    /// there is none.
    ///
    /// - Throws: ``GlossaryError/environmentFolderMissing(variable:path:)`` when the variable
    ///   names something that is not a folder.
    public static func defaultFolder(
        named name: String, variable: String, environment: [String: String], currentDirectory: String,
        executablePath: String?
    ) throws -> String? {
        if let path = environment[variable], !path.isEmpty {
            guard isFolder(path) else { throw GlossaryError.environmentFolderMissing(variable: variable, path: path) }
            return path
        }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent(name).path
        if isFolder(local) { return local }
        guard let executablePath else { return nil }
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent(name)
            if isFolder(candidate.path),
                FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path)
            {
                return candidate.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || folder.path == "/" { return nil }
            folder = parent
        }
    }

    /// The `*.tsv` files of `folder`, in file-name order.
    public static func files(in folder: String) throws -> [String] {
        guard isFolder(folder) else { throw GlossaryError.notFound(path: folder) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw GlossaryError.unreadable(path: folder, reason: "cannot list the folder")
        }
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }

    /// How outputs name the glossary file at `path`: relative to the default `folder` when it
    /// lies in it (`10-national-programs.tsv`), else the path as given (as the user typed it),
    /// never an absolute path of the machine that ran duizhao that the user did not type.
    public static func displayName(of path: String, folder: String?) -> String {
        guard let folder, !folder.isEmpty else { return path }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The files to load in declared order: those of `folder` (when given), then each of
    /// `extra` in order; an extra path that is a folder stands for its `*.tsv` files.
    public static func files(folder: String?, extra: [String]) throws -> [String] {
        var result = try folder.map(files(in:)) ?? []
        for path in extra {
            if isFolder(path) {
                result += try files(in: path)
            } else if FileManager.default.fileExists(atPath: path) {
                result.append(path)
            } else {
                throw GlossaryError.notFound(path: path)
            }
        }
        return result
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
