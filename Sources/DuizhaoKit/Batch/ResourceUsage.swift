import Foundation

/// The process's resource use, for `--stats` and benchmarks.
public enum ResourceUsage {
    /// The peak resident set size in bytes (Linux `VmHWM` from /proc/self/status), nil
    /// where the kernel does not report it.
    public static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
