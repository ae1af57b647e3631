import DuizhaoText

/// Answers glossary queries: a Simplified or Traditional headword or variant, pinyin with or
/// without tones and spaces (`fangguanfu`, `fàng guǎn fú`, `fang4 guan3 fu2`), English words
/// (`peacock`, `Peacock Plan`, searched in the preferred rendering, the alternatives, full
/// forms written in Latin letters and the team's notes), or a pasted phrase, whose longest
/// leading term is found (`放管服改革深入推进` → 放管服, a partial answer: see
/// ``LookupAnswer/partial``). Matching is case- and width-insensitive.
///
/// Results are ranked by ``LookupResult/Reason/score``, ties in pinyin order. When nothing
/// matches, the answer carries close suggestions (edit distance on headwords, pinyin and
/// English). Indexes are built on first use; pinyin comes from ``HanPinyin``, so a lookup
/// never waits for ICU's slow `Han-Latin` to open.
///
/// Holds ICU services: not thread-safe.
public final class GlossaryLookup {
    /// The glossary searched.
    public let glossary: Glossary
    private let folder: TextFolder
    private let index: TermIndex
    private var hansHant: Transliterator?
    private var collator: Collator?
    private var pinyinKeys: [(entry: Int, key: String, isHeadword: Bool)]?
    private var englishKeys: [(entry: Int, text: String, words: [String], kind: EnglishKey)]?

    /// Where an English key comes from.
    private enum EnglishKey { case preferred, alternative, note }
    private var positionOfHeadword: [String: Int]?

    /// Prepares lookups in `glossary`.
    public init(glossary: Glossary) throws {
        self.glossary = glossary
        folder = try TextFolder()
        index = TermIndex(glossary: glossary, folder: folder)
    }

    /// Looks `query` up; at most `limit` results.
    public func lookup(_ query: String, limit: Int = 20) -> LookupAnswer {
        let trimmed = query.trimmingSpaces()
        var best: [Int: (reason: LookupResult.Reason, matched: String)] = [:]
        func found(_ entry: Int, _ reason: LookupResult.Reason, _ matched: String) {
            if let current = best[entry], current.reason.score >= reason.score { return }
            best[entry] = (reason, matched)
        }
        guard !trimmed.isEmpty else { return LookupAnswer(query: query, results: [], suggestions: []) }
        let folded = folder.foldedScalars(trimmed)
        let hasHan = trimmed.unicodeScalars.contains(where: \.isHan)
        let hasLatin = trimmed.unicodeScalars.contains { $0.properties.isAlphabetic && !($0).isHan }

        // Headwords and variants, after folding.
        let exact = index.automaton.exactValue(folded)
        if exact >= 0 {
            let forms = index.forms[Int(exact)]
            let written = Set(forms.filter { $0.text == trimmed }.map(\.entry))
            for form in forms where !written.contains(form.entry) || form.text == trimmed {
                let reason: LookupResult.Reason =
                    form.isHeadword ? (form.text == trimmed ? .headword : .foldedHeadword) : .variant
                found(form.entry, reason, form.text)
            }
        }
        if hasHan {
            // Full forms.
            for (position, entry) in glossary.entries.enumerated() {
                if let fullForm = entry.fullForm, folder.foldedScalars(fullForm) == folded {
                    found(position, .fullForm, fullForm)
                }
            }
            // The longest term the query starts with.
            if exact < 0, let prefix = index.automaton.longestKey(in: folded), prefix.end < folded.count {
                for form in index.forms[Int(prefix.value)] { found(form.entry, .prefix, form.text) }
            }
            // Terms inside a pasted phrase.
            if exact < 0 {
                for inner in index.automaton.leftmostLongest(in: folded) where inner.range.count < folded.count {
                    for form in index.forms[Int(inner.value)] { found(form.entry, .inQuery, form.text) }
                }
            }
            // Headwords containing the query.
            if folded.count >= 2 {
                for (position, entry) in glossary.entries.enumerated() where best[position] == nil {
                    let key = folder.foldedScalars(entry.zh)
                    guard key.count > folded.count else { continue }
                    if Array(key.prefix(folded.count)) == folded {
                        found(position, .beginsWith, entry.zh)
                    } else if Self.contains(key, folded) {
                        found(position, .contains, entry.zh)
                    }
                }
            }
        }
        if hasLatin {
            searchEnglish(trimmed, found)
            searchPinyin(trimmed, found)
        }

        let ranked = rank(best.map { (entry: $0.key, reason: $0.value.reason, matched: $0.value.matched) })
        let results = ranked.prefix(limit).map { result(for: $0.entry, reason: $0.reason, matched: $0.matched) }
        let whole = results.contains { !$0.reason.isPartial }
        let suggestions =
            whole
            ? []
            : suggest(trimmed, folded: folded, hasHan: hasHan).filter { suggestion in
                !results.contains { $0.entry.id == suggestion.id }
            }
        return LookupAnswer(query: query, results: Array(results), suggestions: suggestions)
    }

