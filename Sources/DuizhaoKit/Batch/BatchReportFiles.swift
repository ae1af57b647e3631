import Foundation

/// Finds the batch reports in output folders, for `duizhao batch merge-reports`.
public enum BatchReportFiles {
    /// The report JSON files in `sources`: each folder's shard reports
    /// (`batch-report.shard-K-of-N.json`), or its `batch-report.json` when it has none, or
    /// files named directly; `excluding` (the merged report about to be written) is left out.
    public static func find(in sources: [URL], excluding: URL? = nil) throws -> [URL] {
        var result: [URL] = []
        let excluded = excluding?.standardizedFileURL.path
        for source in sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
                throw BatchError.inputs("\(source.path): no such file or folder")
            }
            var found: [URL] = []
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? []
                let shards = names.filter { $0.hasPrefix("batch-report.shard-") && $0.hasSuffix(".json") }.sorted()
                let chosen = shards.isEmpty ? names.filter { $0 == "batch-report.json" } : shards
                for name in chosen {
                    let url = source.appendingPathComponent(name).standardizedFileURL
                    if url.path != excluded { found.append(url) }
                }
                if found.isEmpty { throw BatchError.noReports(path: source.path) }
            } else {
                found.append(source.standardizedFileURL)
            }
            for url in found where !result.contains(url) { result.append(url) }
        }
        return result
    }
}
