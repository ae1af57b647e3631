import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoText

@Suite struct TermAutomatonTests {
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func findsLeftmostLongestWithoutOverlap() {
        let keys = ["粤港澳", "粤港澳大湾区", "大湾区", "湾区", "建设"].map(scalars)
        let automaton = TermAutomaton(keys: keys)
        let found = automaton.leftmostLongest(in: scalars("推进粤港澳大湾区建设"))
        #expect(found.map(\.range) == [2..<8, 8..<10])
        #expect(found.map(\.value) == [1, 4])
    }

    @Test func repeatedKeysKeepTheirFirstIndexAndEmptyKeysAreIgnored() {
        let automaton = TermAutomaton(keys: [[], scalars("人才"), scalars("人才")])
        #expect(automaton.exactValue(scalars("人才")) == 1)
        #expect(automaton.exactValue(scalars("人")) == -1)
        #expect(automaton.longestKey(in: scalars("人才能")).map(\.end) == 2)
    }

    @Test func agreesWithABruteForceScanOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        // Scalars that share their low six bits (0x4E00, 0x4E40, 0x1F600; 0x21, 0x61), so a
        // node's child mask says "maybe" for children it does not have.
        let alphabet: [UInt32] = [0x4E00, 0x4E01, 0x4E02, 0x4E40, 0x21, 0x61, 0x1F600]
        var keys: [[UInt32]] = []
        for _ in 0..<60 {
            keys.append(
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        let automaton = TermAutomaton(keys: keys)
        for _ in 0..<20 {
            let text = (0..<80).map { _ in alphabet.randomElement(using: &generator)! }
            var expected: [(Range<Int>, Int32)] = []
            var start = 0
            while start < text.count {
                var best: (Int, Int32)?
                for (index, key) in keys.enumerated()
                where start + key.count <= text.count && Array(text[start..<(start + key.count)]) == key {
                    if best == nil || key.count > best!.0 - start {
                        best = (start + key.count, Int32(keys.firstIndex(of: key)!))
                    }
                    _ = index
                }
                if let best { expected.append((start..<best.0, best.1)); start = best.0 } else { start += 1 }
            }
            let found = automaton.leftmostLongest(in: text)
            #expect(found.map(\.range) == expected.map(\.0))
            #expect(found.map(\.value) == expected.map(\.1))
        }
    }

    @Test func cursorsStopExactlyWhereNoKeyGoesOnAndCarryTheKeysValues() {
        var generator = SystemRandomNumberGenerator()
        // Scalars sharing their low six bits, so that a cursor's mask says "maybe" for
        // children that are not there; one beyond the BMP, past the root's direct table.
        let alphabet: [UInt32] = [0x4E00, 0x4E40, 0x4E80, 0x5000, 0x21, 0x61, 0x1F600]
        let keys = (0..<80).map { _ in
            (0..<Int.random(in: 1...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        let automaton = TermAutomaton(keys: keys)
        for _ in 0..<200 {
            let text = (0..<6).map { _ in alphabet.randomElement(using: &generator)! }
            var cursor: TermAutomaton.Cursor? = automaton.rootCursor
            for length in 1...text.count {
                let prefix = Array(text[..<length])
                cursor = cursor.flatMap { automaton.advance($0, text[length - 1]) }
                #expect((cursor != nil) == keys.contains { $0.starts(with: prefix) }, "\(prefix)")
                #expect((cursor?.value ?? -1) == (keys.firstIndex(of: prefix).map(Int32.init) ?? -1), "\(prefix)")
                #expect(automaton.exactValue(prefix) == (keys.firstIndex(of: prefix).map(Int32.init) ?? -1))
                if cursor == nil { break }
            }
        }
    }
}