    /// The Traditional form of `entry`'s headword: a listed variant that folds to the
    /// headword, else ICU `Hans-Hant`; nil when Traditional is written the same.
    public func traditional(of entry: GlossaryEntry) -> String? {
        let key = folder.foldedScalars(entry.zh)
        if let listed = entry.variants.first(where: { variant in
            variant != entry.zh && !variant.unicodeScalars.contains { TextFolder.quotationMarks.contains($0.value) }
                && folder.foldedScalars(variant) == key
        }) {
            return listed
        }
        if hansHant == nil { hansHant = try? Transliterator("Hans-Hant") }
        guard let converted = hansHant?.transform(entry.zh), converted != entry.zh else { return nil }
        return converted
    }

    // MARK: - English and pinyin

    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private func searchEnglish(_ query: String, _ found: (Int, LookupResult.Reason, String) -> Void) {
        if englishKeys == nil {
            var keys: [(entry: Int, text: String, words: [String], kind: EnglishKey)] = []
            for (position, entry) in glossary.entries.enumerated() {
                keys.append((position, entry.en, Self.words(folder.folded(entry.en)), .preferred))
                for alternative in entry.alternatives {
                    keys.append((position, alternative.text, Self.words(folder.folded(alternative.text)), .alternative))
                }
                if let fullForm = entry.fullForm,
                    fullForm.unicodeScalars.contains(where: { $0.properties.isAlphabetic && !($0).isHan })
                {
                    keys.append((position, fullForm, Self.words(folder.folded(fullForm)), .alternative))
                }
                if let note = entry.note { keys.append((position, note, Self.words(folder.folded(note)), .note)) }
            }
            englishKeys = keys
        }
        let queryWords = Self.words(folder.folded(query))
        guard !queryWords.isEmpty else { return }
        for key in englishKeys! where !key.words.isEmpty {
            if key.kind == .note {
                // Notes are prose: every query word must be one of its words.
                if queryWords.allSatisfy(key.words.contains) { found(key.entry, .note, key.text) }
            } else if key.words == queryWords {
                found(key.entry, key.kind == .preferred ? .english : .alternative, key.text)
            } else if queryWords.allSatisfy(key.words.contains) {
                found(key.entry, key.kind == .preferred ? .englishWords : .alternativeWords, key.text)
            } else if queryWords.allSatisfy({ word in key.words.contains { $0.hasPrefix(word) } }) {
                found(key.entry, .englishPrefix, key.text)
            }
        }
    }

    private func loadPinyinKeys() -> [(entry: Int, key: String, isHeadword: Bool)] {
        if let pinyinKeys { return pinyinKeys }
        var keys: [(entry: Int, key: String, isHeadword: Bool)] = []
        for (position, entry) in glossary.entries.enumerated() {
            if let key = HanPinyin.plainPinyin(entry.zh) { keys.append((position, key, true)) }
            for variant in entry.variants {
                if let key = HanPinyin.plainPinyin(folder.folded(variant)) { keys.append((position, key, false)) }
            }
        }
        pinyinKeys = keys
        return keys
    }

    private func searchPinyin(_ query: String, _ found: (Int, LookupResult.Reason, String) -> Void) {
        let typed = HanPinyin.normalizeTyped(query)
        guard typed.count >= 2 else { return }
        for key in loadPinyinKeys() {
            let entry = glossary.entries[key.entry]
            if key.key == typed {
                found(key.entry, key.isHeadword ? .pinyin : .variantPinyin, HanPinyin.pinyin(entry.zh) ?? key.key)
            } else if key.isHeadword, typed.count >= 3, key.key.hasPrefix(typed) {
                found(key.entry, .pinyinPrefix, HanPinyin.pinyin(entry.zh) ?? key.key)
            }
        }
    }

