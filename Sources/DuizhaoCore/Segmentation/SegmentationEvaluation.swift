import DuizhaoText
import Foundation

/// Scores a word segmenter against a SIGHAN-format gold standard: a raw text file, one
/// sentence per line, and a gold file with the same lines' words separated by spaces.
public struct SegmentationEvaluation {
    /// Why an evaluation could not run.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A file cannot be read.
        case unreadable(path: String, reason: String)
        /// The two files have different numbers of lines.
        case lineCountMismatch(rawPath: String, rawLines: Int, goldPath: String, goldLines: Int)
        /// A gold line and its raw line differ apart from whitespace.
        case textMismatch(goldPath: String, line: Int)
        /// The segmenter's words do not spell the raw line.
        case segmenterChangedText(rawPath: String, line: Int)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
            case .lineCountMismatch(let rawPath, let rawLines, let goldPath, let goldLines):
                return
                    "\(rawPath) has \(rawLines) lines but \(goldPath) has \(goldLines); they must correspond line by line"
            case .textMismatch(let goldPath, let line):
                return "\(goldPath):\(line): the gold words do not spell the raw line"
            case .segmenterChangedText(let rawPath, let line):
                return "\(rawPath):\(line): the segmenter's words do not spell the line"
            }
        }
    }

    /// The outcome of an evaluation.
    public struct Report: Sendable {
        /// The score over all lines.
        public var score: SegmentationScore
        /// Lines scored.
        public var lines: Int
        /// Non-whitespace characters segmented.
        public var characters: Int
        /// Time spent in the segmenter, in seconds.
        public var segmentationSeconds: Double
        /// The predicted words of each line, when kept.
        public var predictions: [[String]]
    }

    /// The gold lines' words.
    public let gold: [[String]]
    /// The raw lines.
    public let raw: [String]

    /// Reads a raw file and its gold file (UTF-8; CR LF or LF line ends).
    public init(rawPath: String, goldPath: String) throws {
        let rawLines = try Self.readLines(rawPath)
        let goldLines = try Self.readLines(goldPath)
        guard rawLines.count == goldLines.count else {
            throw Failure.lineCountMismatch(
                rawPath: rawPath, rawLines: rawLines.count, goldPath: goldPath, goldLines: goldLines.count)
        }
        try self.init(
            raw: rawLines, gold: goldLines.map { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) },
            goldPath: goldPath)
    }

    /// Pairs raw lines with their gold words; throws when a pair does not spell the same text.
    public init(raw: [String], gold: [[String]], goldPath: String = "<gold>") throws {
        for (index, (line, words)) in zip(raw, gold).enumerated()
        where Self.stripped(line) != Self.stripped(words.joined()) {
            throw Failure.textMismatch(goldPath: goldPath, line: index + 1)
        }
        self.raw = raw
        self.gold = gold
    }

    /// Segments every raw line with `segment` and scores the result.
    public func run(
        rawPath: String = "<raw>", keepPredictions: Bool = false, segment: (String) throws -> [String]
    ) throws -> Report {
        var score = SegmentationScore()
        var characters = 0
        var seconds = 0.0
        var predictions: [[String]] = []
        var lines = 0
        for (index, line) in raw.enumerated() {
            let stripped = Self.stripped(line)
            guard !stripped.isEmpty else { continue }
            lines += 1
            characters += stripped.unicodeScalars.count
            let start = DispatchTime.now().uptimeNanoseconds
            let words = try segment(line)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            guard Self.stripped(words.joined()) == stripped else {
                throw Failure.segmenterChangedText(rawPath: rawPath, line: index + 1)
            }
            score += SegmentationScore.of(gold: gold[index], predicted: words)
            if keepPredictions { predictions.append(words) }
        }
        return Report(
            score: score, lines: lines, characters: characters, segmentationSeconds: seconds, predictions: predictions)
    }

    static func stripped(_ text: String) -> String {
        String(scalars: text.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    static func readLines(_ path: String) throws -> [String] {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch {
            throw Failure.unreadable(path: path, reason: "\(error)")
        }
        return TextLines.split(String(decoding: bytes, as: UTF8.self)).map { String($0.text) }
    }
}
