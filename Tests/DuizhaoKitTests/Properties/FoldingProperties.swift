import PropertyBased
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Folding (``TextFolder``, ``FoldedText``) never loses the way back to the original text,
/// and glossary matching over folded text reports spans of the original.
@Suite struct FoldingProperties {
    /// The map from folded scalars to original offsets is complete and ordered, and any
    /// folded range between scalar edges maps back to an original range that lies within
    /// the text and folds to exactly that folded range.
    @Test func foldedRangesMapBackToTheOriginal() throws {
        let folder = try TextFolder()
        PropertyRunner.check("folding.map", count: 300, HostileText.text()) { text in
            let original = Array(text.unicodeScalars)
            let folded = folder.fold(text)
            var problems: [String] = []
            if folded.originalCount != original.count {
                problems.append("\(folded.originalCount) changes for \(original.count) scalars")
            }
            if folded.origins.count != folded.scalars.count {
                return problems + ["\(folded.origins.count) origins for \(folded.scalars.count) folded scalars"]
            }
            var covered = Set<Int32>()
            var previous: Int32 = -1
            for origin in folded.origins {
                if origin < previous || origin < 0 || Int(origin) >= original.count {
                    problems.append("origin \(origin) after \(previous) of \(original.count)")
                }
                previous = origin
                covered.insert(origin)
            }
            // A scalar may fold to nothing (a quotation mark, or a default-ignorable such as
            // U+00AD or U+200B under NFKC_Casefold), but one left unchanged must be there.
            for (offset, change) in folded.changes.enumerated()
            where change == .none && !covered.contains(Int32(offset)) {
                problems.append(
                    "original scalar \(offset) U+\(String(original[offset].value, radix: 16)) is unchanged but missing from the folded text"
                )
            }
            guard problems.isEmpty else { return problems }
            // Every range between edges, from every start (ends sampled for long texts).
            let starts = (0..<folded.scalars.count).filter(folded.isStart)
            let ends = (1...max(1, folded.scalars.count)).filter { $0 <= folded.scalars.count && folded.isEnd($0) }
            let step = max(1, starts.count / 40)
            for start in stride(from: 0, to: starts.count, by: step).map({ starts[$0] }) {
                for end in ends where end > start && (end - start <= 12 || end == folded.scalars.count) {
                    let range = folded.originalRange(start, end)
                    guard range.lowerBound >= 0, range.upperBound <= original.count, !range.isEmpty else {
                        problems.append("folded \(start)..<\(end) maps to \(range) outside \(original.count)")
                        continue
                    }
                    let slice = String(String.UnicodeScalarView(original[range]))
                    if folder.fold(slice).scalars != Array(folded.scalars[start..<end]) {
                        problems.append("folded \(start)..<\(end) maps to \(range), which folds differently")
                    }
                }
            }
            return problems
        }
    }

    /// A term planted in hostile text, written as any of its forms (Traditional,
    /// full-width, quoted), is found by the matcher with a span that covers it; every match
    /// lies within the text, matches never overlap, and a match's surface folds to text
    /// that contains one of its entry's keys.
    @Test func plantedTermsAreFoundWhereTheyWerePlanted() throws {
        struct Planted: CustomStringConvertible {
            var prefix: String
            var form: String
            var entryID: String
            var suffix: String
            var text: String { prefix + form + suffix }
            var description: String {
                "\(PropertyRunner.literal(prefix)) + \(PropertyRunner.literal(form)) + \(PropertyRunner.literal(suffix))"
            }
        }
        let forms: [(String, String)] = [
            ("放管服", "streamline-delegate-improve"), ("“放管服”", "streamline-delegate-improve"), ("孔雀计划", "peacock-plan"),
            ("孔雀計劃", "peacock-plan"), ("「孔雀计划」", "peacock-plan"), ("一带一路", "belt-and-road"), ("一帶一路", "belt-and-road"),
            ("“一带一路”", "belt-and-road"), ("粤港澳大湾区", "greater-bay-area"), ("粵港澳大灣區", "greater-bay-area"),
            (" ＧＤＰ ", "gdp"), (" gdp ", "gdp"),
        ]
        let generator = zip(
            HostileText.text(pieces: 0...12), Gen.int(in: 0...(forms.count - 1)), HostileText.text(pieces: 0...12)
        )
        .map { prefix, form, suffix in
            Planted(prefix: prefix, form: forms[form].0, entryID: forms[form].1, suffix: suffix)
        }
        let matcher = try TermMatcher(glossary: PropertyFixtures.glossary)
        let folder = try TextFolder()
        let keys = Dictionary(
            grouping: PropertyFixtures.entries.flatMap { entry in
                ([entry.zh] + entry.variants).map { (entry.id, folder.folded($0)) }
            }, by: \.0
        )
        .mapValues { $0.map(\.1) }
        PropertyRunner.check("folding.planted", count: 300, generator) { planted in
            let text = planted.text
            let scalars = Array(text.unicodeScalars)
            let start = planted.prefix.unicodeScalars.count
            let plantedSpan = TextSpan(start: start, end: start + planted.form.unicodeScalars.count)
            let matches = matcher.scan(text)
            var problems: [String] = []
            var previousEnd = 0
            for match in matches {
                guard match.span.start >= previousEnd, match.span.end <= scalars.count else {
                    problems.append(
                        "match \(match.entryID) \(match.span) overlaps the one before or leaves the text of \(scalars.count)"
                    )
                    continue
                }
                previousEnd = match.span.end
                if SpanInvariants.slice(scalars, match.span) != match.surface {
                    problems.append("match surface differs from its span \(match.span)")
                }
                let foldedSurface = folder.folded(match.surface)
                if !(keys[match.entryID] ?? []).contains(where: { foldedSurface.contains($0) }) {
                    problems.append(
                        "match \(match.entryID) \(PropertyRunner.literal(match.surface)) does not fold to a key of its entry"
                    )
                }
            }
            // The planted term's core (without the quotes and spaces around it) must be covered.
            let core = planted.form.unicodeScalars.filter {
                !TextFolder.quotationMarks.contains($0.value) && !"「」 ".unicodeScalars.contains($0)
            }
            let leading = planted.form.unicodeScalars.prefix { !core.contains($0) }.count
            let coreSpan = TextSpan(start: plantedSpan.start + leading, end: plantedSpan.start + leading + core.count)
            // A numeric abbreviation written right after a numeral is part of a longer one, not the term.
            let afterNumeral =
                planted.form.unicodeScalars.first.map { TermMatcher.isChineseNumeral($0.value) } == true
                && planted.prefix.unicodeScalars.last.map { TermMatcher.isChineseNumeral($0.value) } == true
            if !afterNumeral, !matches.contains(where: { $0.entryID == planted.entryID && $0.span.contains(coreSpan) })
            {
                problems.append(
                    "no \(planted.entryID) match covers \(coreSpan); matches: \(matches.map { "\($0.entryID)@\($0.span)" })"
                )
            }
            return problems
        }
    }
}
