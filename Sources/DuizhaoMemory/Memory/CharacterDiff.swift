import DuizhaoCore
import DuizhaoText

/// Character-level comparison of a memory's source with a sentence: similarity from the
/// Levenshtein distance, and the stretches that are the same or on one side only.
enum CharacterDiff {
    /// `1 - distance / longer length`, or nil when below `threshold` (computed with a
    /// distance limit, so hopeless candidates stop early). Two empty keys are identical.
    static func similarity(_ a: [UInt32], _ b: [UInt32], threshold: Double) -> Double? {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        let limit = Int((Double(longer) * (1 - threshold) + 1e-9).rounded(.down))
        guard let distance = EditDistance.distance(a, b, limit: max(0, limit)) else { return nil }
        let score = 1 - Double(distance) / Double(longer)
        return score >= threshold ? score : nil
    }

    /// The edit operations turning `memory` into `sentence`, from a full Levenshtein table
    /// (substitutions appear as a memory-only stretch followed by a sentence-only one).
    enum Step: Equatable {
        case same, memoryOnly, sentenceOnly
    }

    /// One step per aligned position, with the memory and sentence offsets it covers.
    static func align(_ memory: [UInt32], _ sentence: [UInt32]) -> [(step: Step, memory: Int?, sentence: Int?)] {
        let m = memory.count, n = sentence.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: m + 1)
        for i in 0...m { table[i][0] = i }
        for j in 0...n { table[0][j] = j }
        if m > 0, n > 0 {
            for i in 1...m {
                for j in 1...n {
                    let diagonal = table[i - 1][j - 1] + (memory[i - 1] == sentence[j - 1] ? 0 : 1)
                    table[i][j] = min(diagonal, table[i - 1][j] + 1, table[i][j - 1] + 1)
                }
            }
        }
        var steps: [(step: Step, memory: Int?, sentence: Int?)] = []
        var i = m, j = n
        while i > 0 || j > 0 {
            if i > 0, j > 0, memory[i - 1] == sentence[j - 1], table[i][j] == table[i - 1][j - 1] {
                steps.append((.same, i - 1, j - 1)); i -= 1; j -= 1
            } else if i > 0, j > 0, table[i][j] == table[i - 1][j - 1] + 1 {
                // A substitution: shown as the sentence's character after the memory's.
                steps.append((.sentenceOnly, nil, j - 1))
                steps.append((.memoryOnly, i - 1, nil))
                i -= 1; j -= 1
            } else if i > 0, table[i][j] == table[i - 1][j] + 1 {
                steps.append((.memoryOnly, i - 1, nil)); i -= 1
            } else {
                steps.append((.sentenceOnly, nil, j - 1)); j -= 1
            }
        }
        return steps.reversed()
    }

    /// The stretches of ``MemoryMatch/differences``: the aligned keys mapped back to the
    /// original characters of each side (folding is invisible: a Traditional character in
    /// the memory that folds like the sentence's is "same" and shown as the sentence has it).
    /// Substitutions are grouped: a changed run shows the memory's text, then the sentence's.
    static func differences(
        memory: MemoryKey, memoryText: String, sentence: MemoryKey, sentenceText: String
    ) -> [MemoryMatch.Difference] {
        let memoryScalars = Array(memoryText.unicodeScalars), sentenceScalars = Array(sentenceText.unicodeScalars)
        var result: [MemoryMatch.Difference] = []
        var pendingMemory = "", pendingSentence = ""
        var lastMemoryOrigin: Int32 = -1, lastSentenceOrigin: Int32 = -1
        func original(_ scalars: [Unicode.Scalar], _ origin: Int32, last: inout Int32) -> String {
            // Several folded scalars can come from one original one (an expansion).
            guard origin != last, Int(origin) < scalars.count else { return "" }
            last = origin
            return String(scalars[Int(origin)])
        }
        func flush() {
            if !pendingMemory.isEmpty { result.append(.init(kind: .memoryOnly, text: pendingMemory)) }
            if !pendingSentence.isEmpty { result.append(.init(kind: .sentenceOnly, text: pendingSentence)) }
            pendingMemory = ""; pendingSentence = ""
        }
        for step in align(memory.scalars, sentence.scalars) {
            switch step.step {
            case .same:
                flush()
                let text = original(sentenceScalars, sentence.origins[step.sentence!], last: &lastSentenceOrigin)
                if let last = result.last, last.kind == .same {
                    result[result.count - 1].text += text
                } else if !text.isEmpty {
                    result.append(.init(kind: .same, text: text))
                }
            case .memoryOnly:
                pendingMemory += original(memoryScalars, memory.origins[step.memory!], last: &lastMemoryOrigin)
            case .sentenceOnly:
                pendingSentence += original(
                    sentenceScalars, sentence.origins[step.sentence!], last: &lastSentenceOrigin)
            }
        }
        flush()
        return result
    }
}
