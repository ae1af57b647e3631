import DuizhaoCore
import DuizhaoText
import Foundation

/// Checks an English translation of a sentence against what the sentence requires, with no
/// service involved (so it serves any translation: machine, memory, human):
///
/// - every glossary term of the sentence has its required rendering, or an accepted
///   alternative (not a deprecated one), in the line (see ``EnglishWords``);
/// - every number is carried over: the sentence's quantities (`10亿元` must appear as
///   1 billion in some form: `RMB 1 billion`, `1,000,000,000`; `3.5万` as 35,000), counts
///   and the Arabic numerals outside codes (a month, `3月`, may be written as its name);
/// - no Chinese characters are left.
public struct TranslationVerifier: Sendable {
    /// Creates a verifier.
    public init() {}

    /// The problems of `english` as a translation of `sentence`, in the order renderings,
    /// numbers, Chinese; empty when there are none.
    public func issues(sentence: AnnotatedSentence, english: String) -> [TranslationIssue] {
        renderingIssues(sentence, english) + numberIssues(sentence, english) + chineseIssues(english)
    }

    func renderingIssues(_ sentence: AnnotatedSentence, _ english: String) -> [TranslationIssue] {
        let matcher = EnglishWords(english)
        var seen = Set<String>()
        var issues: [TranslationIssue] = []
        for term in sentence.terms where seen.insert(term.entryID).inserted {
            let accepted =
                [term.english] + term.alternatives.filter { ($0.status ?? term.status) != .deprecated }.map(\.text)
            if accepted.contains(where: matcher.contains) { continue }
            issues.append(
                TranslationIssue(
                    kind: .missingRendering, message: "\(term.surface) is not rendered \"\(term.english)\"",
                    expected: term.english, entryID: term.entryID))
        }
        return issues
    }

    /// Every number of the sentence, as ``ChineseNumberReader`` reads it (the quantities,
    /// counts before measure words, Arabic numerals outside codes), must have an equal value
    /// among the line's numbers as ``TranslationNumberReader`` reads them (numerals, scale
    /// words, number words, month names): the same readers as ``TranslationChecker``'s.
    func numberIssues(_ sentence: AnnotatedSentence, _ english: String) -> [TranslationIssue] {
        let source = ChineseNumberReader().numbers(in: sentence.text)
        guard !source.isEmpty else { return [] }
        let missing = StatedNumber.unmatched(source: source, target: TranslationNumberReader().numbers(in: english))
            .source
        var reported = Set<String>()
        return missing.compactMap { number in
            guard reported.insert(number.key).inserted else { return nil }
            // The quantity's English (RMB 1 billion a year) where the extractor gives one.
            let expected =
                sentence.quantities.first {
                    $0.surface == number.text && ($0.value == number.value || $0.upperValue == number.value)
                }?.english
                ?? StatedNumber.canonical(number.value)
            return TranslationIssue(
                kind: .numberMismatch, message: "\(number.text) (\(expected)) is not in the translation",
                expected: expected)
        }
    }

    func chineseIssues(_ english: String) -> [TranslationIssue] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in english.unicodeScalars {
            if scalar.isHan {
                current.append(scalar)
            } else if !current.isEmpty {
                runs.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { runs.append(String(current)) }
        guard !runs.isEmpty else { return [] }
        return [
            TranslationIssue(
                kind: .untranslatedChinese, message: "Chinese left in the translation: \(runs.joined(separator: ", "))")
        ]
    }
}
