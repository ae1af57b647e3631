import Foundation

/// Times a phase: runs it `repeats` times and keeps the fastest run, which is the least
/// disturbed by other work on the machine.
struct Timing {
    var repeats = 3

    func best(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
        }
        return best
    }
}

/// One measured figure, printed as a JSON line for scripts/bench-report.py.
struct Figure: Encodable {
    var phase: String
    var bytes: Int
    var seconds: Double
    var note: String?
}

func emit(_ figure: Figure) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    FileHandle.standardOutput.write(try! encoder.encode(figure) + Data("\n".utf8))
}