    // MARK: - Ranking, results, suggestions

    private func rank(
        _ found: [(entry: Int, reason: LookupResult.Reason, matched: String)]
    ) -> [(entry: Int, reason: LookupResult.Reason, matched: String)] {
        guard found.count > 1 else { return found }
        if collator == nil { collator = try? Collator.pinyin() }
        let keyed = found.map { item in
            (item, collator?.sortKey(glossary.entries[item.entry].zh) ?? Array(glossary.entries[item.entry].zh.utf8))
        }
        return keyed.sorted { left, right in
            if left.0.reason.score != right.0.reason.score { return left.0.reason.score > right.0.reason.score }
            if left.1 != right.1 { return left.1.lexicographicallyPrecedes(right.1) }
            return glossary.entries[left.0.entry].id < glossary.entries[right.0.entry].id
        }.map(\.0)
    }

    private func result(for position: Int, reason: LookupResult.Reason, matched: String) -> LookupResult {
        let entry = glossary.entries[position]
        if positionOfHeadword == nil {
            var map: [String: Int] = [:]
            for (index, candidate) in glossary.entries.enumerated() where map[candidate.zh] == nil {
                map[candidate.zh] = index
            }
            positionOfHeadword = map
        }
        let fullFormEntry = entry.fullForm.flatMap { positionOfHeadword?[$0] }.map { glossary.entries[$0] }
        return LookupResult(
            entry: entry, reason: reason, matched: matched, traditional: traditional(of: entry),
            pinyin: HanPinyin.pinyin(entry.zh),
            fullFormEnglish: fullFormEntry?.en, fullFormID: fullFormEntry?.id)
    }

    private func suggest(_ query: String, folded: [UInt32], hasHan: Bool) -> [LookupSuggestion] {
        var best: [Int: (distance: Int, matched: String)] = [:]
        func consider(_ entry: Int, _ distance: Int?, _ matched: String) {
            guard let distance else { return }
            if let current = best[entry], current.distance <= distance { return }
            best[entry] = (distance, matched)
        }
        if hasHan || !folded.contains(where: { $0 < 0x80 && TermMatcher.isASCIIAlphanumeric($0) }) {
            let limit = folded.count <= 3 ? 1 : 2
            for (position, entry) in glossary.entries.enumerated() {
                for form in [entry.zh] + entry.variants {
                    consider(position, EditDistance.distance(folded, folder.foldedScalars(form), limit: limit), form)
                }
            }
        } else {
            let typed = Array(HanPinyin.normalizeTyped(query).unicodeScalars)
            if typed.count >= 2 {
                let limit = max(1, typed.count / 4)
                for key in loadPinyinKeys() {
                    consider(
                        key.entry, EditDistance.distance(typed, Array(key.key.unicodeScalars), limit: limit),
                        HanPinyin.pinyin(glossary.entries[key.entry].zh) ?? key.key)
                }
            }
            let queryText = Array(Self.words(folder.folded(query)).joined(separator: " ").unicodeScalars)
            let single = Self.words(query).count == 1
            let limit = max(1, queryText.count / 5)
            for (position, entry) in glossary.entries.enumerated() {
                for english in [entry.en] + entry.alternatives.map(\.text) {
                    let words = Self.words(folder.folded(english))
                    consider(
                        position,
                        EditDistance.distance(
                            queryText, Array(words.joined(separator: " ").unicodeScalars), limit: limit), english)
                    if single {
                        for word in words where word.count >= 4 {
                            consider(
                                position,
                                EditDistance.distance(
                                    queryText, Array(word.unicodeScalars), limit: queryText.count <= 5 ? 1 : 2), english
                            )
                        }
                    }
                }
            }
        }
        let ranked = rank(best.map { (entry: $0.key, reason: LookupResult.Reason.headword, matched: $0.value.matched) })
        let ordered = ranked.enumerated().sorted { left, right in
            let a = best[left.element.entry]!.distance, b = best[right.element.entry]!.distance
            return a != b ? a < b : left.offset < right.offset
        }
        return ordered.prefix(5).map { item in
            let entry = glossary.entries[item.element.entry]
            return LookupSuggestion(
                id: entry.id, zh: entry.zh, en: entry.en, matched: best[item.element.entry]!.matched,
                distance: best[item.element.entry]!.distance)
        }
    }

    private static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
