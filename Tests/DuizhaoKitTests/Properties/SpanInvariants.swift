@testable import DuizhaoCore
@testable import DuizhaoKit

/// The structural promises of a read and of an annotated document: every span lies within
/// the text and covers what it says it covers, sentences are ordered and disjoint, and
/// terms never overlap. Each function returns the broken promises, empty when all hold.
enum SpanInvariants {
    /// Problems with `span` against text of `count` scalars.
    static func bounds(_ span: TextSpan, _ count: Int, _ what: @autoclosure () -> String) -> [String] {
        span.start >= 0 && span.start <= span.end && span.end <= count
            ? [] : ["\(what()) span \(span) outside the text of \(count) scalars"]
    }

    /// The text of `span` in `scalars` (which the caller has bounds-checked).
    static func slice(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }

    /// Problems with a read document.
    static func problems(in document: Document) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        var problems: [String] = []
        for paragraph in document.paragraphs {
            problems += bounds(paragraph.span, scalars.count, "paragraph \(paragraph.index)")
        }
        for section in document.sections {
            problems += bounds(section.span, scalars.count, "section \(section.id)")
            problems += bounds(section.headingSpan, scalars.count, "section \(section.id) heading")
        }
        var previousEnd = 0
        for sentence in document.sentences {
            let sentenceProblems = bounds(sentence.span, scalars.count, "sentence \(sentence.index)")
            problems += sentenceProblems
            guard sentenceProblems.isEmpty else { continue }
            if sentence.span.start < previousEnd {
                problems.append("sentence \(sentence.index) at \(sentence.span) overlaps the one before")
            }
            previousEnd = sentence.span.end
            if slice(scalars, sentence.span) != sentence.text {
                problems.append("sentence \(sentence.index) text differs from its span \(sentence.span)")
            }
            for token in sentence.tokens {
                if !sentence.span.contains(token.span) {
                    problems.append("token \(token.span) outside sentence \(sentence.index) \(sentence.span)"); continue
                }
                if !token.text.isEmpty, slice(scalars, token.span) != token.text {
                    problems.append("token text differs from its span \(token.span)")
                }
            }
        }
        return problems
    }

    /// Problems with an annotated document.
    static func problems(in document: AnnotatedDocument) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        var problems: [String] = []
        for paragraph in document.paragraphs {
            problems += bounds(paragraph.span, scalars.count, "paragraph \(paragraph.index)")
        }
        for section in document.sections {
            problems += bounds(section.span, scalars.count, "section \(section.id)")
            problems += bounds(section.headingSpan, scalars.count, "section \(section.id) heading")
        }
        var previousEnd = 0
        var previousTermEnd = 0
        for sentence in document.sentences {
            let sentenceProblems = bounds(sentence.span, scalars.count, "sentence \(sentence.index)")
            problems += sentenceProblems
            guard sentenceProblems.isEmpty else { continue }
            if sentence.span.start < previousEnd {
                problems.append("sentence \(sentence.index) at \(sentence.span) overlaps the one before")
            }
            previousEnd = sentence.span.end
            if slice(scalars, sentence.span) != sentence.text {
                problems.append("sentence \(sentence.index) text differs from its span \(sentence.span)")
            }
            var previousTokenEnd = sentence.span.start
            for token in sentence.tokens {
                if !sentence.span.contains(token.span) {
                    problems.append("token \(token.span) outside sentence \(sentence.index) \(sentence.span)"); continue
                }
                if token.span.start < previousTokenEnd {
                    problems.append("token \(token.span) overlaps the token before in sentence \(sentence.index)")
                }
                previousTokenEnd = token.span.end
                if slice(scalars, token.span) != token.text {
                    problems.append(
                        "token text \(PropertyRunner.literal(token.text)) differs from its span \(token.span)")
                }
            }
            for term in sentence.terms {
                if !sentence.span.contains(term.span) {
                    problems.append(
                        "term \(term.entryID) \(term.span) outside sentence \(sentence.index) \(sentence.span)");
                    continue
                }
                if term.span.start < previousTermEnd {
                    problems.append("term \(term.entryID) \(term.span) overlaps the term before")
                }
                previousTermEnd = term.span.end
                if slice(scalars, term.span) != term.surface {
                    problems.append("term surface differs from its span \(term.span)")
                }
            }
            for quantity in sentence.quantities {
                if !sentence.span.contains(quantity.span) {
                    problems.append("quantity \(quantity.span) outside sentence \(sentence.index) \(sentence.span)");
                    continue
                }
                if slice(scalars, quantity.span) != quantity.surface {
                    problems.append(
                        "quantity surface \(PropertyRunner.literal(quantity.surface)) differs from its span \(quantity.span)"
                    )
                }
                if sentence.terms.contains(where: { $0.span.overlaps(quantity.span) }) {
                    problems.append("quantity \(quantity.span) overlaps a term")
                }
            }
        }
        for term in document.terms {
            if term.sentences.count > term.count {
                problems.append("term \(term.entryID) listed in more sentences than it occurs")
            }
            if term.sentences.contains(where: { $0 < 0 || $0 >= document.sentences.count }) {
                problems.append("term \(term.entryID) names a sentence that does not exist")
            }
        }
        return problems
    }
}
