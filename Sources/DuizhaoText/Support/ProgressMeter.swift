import Foundation

/// Shows a batch's progress on standard error: a redrawn bar with counts, rate and ETA on a
/// terminal; a plain line every few seconds otherwise (logs, CI); nothing with `--quiet`.
/// Counts documents for `batch`, sentences for machine translation (``unit``, ``label``).
public final class ProgressMeter: @unchecked Sendable {
    /// How progress is shown.
    public enum Style: Sendable {
        /// A bar redrawn in place (for a terminal).
        case bar
        /// A line every `interval` seconds (for logs).
        case lines(interval: Double)
        /// Nothing.
        case none
    }

    /// The counts shown.
    public struct Counts: Sendable, Equatable {
        public var processed = 0
        public var unchanged = 0
        public var failed = 0
        public var skipped = 0
        /// Documents finished.
        public var done: Int { processed + unchanged + failed + skipped }

        /// No documents yet.
        public init() {}
    }

    private let style: Style
    /// What is counted, in the rate (`docs`, `sentences`).
    public let unit: String
    /// What a plain line starts with (`batch`, `mt`).
    public let label: String
    private let sink: @Sendable (String) -> Void
    private let lock = NSLock()
    private let start: Date
    private var total: Int?
    private var counts = Counts()
    private var lastDraw: Date
    private var width = 0

    /// Creates a reporter that writes with `sink` (standard error in the CLI).
    public init(
        style: Style, unit: String = "docs", label: String = "batch", sink: @escaping @Sendable (String) -> Void
    ) {
        self.style = style
        self.unit = unit
        self.label = label
        self.sink = sink
        start = Date()
        // Lines start after the first interval; the bar draws at once.
        if case .lines = style { lastDraw = start } else { lastDraw = .distantPast }
    }

    /// Sets the number of documents expected (when the inputs have been counted).
    public func setTotal(_ total: Int) {
        lock.lock()
        self.total = total
        lock.unlock()
    }

    /// Adds `count` to the number expected (work that becomes known as it goes, such as
    /// the sentences of each document sent for machine translation).
    public func addToTotal(_ count: Int) {
        lock.lock()
        total = (total ?? 0) + count
        lock.unlock()
    }

    /// Records a finished unit of work and redraws when it is time.
    public func update(_ outcome: WorkOutcome) {
        lock.lock()
        defer { lock.unlock() }
        switch outcome {
        case .processed: counts.processed += 1
        case .unchanged: counts.unchanged += 1
        case .skipped: counts.skipped += 1
        case .failed: counts.failed += 1
        }
        let now = Date()
        switch style {
        case .bar:
            if now.timeIntervalSince(lastDraw) >= 0.1 { draw(now) }
        case .lines(let interval):
            if now.timeIntervalSince(lastDraw) >= interval { draw(now) }
        case .none:
            break
        }
    }

    /// Draws the final state (and ends the bar's line).
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if case .none = style { return }
        draw(Date())
        if case .bar = style { sink("\n") }
    }

    /// The status text, e.g. `412/1000 41% 35.1 docs/s ETA 0:17, 3 failed`.
    static func status(_ counts: Counts, total: Int?, elapsed: Double, unit: String = "docs") -> String {
        let rate = elapsed > 0 ? Double(counts.done) / elapsed : 0
        var text = total.map { "\(counts.done)/\($0)" } ?? "\(counts.done)"
        if let total, total > 0 { text += " \(counts.done * 100 / total)%" }
        text += " \(formatRate(rate)) \(unit)/s"
        if let total, rate > 0, counts.done < total {
            text += " ETA \(formatDuration(Double(total - counts.done) / rate))"
        }
        if counts.unchanged > 0 { text += ", \(counts.unchanged) unchanged" }
        if counts.skipped > 0 { text += ", \(counts.skipped) skipped" }
        if counts.failed > 0 { text += ", \(counts.failed) failed" }
        return text
    }

    /// A rate with one decimal (`35.1`).
    public static func formatRate(_ rate: Double) -> String {
        let tenths = Int((rate * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func formatDuration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let padded = rest < 10 ? "0\(rest)" : "\(rest)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(padded)" }
        return "\(minutes):\(padded)"
    }

    private func draw(_ now: Date) {
        lastDraw = now
        let status = Self.status(counts, total: total, elapsed: now.timeIntervalSince(start), unit: unit)
        switch style {
        case .bar:
            let barWidth = 24
            var filled = 0
            if let total, total > 0 { filled = min(barWidth, counts.done * barWidth / total) }
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
            var line = "\r[\(bar)] \(status)"
            let length = line.count
            if length < width { line += String(repeating: " ", count: width - length) }
            width = length
            sink(line)
        case .lines:
            sink("\(label): \(status)\n")
        case .none:
            break
        }
    }
}
