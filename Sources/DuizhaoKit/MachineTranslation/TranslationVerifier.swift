import Foundation

/// Checks an English translation of a sentence against what the sentence requires, with no
/// service involved (so it serves any translation: machine, memory, human):
///
/// - every glossary term of the sentence has its required rendering, or an accepted
///   alternative (not a deprecated one), in the line (see ``RenderingMatcher``);
/// - every number is carried over: the sentence's quantities (`10亿元` must appear as
///   1 billion in some form: `RMB 1 billion`, `1,000,000,000`; `3.5万` as 35,000) and the
///   Arabic numerals outside them (`第3条` → 3; a month, `3月` or the `05` of `2024-05-08`,
///   may be written as its name);
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
        let matcher = RenderingMatcher(line: english)
        var seen = Set<String>()
        var issues: [TranslationIssue] = []
        for term in sentence.terms where seen.insert(term.entryID).inserted {
            let accepted = [term.english] + term.alternatives.filter { ($0.status ?? term.status) != .deprecated }.map(\.text)
            if accepted.contains(where: matcher.contains) { continue }
            issues.append(TranslationIssue(
                kind: .missingRendering, message: "\(term.surface) is not rendered \"\(term.english)\"", expected: term.english, entryID: term.entryID))
        }
        return issues
    }

    /// A number the line must state: its values (any one will do) and how to name it.
    struct RequiredNumber {
        var values: [Double]
        var months: [String] = []
        var surface: String
        var english: String
    }

    func requiredNumbers(_ sentence: AnnotatedSentence) -> [RequiredNumber] {
        var required: [RequiredNumber] = []
        for quantity in sentence.quantities {
            required.append(RequiredNumber(values: [quantity.value], surface: quantity.surface, english: quantity.english))
            if let upper = quantity.upperValue {
                required.append(RequiredNumber(values: [upper], surface: quantity.surface, english: quantity.english))
            }
        }
        // Arabic numerals the quantities do not cover (document offsets → sentence offsets).
        let covered = sentence.quantities.map { Span(start: $0.span.start - sentence.span.start, end: $0.span.end - sentence.span.start) }
        let scalars = Array(sentence.text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard Self.digit(scalars[index]) != nil else {
                index += 1
                continue
            }
            var end = index
            var text = ""
            while end < scalars.count {
                if let digit = Self.digit(scalars[end]) {
                    text.append(String(digit))
                } else if (scalars[end] == "." || scalars[end] == "．"), end + 1 < scalars.count, Self.digit(scalars[end + 1]) != nil, !text.contains(".") {
                    text.append(".")
                } else {
                    break
                }
                end += 1
            }
            let span = Span(start: index, end: end)
            if !covered.contains(where: { $0.overlaps(span) }), let value = Double(text) {
                var number = RequiredNumber(values: [value], surface: String(String.UnicodeScalarView(scalars[index..<end])), english: text)
                // A month may be written as its name: 3月, or the middle of 2024-05-08.
                let afterYear = index >= 5 && "-/.".unicodeScalars.contains(scalars[index - 1])
                    && (index - 5...index - 2).allSatisfy { Self.digit(scalars[$0]) != nil } && (index < 6 || Self.digit(scalars[index - 6]) == nil)
                if let month = Int(text), (1...12).contains(month), (end < scalars.count && scalars[end] == "月") || afterYear {
                    number.months = [Self.months[month - 1]]
                    if end < scalars.count, scalars[end] == "月" { number.surface += "月" }
                }
                required.append(number)
            }
            index = end
        }
        return required
    }

    func numberIssues(_ sentence: AnnotatedSentence, _ english: String) -> [TranslationIssue] {
        let required = requiredNumbers(sentence)
        guard !required.isEmpty else { return [] }
        let stated = EnglishNumberReader.values(in: english)
        let words = Set(RenderingMatcher.words(english))
        var issues: [TranslationIssue] = []
        var reported = Set<String>()
        for number in required {
            let found = number.values.contains { value in stated.contains { abs($0 - value) <= max(1e-9, abs(value) * 1e-9) } }
                || number.months.contains { words.contains($0) }
            if found || !reported.insert(number.surface + "|" + number.english).inserted { continue }
            issues.append(TranslationIssue(
                kind: .numberMismatch, message: "\(number.surface) (\(number.english)) is not in the translation", expected: number.english))
        }
        return issues
    }

    func chineseIssues(_ english: String) -> [TranslationIssue] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in english.unicodeScalars {
            if Self.isHan(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                runs.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { runs.append(String(current)) }
        guard !runs.isEmpty else { return [] }
        return [TranslationIssue(kind: .untranslatedChinese, message: "Chinese left in the translation: \(runs.joined(separator: ", "))")]
    }

    /// True for Han ideographs (the CJK unified blocks, their extensions and compatibility forms).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return true
        default: return false
        }
    }

    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
}
