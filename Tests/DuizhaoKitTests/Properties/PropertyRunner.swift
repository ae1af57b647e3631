import Foundation
import PropertyBased
import Testing

/// Runs property checks deterministically: every property draws its inputs from a
/// PropertyBased generator driven by a fixed seed (derived from the property's name), for a
/// bounded number of iterations, so `make test` is fast and a failure reproduces on every run.
///
/// `propertyCheck` of PropertyBased seeds from the system's random source unless a test
/// carries `.fixedSeed`, and that trait runs one input only and always records an issue, so
/// it cannot stay in committed tests; this runner keeps PropertyBased's generators and
/// replaces the loop.
///
/// Environment:
/// - `DUIZHAO_PROPERTY_ITERATIONS`: iterations per property instead of each property's
///   default (`make test-properties-long` sets 1000);
/// - `DUIZHAO_PROPERTY_SEED`: a number mixed into every property's seed, to explore other
///   inputs in long runs (the failure message names it).
enum PropertyRunner {
    /// The iteration count for a property whose default is `standard`.
    static func iterations(_ standard: Int) -> Int {
        guard let raw = ProcessInfo.processInfo.environment["DUIZHAO_PROPERTY_ITERATIONS"], let value = Int(raw),
            value > 0
        else {
            return standard
        }
        return value
    }

    /// The extra seed from the environment (0 when unset).
    static var extraSeed: UInt64 {
        ProcessInfo.processInfo.environment["DUIZHAO_PROPERTY_SEED"].flatMap { UInt64($0) } ?? 0
    }

    /// A stable 64-bit hash of `name` (FNV-1a; `Hasher` is seeded per process).
    static func stableHash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The generator state for property `name`.
    static func seed(for name: String) -> Xoshiro {
        let base = stableHash(name) ^ extraSeed
        // splitmix64 spreads the one number over the four state words (never all zero).
        var state = base
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return Xoshiro(seed: (next(), next(), next(), next()))
    }

    /// Checks `property` on `count` inputs from `generator` (scaled by the environment).
    /// `property` returns the problems it found (empty when the input passes); the first
    /// failing input is recorded as an issue with its iteration, and the run stops there.
    static func check<Value, Shrink>(
        _ name: String, count: Int, _ generator: Generator<Value, Shrink>,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ property: (Value) throws -> [String]
    ) rethrows {
        var rng = seed(for: name)
        let total = iterations(count)
        for iteration in 0..<total {
            let value = generator.run(using: &rng)
            let problems = try property(value)
            if !problems.isEmpty {
                let shown = problems.prefix(5).joined(separator: "\n  ")
                Issue.record(
                    """
                    property '\(name)' failed at iteration \(iteration) of \(total) (DUIZHAO_PROPERTY_SEED=\(extraSeed)):
                      \(shown)
                    input: \(describe(value))
                    """, sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// An input written so that every scalar can be read back: strings and byte arrays as
    /// Swift literals with `\u{…}` escapes for anything outside printable ASCII and CJK.
    static func describe<Value>(_ value: Value) -> String {
        switch value {
        case let text as String: return literal(text)
        case let bytes as [UInt8]: return "[" + bytes.map { String(format: "0x%02X", $0) }.joined(separator: ", ") + "]"
        default: return String(describing: value)
        }
    }

    /// `text` as a Swift string literal, every scalar outside printable ASCII and the CJK
    /// ideographs escaped.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x20..<0x7F, 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF01...0xFF5E: result.unicodeScalars.append(scalar)
            default: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result + "\""
    }
}
